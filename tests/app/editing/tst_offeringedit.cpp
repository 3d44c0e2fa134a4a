#include "app/editing/offeringedit.h"
#include "app/net/apiclient.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace testsupport;
using pc::OfferingEdit;

// The editing state behind the offering form, against the sandbox (which
// records each request) for what is sent and what comes back.
class TestOfferingEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aNewOfferingPostsEveryValueSet();
    void referenceFollowsTheNameUntilEditedByHand();
    void anUpdatePatchesOnlyWhatChanged();
    void clearingAFieldSendsNull();
    void serverRejectionsMapToFieldsAndKeepTheValues();
    void aPlainHttpWebhookIsSentOnceAccepted();
    void draftRoundTrip();

private:
    pc::ApiResponse send(pc::ApiCall *call);
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
};

void TestOfferingEdit::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));
}

pc::ApiResponse TestOfferingEdit::send(pc::ApiCall *call)
{
    QSignalSpy finished(call, &pc::ApiCall::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<pc::ApiResponse>();
}

void TestOfferingEdit::aNewOfferingPostsEveryValueSet()
{
    OfferingEdit edit({}, QStringLiteral("wdc"));
    QVERIFY(edit.isNew());
    QVERIFY(!edit.isValid()); // the required fields are blank
    edit.setValue(QStringLiteral("name"), QStringLiteral("Ticket Sync 🎫"));
    edit.setReference(QStringLiteral("service_instance"), 1, QStringLiteral("Our Integration"));
    edit.setValue(QStringLiteral("policy_jwt_alg"), QStringLiteral("es256"));
    edit.setValue(QStringLiteral("webhook_uri_template"), QStringLiteral("https://hooks.example.com/t?account={account}"));
    edit.setValue(QStringLiteral("policy_jwt_claim_expires_in"), 15);
    QVERIFY2(edit.isValid(), qPrintable(edit.problems().values().join(QLatin1Char(' '))));
    const QJsonObject body = edit.requestBody();
    QCOMPARE(body.value(QStringLiteral("service_instance_id")).toInteger(), 1);
    QVERIFY(!body.contains(QStringLiteral("service_instance")));
    QCOMPARE(body.value(QStringLiteral("reference")).toString(), QStringLiteral("wdc_ticket_sync_🎫"));
    QVERIFY(!body.contains(QStringLiteral("description"))); // blank values are not sent
    const pc::ApiResponse response = send(m_client->post(edit.requestPath(), body));
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(response.httpStatus, 201);
    const QJsonObject created = response.json.object();
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("Ticket Sync 🎫"));
    QCOMPARE(created.value(QStringLiteral("service_instance")).toObject().value(QStringLiteral("id")).toInteger(), 1);
    QCOMPARE(created.value(QStringLiteral("policy_jwt_claim_expires_in")).toInteger(), 15);
}

