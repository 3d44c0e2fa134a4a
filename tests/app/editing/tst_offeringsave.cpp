#include "app/editing/draftstore.h"
#include "app/editing/offeringedit.h"
#include "app/editing/offeringsave.h"
#include "app/journal/actionjournal.h"
#include "app/models/referencemodel.h"
#include "app/net/apiclient.h"
#include "tests/support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;
using pc::OfferingEdit;
using pc::OfferingSave;

// Saving an offering form against the sandbox: the conflict check before a
// PATCH and each way of resolving it, failures that send nothing or keep the
// edit, the journal, crash drafts on disk and the pickers' model.
class TestOfferingSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anUnchangedRecordIsPatchedWithTheChangesOnly();
    void aNewOfferingIsPosted();
    void aColleaguesChangeIsAConflictAndNothingIsSent();
    void conflictResolutions_data();
    void conflictResolutions();
    void aFailedCheckSendsNothing();
    void aRejectedSaveIsJournaledAndKeepsTheEdit();
    void draftsPersistPerConnection();
    void referenceModelPagesServiceInstances();

private:
    struct Outcome
    {
        QString signal; // "saved", "conflict", "failed"
        QJsonObject record;
        pc::ApiError error;
    };
    Outcome run(const OfferingEdit &edit);
    QList<sandbox::RecordedRequest> writes() const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<pc::ActionJournal> m_journal;
};

void TestOfferingSave::init()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    options.serviceInstanceCount = 230; // more than two pages for the picker
    m_server = startSandbox(options);
    pc::ConnectionSettings settings = settingsFor(*m_server);
    settings.maxRetries = 0; // each failure shows; retries are the client's own tests
    m_client = std::make_unique<pc::ApiClient>(settings);
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<pc::ActionJournal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
}

void TestOfferingSave::cleanup()
{
    m_client.reset();
    m_server.reset();
}

TestOfferingSave::Outcome TestOfferingSave::run(const OfferingEdit &edit)
{
    OfferingSave save(m_client.get(), m_journal.get());
    Outcome outcome;
    connect(&save, &OfferingSave::saved, this, [&](const QJsonObject &record) {
        outcome.signal = QStringLiteral("saved");
        outcome.record = record;
    });
    connect(&save, &OfferingSave::conflict, this, [&](const QJsonObject &record) {
        outcome.signal = QStringLiteral("conflict");
        outcome.record = record;
    });
    connect(&save, &OfferingSave::failed, this, [&](const pc::ApiError &error) {
        outcome.signal = QStringLiteral("failed");
        outcome.error = error;
    });
    save.start(edit);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!outcome.signal.isEmpty(), 10000); }();
    if (save.isBusy())
        outcome.signal = QStringLiteral("still busy after its outcome");
    return outcome;
}

QList<sandbox::RecordedRequest> TestOfferingSave::writes() const
{
    QList<sandbox::RecordedRequest> list;
    for (const sandbox::RecordedRequest &request : m_server->requests()) {
        if (request.method != "GET")
            list.append(request);
    }
    return list;
}

void TestOfferingSave::anUnchangedRecordIsPatchedWithTheChangesOnly()
{
    const qint64 id = ownOfferingIds(*m_server).at(1);
    OfferingEdit edit(m_server->offering(id), QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("card_description"), QStringLiteral("Faster sync ⚡"));
    m_server->clearRequests();
    const Outcome outcome = run(edit);
    QCOMPARE(outcome.signal, QStringLiteral("saved"));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2); // the check, then the PATCH
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(1).method, QByteArray("PATCH"));
    QCOMPARE(QJsonDocument::fromJson(requests.at(1).body).object(),
             (QJsonObject{{QStringLiteral("card_description"), QStringLiteral("Faster sync ⚡")}}));
    QCOMPARE(outcome.record.value(QStringLiteral("card_description")).toString(), QStringLiteral("Faster sync ⚡"));

    const auto entries = m_journal->readAll();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("update"));
    QCOMPARE(entries.first().recordId, id);
    QVERIFY(entries.first().ok);
    QCOMPARE(entries.first().after.value(QStringLiteral("card_description")).toString(), QStringLiteral("Faster sync ⚡"));
    QFile file(m_journal->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server->options().token.toUtf8()));
}

void TestOfferingSave::aNewOfferingIsPosted()
{
    OfferingEdit edit({}, QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("name"), QStringLiteral("Standup Bot"));
    edit.setReference(QStringLiteral("service_instance"), 3, QStringLiteral("Service 3"));
    edit.setValue(QStringLiteral("policy_jwt_alg"), QStringLiteral("rs512"));
    edit.setValue(QStringLiteral("webhook_uri_template"), QStringLiteral("https://bot.example.com/{account}"));
    m_server->clearRequests();
    const Outcome outcome = run(edit);
    QCOMPARE(outcome.signal, QStringLiteral("saved"));
    QCOMPARE(m_server->requests().size(), 1); // no check for a new record
    QCOMPARE(m_server->requests().first().method, QByteArray("POST"));
    const qint64 id = outcome.record.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(m_server->offering(id).value(QStringLiteral("reference")).toString(), QStringLiteral("wdc_standup_bot"));
    const auto entries = m_journal->readAll();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("create"));
    QCOMPARE(entries.first().recordId, id);
    QCOMPARE(entries.first().after.value(QStringLiteral("service_instance_id")).toInteger(), 3);
}

