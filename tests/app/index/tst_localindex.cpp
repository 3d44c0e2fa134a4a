#include "app/index/indexstore.h"
#include "app/index/localindex.h"
#include "app/net/apiclient.h"
#include "tests/support/index.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace testsupport;

// LocalIndex, the window's side of the index without a window: opening
// (complete or not, damaged), the start's sync, the status text, the
// console's writes, Forget.
class TestLocalIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aCompleteCopyIsReadyBeforeTheStartSync();
    void statusTextSaysWhenAndHowMuch();
    void aDamagedFileIsRebuiltWithASentence();
    void aServerAnswerKeepsTheOtherFields();
    void forgetDeletesTheFile();

private:
    bool openAndSync(LocalIndex &index);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiClient> m_client;
    QString m_path;
};

void TestLocalIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.debug=false"));
}

void TestLocalIndex::init()
{
    QSettings().clear();
    sandbox::SandboxOptions options;
    options.offeringCount = 10;
    options.instanceCount = 300;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("index.sqlite"));
    m_client = std::make_unique<ApiClient>(settingsFor(*m_server));
}

bool TestLocalIndex::openAndSync(LocalIndex &index)
{
    QSignalSpy synced(&index, &LocalIndex::syncFinished);
    index.open(m_path);
    return synced.wait(60000) && synced.first().first().value<SyncResult>().ok();
}

void TestLocalIndex::aCompleteCopyIsReadyBeforeTheStartSync()
{
    fillIndex(*m_server, m_path);
    m_server->clearRequests();
    LocalIndex index(m_client.get());
    QSignalSpy ready(&index, &LocalIndex::ready);
    QSignalSpy complete(&index, &LocalIndex::completeChanged);
    index.open(m_path);
    QVERIFY(!index.isReady());
    QVERIFY(ready.wait());
    QVERIFY(index.isComplete(IndexCollection::Offerings));
    QVERIFY(index.isComplete(IndexCollection::Instances));
    QCOMPARE(complete.count(), 2);
    QCOMPARE(m_server->requestCount(), 0); // the sync waits for the tables' read
    QSignalSpy synced(&index, &LocalIndex::syncFinished);
    QVERIFY(synced.wait(30000));
    QCOMPARE(synced.first().first().value<SyncResult>().requests(), 2);
}

void TestLocalIndex::statusTextSaysWhenAndHowMuch()
{
    LocalIndex index(m_client.get());
    QCOMPARE(index.statusText(), QString()); // not opened
    QVERIFY(openAndSync(index));
    const QDateTime now = QDateTime::currentDateTime();
    const QString changes =
        QStringLiteral(" · %1 changes").arg(ownOfferingCount(*m_server) + m_server->instanceCount());
    QCOMPARE(index.statusText(now), QStringLiteral("Synced just now") + changes);
    QCOMPARE(index.statusText(now.addSecs(2 * 60 + 5)), QStringLiteral("Synced 2 min ago") + changes);
    QCOMPARE(index.statusText(now.addSecs(3 * 3600)), QStringLiteral("Synced 3 h ago") + changes);
    QVERIFY(m_server->updateInstance(m_server->instanceIds().first(), {{QStringLiteral("disabled"), true}}));
    QSignalSpy synced(&index, &LocalIndex::syncFinished);
    QVERIFY(index.syncNow());
    QVERIFY(index.statusText().startsWith(QStringLiteral("Syncing")));
    QVERIFY(synced.wait(30000));
    QCOMPARE(index.statusText(), QStringLiteral("Synced just now · 1 change"));
    // A later session knows when, not what.
    LocalIndex later(m_client.get());
    QSignalSpy ready(&later, &LocalIndex::ready);
    later.open(m_path);
    QVERIFY(ready.wait());
    later.cancelSync();
    QCOMPARE(later.lastSync().toSecsSinceEpoch(), index.lastSync().toSecsSinceEpoch());
}

void TestLocalIndex::aDamagedFileIsRebuiltWithASentence()
{
    QFile damaged(m_path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, '\x7f'));
    damaged.close();
    LocalIndex index(m_client.get());
    QSignalSpy notice(&index, &LocalIndex::notice);
    QSignalSpy ready(&index, &LocalIndex::ready);
    index.open(m_path);
    QVERIFY(ready.wait());
    QCOMPARE(notice.count(), 1);
    QVERIFY(notice.first().first().toString().length() > 20);
    QVERIFY(!index.isComplete(IndexCollection::Instances));
    QSignalSpy complete(&index, &LocalIndex::completeChanged);
    QSignalSpy synced(&index, &LocalIndex::syncFinished);
    QVERIFY(synced.wait(60000));
    QCOMPARE(complete.count(), 2); // the first sync made a complete copy again
    QVERIFY(index.isComplete(IndexCollection::Instances));
}

void TestLocalIndex::aServerAnswerKeepsTheOtherFields()
{
    LocalIndex index(m_client.get());
    QVERIFY(openAndSync(index));
    const qint64 id = m_server->instanceIds().at(5);
    QJsonObject before = awaitIndex<QJsonObject>(
        [&](auto done) { index.store()->readRecord(IndexCollection::Instances, id, nullptr, done); });
    QVERIFY(before.contains(QStringLiteral("customer_account")));
    QSignalSpy changed(index.store(), &IndexStore::recordsChanged);
    // An answer with fewer fields than the index keeps.
    index.applyServerRecord(IndexCollection::Instances,
                            {{QStringLiteral("id"), id}, {QStringLiteral("suspended"), true}});
    QVERIFY(changed.wait());
    const QJsonObject after = awaitIndex<QJsonObject>(
        [&](auto done) { index.store()->readRecord(IndexCollection::Instances, id, nullptr, done); });
    before.insert(QStringLiteral("suspended"), true);
    QCOMPARE(after, before);
}

void TestLocalIndex::forgetDeletesTheFile()
{
    LocalIndex index(m_client.get());
    QVERIFY(openAndSync(index));
    QVERIFY(QFile::exists(m_path));
    QVERIFY(LocalIndex::fileBytes(m_path) > 0);
    QSignalSpy complete(&index, &LocalIndex::completeChanged);
    std::optional<bool> forgotten;
    index.forget([&forgotten](bool ok, const QString &) { forgotten = ok; });
    QTRY_VERIFY(forgotten.has_value());
    QVERIFY(*forgotten);
    QVERIFY(!QFile::exists(m_path));
    QCOMPARE(complete.count(), 2);
    QCOMPARE(index.state(), LocalIndex::State::Closed);
    QVERIFY(!LocalIndex::lastSyncOf(m_path).isValid());
    QVERIFY(!index.syncNow());
}

QTEST_GUILESS_MAIN(TestLocalIndex)
#include "tst_localindex.moc"