// A plain http webhook is a warning, not a problem: the edit is valid, but
// the value is to be accepted before a save sends it, once for that value.
// An update asks only when it sends the webhook.
void TestOfferingEdit::aPlainHttpWebhookIsSentOnceAccepted()
{
    const QString webhook = QStringLiteral("webhook_uri_template");
    const QString plain = QStringLiteral("http://hooks.example.com/t?account={account}");
    OfferingEdit edit({}, QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("name"), QStringLiteral("Plain hook"));
    edit.setReference(QStringLiteral("service_instance"), 1, QStringLiteral("Our Integration"));
    edit.setValue(QStringLiteral("policy_jwt_alg"), QStringLiteral("rs256"));
    edit.setValue(webhook, plain);
    QVERIFY2(edit.isValid(), qPrintable(edit.problems().values().join(QLatin1Char(' '))));
    QCOMPARE(edit.warnings().keys(), QStringList{webhook});
    QCOMPARE(edit.warningsToAccept(), edit.warnings());
    edit.acceptWarnings();
    QVERIFY(edit.warningsToAccept().isEmpty());
    QCOMPARE(edit.warnings().keys(), QStringList{webhook}); // still said at the field
    // Another plain http value is asked about again; https needs nothing.
    edit.setValue(webhook, QStringLiteral("http://other.example.com/"));
    QCOMPARE(edit.warningsToAccept().keys(), QStringList{webhook});
    edit.setValue(webhook, QStringLiteral("https://hooks.example.com/"));
    QVERIFY(edit.warnings().isEmpty());
    edit.setValue(webhook, plain);
    QVERIFY(edit.warningsToAccept().isEmpty()); // the value accepted before

    const pc::ApiResponse created = send(m_client->post(edit.requestPath(), edit.requestBody()));
    QVERIFY2(created.isOk(), qPrintable(created.error.message));
    QCOMPARE(created.json.object().value(webhook).toString(), plain);

    // Opened again: the stored plain http value is warned of, but an update
    // that does not send it asks nothing.
    OfferingEdit update(created.json.object(), QStringLiteral("wdc"));
    QCOMPARE(update.warnings().keys(), QStringList{webhook});
    update.setValue(QStringLiteral("name"), QStringLiteral("Plain hook, renamed"));
    QVERIFY(update.warningsToAccept().isEmpty());
    update.setValue(webhook, QStringLiteral("http://hooks.example.com/v2"));
    QCOMPARE(update.warningsToAccept().keys(), QStringList{webhook});
}

void TestOfferingEdit::referenceFollowsTheNameUntilEditedByHand()
{
    OfferingEdit edit({}, QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("name"), QStringLiteral("Log Note"));
    QCOMPARE(edit.value(QStringLiteral("reference")).toString(), QStringLiteral("wdc_log_note"));
    edit.setValue(QStringLiteral("name"), QStringLiteral("Log Note Dispatcher"));
    QCOMPARE(edit.value(QStringLiteral("reference")).toString(), QStringLiteral("wdc_log_note_dispatcher"));
    edit.setValue(QStringLiteral("reference"), QStringLiteral("notes"));
    edit.setValue(QStringLiteral("name"), QStringLiteral("Something else"));
    QCOMPARE(edit.value(QStringLiteral("reference")).toString(), QStringLiteral("notes"));
    // An existing offering's reference never follows its name.
    const qint64 id = ownOfferingIds(*m_server).first();
    OfferingEdit existing(m_server->offering(id), QStringLiteral("wdc"));
    const QString reference = existing.value(QStringLiteral("reference")).toString();
    existing.setValue(QStringLiteral("name"), QStringLiteral("Renamed"));
    QCOMPARE(existing.value(QStringLiteral("reference")).toString(), reference);
}

void TestOfferingEdit::anUpdatePatchesOnlyWhatChanged()
{
    const qint64 id = ownOfferingIds(*m_server).at(3);
    const QJsonObject before = m_server->offering(id);
    OfferingEdit edit(before, QStringLiteral("wdc"));
    QVERIFY(!edit.isDirty());
    QVERIFY(edit.requestBody().isEmpty());
    QCOMPARE(edit.openedVersion(), before.value(QStringLiteral("updated_at")).toString());
    edit.setValue(QStringLiteral("name"), QStringLiteral("Renamed offering"));
    edit.setValue(QStringLiteral("disabled"), !before.value(QStringLiteral("disabled")).toBool());
    edit.setValue(QStringLiteral("card_description"), before.value(QStringLiteral("card_description"))); // same again
    QCOMPARE(edit.changedFields(), (QStringList{QStringLiteral("name"), QStringLiteral("disabled")}));
    const QJsonObject body = edit.requestBody();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("disabled"), QStringLiteral("name")}));
    const auto changes = edit.changes();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.first().after, QStringLiteral("Renamed offering"));
    // The review shows the old text, cut at 80 characters.
    const QString oldName = before.value(QStringLiteral("name")).toString();
    QCOMPARE(changes.first().before, oldName.size() > 80 ? oldName.left(80) + QChar(0x2026) : oldName);
    m_server->clearRequests();
    const pc::ApiResponse response = send(m_client->patch(edit.requestPath(), body));
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    QCOMPARE(QJsonDocument::fromJson(m_server->requests().last().body).object(), body); // exactly the changes
    const QJsonObject after = m_server->offering(id);
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed offering"));
    QCOMPARE(after.value(QStringLiteral("webhook_uri_template")), before.value(QStringLiteral("webhook_uri_template")));
}