void TestOfferingSave::aColleaguesChangeIsAConflictAndNothingIsSent()
{
    const qint64 id = ownOfferingIds(*m_server).at(2);
    OfferingEdit edit(m_server->offering(id), QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("name"), QStringLiteral("Mine"));
    edit.setValue(QStringLiteral("source"), QStringLiteral("console"));
    QVERIFY(m_server->updateOffering(id, {{QStringLiteral("name"), QStringLiteral("Theirs")},
                                          {QStringLiteral("card_description"), QStringLiteral("Their card")}}));
    m_server->clearRequests();
    const Outcome outcome = run(edit);
    QCOMPARE(outcome.signal, QStringLiteral("conflict"));
    QVERIFY(writes().isEmpty());
    QVERIFY(m_journal->readAll().isEmpty()); // nothing was written

    const auto conflicts = edit.conflictsWith(outcome.record);
    QStringList fields;
    for (const auto &conflict : conflicts)
        fields.append(conflict.field);
    QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("card_description"), QStringLiteral("source")}));
    QVERIFY(conflicts.at(0).clash());
    QCOMPARE(conflicts.at(0).yours, QStringLiteral("Mine"));
    QCOMPARE(conflicts.at(0).theirs, QStringLiteral("Theirs"));
    QVERIFY(conflicts.at(1).changedByThem && !conflicts.at(1).changedByYou);
    QVERIFY(conflicts.at(2).changedByYou && !conflicts.at(2).changedByThem);
}

void TestOfferingSave::conflictResolutions_data()
{
    QTest::addColumn<QString>("namePick");
    QTest::addColumn<QJsonObject>("expectedBody");
    QTest::addColumn<QString>("finalName");
    // Every resolution keeps the colleague's card and the user's source.
    QTest::newRow("keep mine") << QStringLiteral("yours")
                               << QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine")},
                                              {QStringLiteral("source"), QStringLiteral("console")}}
                               << QStringLiteral("Mine");
    QTest::newRow("take the server's") << QStringLiteral("theirs")
                                       << QJsonObject{{QStringLiteral("source"), QStringLiteral("console")}}
                                       << QStringLiteral("Theirs");
}

void TestOfferingSave::conflictResolutions()
{
    QFETCH(QString, namePick);
    QFETCH(QJsonObject, expectedBody);
    QFETCH(QString, finalName);
    const qint64 id = ownOfferingIds(*m_server).at(2);
    OfferingEdit edit(m_server->offering(id), QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("name"), QStringLiteral("Mine"));
    edit.setValue(QStringLiteral("source"), QStringLiteral("console"));
    QVERIFY(m_server->updateOffering(id, {{QStringLiteral("name"), QStringLiteral("Theirs")},
                                          {QStringLiteral("card_description"), QStringLiteral("Their card")}}));
    const Outcome first = run(edit);
    QCOMPARE(first.signal, QStringLiteral("conflict"));

    edit.rebase(first.record, {{QStringLiteral("name"), namePick == QLatin1String("yours") ? OfferingEdit::Pick::Yours
                                                                                          : OfferingEdit::Pick::Theirs}});
    QCOMPARE(edit.openedVersion(), first.record.value(QStringLiteral("updated_at")).toString());
    QCOMPARE(edit.value(QStringLiteral("card_description")).toString(), QStringLiteral("Their card"));
    QCOMPARE(edit.requestBody(), expectedBody);
    m_server->clearRequests();
    const Outcome second = run(edit);
    QCOMPARE(second.signal, QStringLiteral("saved"));
    QCOMPARE(writes().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(writes().first().body).object(), expectedBody);
    const QJsonObject now = m_server->offering(id);
    QCOMPARE(now.value(QStringLiteral("name")).toString(), finalName);
    QCOMPARE(now.value(QStringLiteral("card_description")).toString(), QStringLiteral("Their card"));
    QCOMPARE(now.value(QStringLiteral("source")).toString(), QStringLiteral("console"));
}

void TestOfferingSave::aFailedCheckSendsNothing()
{
    const qint64 id = ownOfferingIds(*m_server).at(6);
    OfferingEdit edit(m_server->offering(id), QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("name"), QStringLiteral("Not yet"));
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::DropConnection;
    fault.method = "GET";
    fault.times = 2; // QNetworkAccessManager itself re-sends a dropped request once
    m_server->addFault(fault);
    m_server->clearRequests();
    const Outcome outcome = run(edit);
    QCOMPARE(outcome.signal, QStringLiteral("failed"));
    QCOMPARE(outcome.error.kind, pc::ApiError::Kind::Network);
    QVERIFY(writes().isEmpty()); // no blind PATCH without the check
    QVERIFY(m_journal->readAll().isEmpty());
    QCOMPARE(edit.value(QStringLiteral("name")).toString(), QStringLiteral("Not yet"));
    // The fault is over: the same edit saves.
    QCOMPARE(run(edit).signal, QStringLiteral("saved"));
    QCOMPARE(m_server->offering(id).value(QStringLiteral("name")).toString(), QStringLiteral("Not yet"));
}

void TestOfferingSave::aRejectedSaveIsJournaledAndKeepsTheEdit()
{
    const qint64 id = ownOfferingIds(*m_server).at(7);
    const QString taken = m_server->offering(ownOfferingIds(*m_server).at(8)).value(QStringLiteral("reference")).toString();
    OfferingEdit edit(m_server->offering(id), QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("reference"), taken);
    const QJsonObject body = edit.requestBody();
    const Outcome outcome = run(edit);
    QCOMPARE(outcome.signal, QStringLiteral("failed"));
    QCOMPARE(outcome.error.kind, pc::ApiError::Kind::Validation);
    QVERIFY(OfferingEdit::fieldMessages(outcome.error).contains(QStringLiteral("reference")));
    QCOMPARE(edit.requestBody(), body);
    const auto entries = m_journal->readAll();
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries.first().ok);
    QCOMPARE(entries.first().httpStatus, 422);
    QCOMPARE(entries.first().after.value(QStringLiteral("reference")).toString(), taken); // what was asked
}

void TestOfferingSave::draftsPersistPerConnection()
{
    pc::DraftStore store(m_dir->filePath(QStringLiteral("drafts")));
    OfferingEdit edit(m_server->offering(ownOfferingIds(*m_server).first()), QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("description"), QStringLiteral("half-written ✍️"));
    QString error;
    QVERIFY2(store.save(QStringLiteral("wdc@127.0.0.1"), QStringLiteral("offering-1"), edit.toDraft(), &error),
             qPrintable(error));
    QVERIFY(store.save(QStringLiteral("wdc@127.0.0.1"), QStringLiteral("new-a/b"), OfferingEdit({}, QStringLiteral("wdc")).toDraft()));
    QVERIFY(store.save(QStringLiteral("other@example.com"), QStringLiteral("offering-1"), edit.toDraft()));
    // A damaged file does not hide the good ones.
    QDir scopeDir(store.directory());
    const QStringList folders = scopeDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 2);
    for (const QString &folder : folders) {
        QFile damaged(scopeDir.filePath(folder + QStringLiteral("/broken.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"content\": ");
    }

    const auto drafts = store.drafts(QStringLiteral("wdc@127.0.0.1"));
    QCOMPARE(drafts.size(), 2);
    QStringList keys{drafts.at(0).key, drafts.at(1).key};
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("new-a/b"), QStringLiteral("offering-1")}));
    const auto &draft = drafts.at(0).key == QLatin1String("offering-1") ? drafts.at(0) : drafts.at(1);
    const OfferingEdit restored = OfferingEdit::fromDraft(draft.content);
    QCOMPARE(restored.value(QStringLiteral("description")).toString(), QStringLiteral("half-written ✍️"));
    QCOMPARE(restored.openedVersion(), edit.openedVersion());
    QVERIFY(draft.savedAt.isValid());

    for (const QString &folder : folders) {
        const QFileInfo file(scopeDir.filePath(folder + QStringLiteral("/offering-1.json")));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    }
    QVERIFY(store.remove(QStringLiteral("wdc@127.0.0.1"), QStringLiteral("offering-1")));
    QCOMPARE(store.drafts(QStringLiteral("wdc@127.0.0.1")).size(), 1);
    QCOMPARE(store.drafts(QStringLiteral("other@example.com")).size(), 1);
    QVERIFY(store.remove(QStringLiteral("wdc@127.0.0.1"), QStringLiteral("never-saved")));
}

void TestOfferingSave::referenceModelPagesServiceInstances()
{
    pc::ReferenceModel model(m_client.get(), QStringLiteral("service_instances"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), 10000);
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && !model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 230);
    QVERIFY(model.record(0).id > 0);
    QVERIFY(!model.record(0).name.isEmpty());
    QCOMPARE(model.displayName(0), model.record(0).name);
    const QUrlQuery query = model.requestQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("fields")), QStringLiteral("name"));

    pc::ReferenceModel versions(m_client.get(), QStringLiteral("ui_extension_versions"));
    QAbstractItemModelTester versionTester(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    versions.reload();
    QTRY_VERIFY_WITH_TIMEOUT(versions.rowCount() > 0 && !versions.isLoading(), 10000);
    QVERIFY(!versions.record(0).version.isEmpty());
    QVERIFY(versions.displayName(0).contains(versions.record(0).version));
}

QTEST_GUILESS_MAIN(TestOfferingSave)
#include "tst_offeringsave.moc"