void TestOfferingEdit::clearingAFieldSendsNull()
{
    const qint64 id = ownOfferingIds(*m_server).at(4);
    QJsonObject record = m_server->offering(id);
    if (record.value(QStringLiteral("card_description")).toString().isEmpty()) {
        QVERIFY(m_server->updateOffering(id, {{QStringLiteral("card_description"), QStringLiteral("A card")}}));
        record = m_server->offering(id);
    }
    OfferingEdit edit(record, QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("card_description"), QString());
    QCOMPARE(edit.requestBody(), (QJsonObject{{QStringLiteral("card_description"), QJsonValue::Null}}));
    QCOMPARE(edit.changes().first().after, QStringLiteral("(empty)"));
    QVERIFY(send(m_client->patch(edit.requestPath(), edit.requestBody())).isOk());
    QVERIFY(m_server->offering(id).value(QStringLiteral("card_description")).isNull());
}

void TestOfferingEdit::serverRejectionsMapToFieldsAndKeepTheValues()
{
    // Valid on the client; the server knows more: the reference is taken and
    // the service instance does not exist.
    const QString taken = m_server->offering(ownOfferingIds(*m_server).first()).value(QStringLiteral("reference")).toString();
    OfferingEdit edit({}, QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("name"), QStringLiteral("Clash"));
    edit.setValue(QStringLiteral("reference"), taken);
    edit.setReference(QStringLiteral("service_instance"), 987654, QStringLiteral("Gone"));
    edit.setValue(QStringLiteral("policy_jwt_alg"), QStringLiteral("rs256"));
    edit.setValue(QStringLiteral("webhook_uri_template"), QStringLiteral("https://h.example.com/x"));
    QVERIFY(edit.isValid());
    const QJsonObject sent = edit.requestBody();
    const pc::ApiResponse response = send(m_client->post(edit.requestPath(), sent));
    QCOMPARE(response.error.kind, pc::ApiError::Kind::Validation);
    const auto messages = OfferingEdit::fieldMessages(response.error);
    QVERIFY2(messages.contains(QStringLiteral("reference")), qPrintable(QStringList(messages.keys()).join(QLatin1Char(','))));
    QVERIFY(messages.contains(QStringLiteral("service_instance"))); // service_instance_id → its control
    QCOMPARE(edit.requestBody(), sent); // every value kept for the retry
    QCOMPARE(edit.value(QStringLiteral("reference")).toString(), taken);

    pc::ApiError unmapped;
    unmapped.kind = pc::ApiError::Kind::Validation;
    unmapped.fieldErrors = {{QStringLiteral("base"), QStringLiteral("Offering is locked")}};
    QVERIFY(OfferingEdit::fieldMessages(unmapped).value(QString()).contains(QStringLiteral("Offering is locked")));
}

void TestOfferingEdit::draftRoundTrip()
{
    const qint64 id = ownOfferingIds(*m_server).at(5);
    OfferingEdit edit(m_server->offering(id), QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("description"), QStringLiteral("Unsaved work ✍️"));
    edit.setReference(QStringLiteral("service_instance"), 2, QStringLiteral("Other"));
    const QByteArray saved = QJsonDocument(edit.toDraft()).toJson();
    const OfferingEdit restored = OfferingEdit::fromDraft(QJsonDocument::fromJson(saved).object());
    QCOMPARE(restored.id(), id);
    QCOMPARE(restored.openedVersion(), edit.openedVersion());
    QCOMPARE(restored.requestBody(), edit.requestBody());
    QCOMPARE(restored.changedFields(), edit.changedFields());
    QCOMPARE(restored.referenceName(QStringLiteral("service_instance")), QStringLiteral("Other"));
    QCOMPARE(restored.changes().size(), edit.changes().size());
}

QTEST_GUILESS_MAIN(TestOfferingEdit)
#include "tst_offeringedit.moc"
