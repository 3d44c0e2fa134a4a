#include "app/editing/offeringrules.h"
#include "app/net/apiclient.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using pc::OfferingRules;
using namespace testsupport;

class TestOfferingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void charactersNotBytes();
    void bytesWhereTheApiSaysKb();
    void defaultReferenceAndPreview();
    void apiErrorFieldsMapToControls();
    void validateAllOnAnEmptyOffering();
    void plainHttpIsAWarning();
    void clientAndServerAgree_data();
    void clientAndServerAgree();
};

void TestOfferingRules::rules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    const QString emoji = QStringLiteral("🚀");
    QTest::newRow("name blank") << "name" << QJsonValue(QStringLiteral("  ")) << false;
    QTest::newRow("name null") << "name" << QJsonValue() << false;
    QTest::newRow("name 128") << "name" << QJsonValue(QString(128, QLatin1Char('n'))) << true;
    QTest::newRow("name 129") << "name" << QJsonValue(QString(129, QLatin1Char('n'))) << false;
    QTest::newRow("name 128 emoji") << "name" << QJsonValue(emoji.repeated(128)) << true; // 256 UTF-16 units
    QTest::newRow("name 129 emoji") << "name" << QJsonValue(emoji.repeated(129)) << false;
    QTest::newRow("reference 161") << "reference" << QJsonValue(QString(161, QLatin1Char('r'))) << true;
    QTest::newRow("reference 162") << "reference" << QJsonValue(QString(162, QLatin1Char('r'))) << false;
    QTest::newRow("service instance missing") << "service_instance" << QJsonValue() << false;
    QTest::newRow("service instance id") << "service_instance" << QJsonValue(83) << true;
    QTest::newRow("service instance zero") << "service_instance" << QJsonValue(0) << false;
    for (const QString &alg : OfferingRules::jwtAlgorithms())
        QTest::addRow("alg %s", qPrintable(alg)) << "policy_jwt_alg" << QJsonValue(alg) << true;
    QTest::newRow("alg hs256") << "policy_jwt_alg" << QJsonValue(QStringLiteral("hs256")) << false;
    QTest::newRow("alg upper") << "policy_jwt_alg" << QJsonValue(QStringLiteral("RS256")) << false;
    QTest::newRow("alg blank") << "policy_jwt_alg" << QJsonValue(QString()) << false;
    QTest::newRow("webhook https") << "webhook_uri_template"
                                   << QJsonValue(QStringLiteral("https://h.example.com/x?account={account}")) << true;
    // Plain http is a warning to accept (plainHttpIsAWarning), not an error; other schemes are errors.
    QTest::newRow("webhook http") << "webhook_uri_template"
                                  << QJsonValue(QStringLiteral("http://h.example.com/x")) << true;
    QTest::newRow("webhook ftp") << "webhook_uri_template"
                                 << QJsonValue(QStringLiteral("ftp://h.example.com/x")) << false;
    QTest::newRow("webhook http no host")
        << "webhook_uri_template" << QJsonValue(QStringLiteral("http:///x")) << false;
    QTest::newRow("webhook http 256")
        << "webhook_uri_template"
        << QJsonValue(QStringLiteral("http://h.example.com/") + QString(235, QLatin1Char('a'))) << false;
    QTest::newRow("configuration http")
        << "configuration_uri_template" << QJsonValue(QStringLiteral("http://h.example.com/x")) << false;
    QTest::newRow("webhook no host") << "webhook_uri_template" << QJsonValue(QStringLiteral("https:///x")) << false;
    QTest::newRow("webhook words") << "webhook_uri_template" << QJsonValue(QStringLiteral("my webhook")) << false;
    QTest::newRow("webhook 256") << "webhook_uri_template"
                                 << QJsonValue(QStringLiteral("https://h.example.com/") + QString(234, QLatin1Char('a'))) << false;
    QTest::newRow("webhook blank") << "webhook_uri_template" << QJsonValue(QString()) << false;
    QTest::newRow("audience 2048") << "policy_jwt_audience" << QJsonValue(QString(2048, QLatin1Char('a'))) << true;
    QTest::newRow("audience 2049") << "policy_jwt_audience" << QJsonValue(QString(2049, QLatin1Char('a'))) << false;
    QTest::newRow("expires minutes") << "policy_jwt_claim_expires_in" << QJsonValue(12) << true;
    QTest::newRow("expires hh:mm") << "policy_jwt_claim_expires_in" << QJsonValue(QStringLiteral("1:30")) << true;
    QTest::newRow("expires negative") << "policy_jwt_claim_expires_in" << QJsonValue(-5) << false;
    QTest::newRow("expires words") << "policy_jwt_claim_expires_in" << QJsonValue(QStringLiteral("soon")) << false;
    QTest::newRow("expires blank ok") << "policy_jwt_claim_expires_in" << QJsonValue() << true;
    QTest::newRow("description 64 KB") << "description" << QJsonValue(QString(65535, QLatin1Char('d'))) << true;
    QTest::newRow("description over") << "description" << QJsonValue(QString(65536, QLatin1Char('d'))) << false;
    QTest::newRow("card 255") << "card_description" << QJsonValue(QString(255, QLatin1Char('c'))) << true;
    QTest::newRow("card 256") << "card_description" << QJsonValue(QString(256, QLatin1Char('c'))) << false;
    QTest::newRow("source 30") << "source" << QJsonValue(QString(30, QLatin1Char('s'))) << true;
    QTest::newRow("source 31") << "source" << QJsonValue(QString(31, QLatin1Char('s'))) << false;
    QTest::newRow("sourceID 129") << "sourceID" << QJsonValue(QString(129, QLatin1Char('s'))) << false;
    QTest::newRow("picture https") << "picture_uri" << QJsonValue(QStringLiteral("https://cdn.example.com/p.png")) << true;
    QTest::newRow("picture data") << "picture_uri" << QJsonValue(QStringLiteral("data:image/png;base64,iVBOR")) << true;
    QTest::newRow("picture ftp") << "picture_uri" << QJsonValue(QStringLiteral("ftp://x/p.png")) << false;
    QTest::newRow("disabled bool") << "disabled" << QJsonValue(true) << true;
    QTest::newRow("disabled text") << "disabled" << QJsonValue(QStringLiteral("yes")) << false;
    QTest::newRow("unknown field") << "enabled_by_customer" << QJsonValue(true) << false;
}

void TestOfferingRules::rules()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    const QString message = OfferingRules::validate(field, value);
    QVERIFY2(message.isEmpty() == valid, qPrintable(message.isEmpty() ? QStringLiteral("accepted") : message));
    if (!valid)
        QVERIFY(message.endsWith(QLatin1Char('.'))); // a sentence a person can act on
}

void TestOfferingRules::charactersNotBytes()
{
    QCOMPARE(OfferingRules::characterCount(QStringLiteral("abc")), 3);
    QCOMPARE(OfferingRules::characterCount(QStringLiteral("🚀✨")), 2);   // a surrogate pair and a BMP sign
    QCOMPARE(OfferingRules::characterCount(QStringLiteral("東京")), 2);
    QCOMPARE(OfferingRules::characterCount(QStringLiteral("Zürich")), 6);
    QVERIFY(OfferingRules::validate(QStringLiteral("name"), QJsonValue(QStringLiteral("é").repeated(128))).isEmpty());
    QVERIFY(OfferingRules::validate(QStringLiteral("name"), QJsonValue(QString(129, QChar(0x6771)))).contains(QStringLiteral("129")));
}

// "max 64KB" and "max 2KB" are UTF-8 bytes: 65,535 ASCII letters fit, 21,846
// Japanese ones (three bytes each, 65,538) do not; the counter turns to bytes
// near the limit.
void TestOfferingRules::bytesWhereTheApiSaysKb()
{
    const QString description = QStringLiteral("description");
    QVERIFY(OfferingRules::validate(description, QJsonValue(QString(65535, QLatin1Char('d')))).isEmpty());
    const QString japanese(21846, QChar(0x6771));
    QCOMPARE(pc::TextLimit::byteCount(japanese), 65538);
    const QString refused = OfferingRules::validate(description, QJsonValue(japanese));
    QVERIFY2(refused.contains(QStringLiteral("65,538")) && refused.contains(QStringLiteral("bytes")), qPrintable(refused));
    QVERIFY(OfferingRules::validate(description, QJsonValue(QString(21845, QChar(0x6771)))).isEmpty());
    // The audience: 2 KB.
    QVERIFY(OfferingRules::validate(QStringLiteral("policy_jwt_audience"), QJsonValue(QString(683, QChar(0x6771))))
                .contains(QStringLiteral("2,048")));
    QVERIFY(OfferingRules::validate(QStringLiteral("policy_jwt_audience"), QJsonValue(QString(2048, QLatin1Char('a'))))
                .isEmpty());

    const pc::TextLimit limit = OfferingRules::field(description)->limit;
    QCOMPARE(limit.counterText(QStringLiteral("東京")), QStringLiteral("2 characters"));
    QCOMPARE(limit.counterText(QString(20000, QChar(0x6771))), QStringLiteral("20,000 characters · 60,000 of 65,535 bytes"));
    QCOMPARE(pc::TextLimit::characters(128).counterText(QStringLiteral("abc")), QStringLiteral("3 / 128"));
}

void TestOfferingRules::defaultReferenceAndPreview()
{
    QCOMPARE(OfferingRules::defaultReference(QStringLiteral("wdc"), QStringLiteral("Log Note Dispatcher")),
             QStringLiteral("wdc_log_note_dispatcher"));
    QCOMPARE(OfferingRules::defaultReference(QStringLiteral("wdc"), QStringLiteral("  Zoë's Åsset Tracker ")),
             QStringLiteral("wdc_zoë's_åsset_tracker"));
    QCOMPARE(OfferingRules::previewTemplate(QStringLiteral("https://h/x?account={account}&again={account}"),
                                            QStringLiteral("wdc")),
             QStringLiteral("https://h/x?account=wdc&again=wdc"));
    QCOMPARE(OfferingRules::jwtAlgorithmDescription(QStringLiteral("es512")), QStringLiteral("ECDSA using P-521 and SHA-512"));
}

void TestOfferingRules::apiErrorFieldsMapToControls()
{
    QCOMPARE(OfferingRules::fieldForApiError(QStringLiteral("service_instance_id")), QStringLiteral("service_instance"));
    QCOMPARE(OfferingRules::fieldForApiError(QStringLiteral("ui_extension_version_id")), QStringLiteral("ui_extension_version"));
    QCOMPARE(OfferingRules::fieldForApiError(QStringLiteral("name")), QStringLiteral("name"));
    QCOMPARE(OfferingRules::fieldForApiError(QStringLiteral("base")), QStringLiteral("base")); // unmapped: a banner
}

void TestOfferingRules::validateAllOnAnEmptyOffering()
{
    const auto problems = OfferingRules::validateAll(QJsonObject());
    QCOMPARE(QSet<QString>(problems.keyBegin(), problems.keyEnd()),
             (QSet<QString>{QStringLiteral("name"), QStringLiteral("reference"), QStringLiteral("service_instance"),
                            QStringLiteral("policy_jwt_alg"), QStringLiteral("webhook_uri_template")}));
}

// A plain http webhook: valid, with the warning the form shows and the save
// asks about; anything else wrong with the URL stays an error and warns of
// nothing. Only the webhook: the configuration URI must be https.
void TestOfferingRules::plainHttpIsAWarning()
{
    const QString webhook = QStringLiteral("webhook_uri_template");
    const QString warning = OfferingRules::warning(
        webhook, QJsonValue(QStringLiteral("http://hooks.example.com/x?account={account}")));
    QCOMPARE(warning, QStringLiteral(
                          "Plain http sends the webhook's payload and JWT unencrypted; 4me may refuse it."));
    QCOMPARE(OfferingRules::warning(webhook, QJsonValue(QStringLiteral("  HTTP://hooks.example.com/x  "))),
             warning);
    QVERIFY(
        OfferingRules::warning(webhook, QJsonValue(QStringLiteral("https://hooks.example.com/x"))).isEmpty());
    QVERIFY(
        OfferingRules::warning(webhook, QJsonValue(QStringLiteral("ftp://hooks.example.com/x"))).isEmpty());
    QVERIFY(OfferingRules::warning(webhook, QJsonValue(QStringLiteral("http://"))).isEmpty());
    QVERIFY(OfferingRules::warning(webhook, QJsonValue(QString())).isEmpty());
    const QString tooLong = QStringLiteral("http://h.example.com/") + QString(235, QLatin1Char('a'));
    QVERIFY(OfferingRules::warning(webhook, QJsonValue(tooLong)).isEmpty());
    QVERIFY(OfferingRules::validate(webhook, QJsonValue(tooLong)).contains(QStringLiteral("256")));
    QCOMPARE(OfferingRules::validate(webhook, QJsonValue(QStringLiteral("ftp://h.example.com/x"))),
             QStringLiteral("Webhook URI template must start with https:// (or http://)."));
    const QString configuration = QStringLiteral("configuration_uri_template");
    QVERIFY(OfferingRules::warning(configuration, QJsonValue(QStringLiteral("http://h.example.com/x")))
                .isEmpty());
    QCOMPARE(OfferingRules::validate(configuration, QJsonValue(QStringLiteral("http://h.example.com/x"))),
             QStringLiteral("Configuration URI template must start with https://."));
    QVERIFY(OfferingRules::field(webhook)->hint().contains(QStringLiteral("plain http")));
}

// The same values sent to the sandbox (which implements the rules on its own,
// from the field list): the client accepts exactly what the server accepts.
void TestOfferingRules::clientAndServerAgree_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("name 128 emoji") << "name" << QJsonValue(QStringLiteral("🚀").repeated(128));
    QTest::newRow("name 129 emoji") << "name" << QJsonValue(QStringLiteral("🚀").repeated(129));
    QTest::newRow("name blank") << "name" << QJsonValue(QString());
    QTest::newRow("alg es384") << "policy_jwt_alg" << QJsonValue(QStringLiteral("es384"));
    QTest::newRow("alg hs256") << "policy_jwt_alg" << QJsonValue(QStringLiteral("hs256"));
    QTest::newRow("webhook 255") << "webhook_uri_template"
                                 << QJsonValue(QStringLiteral("https://h.example.com/") + QString(233, QLatin1Char('a')));
    QTest::newRow("webhook 256") << "webhook_uri_template"
                                 << QJsonValue(QStringLiteral("https://h.example.com/") + QString(234, QLatin1Char('a')));
    QTest::newRow("webhook plain http")
        << "webhook_uri_template" << QJsonValue(QStringLiteral("http://h.example.com/x?account={account}"));
    QTest::newRow("audience 2049") << "policy_jwt_audience" << QJsonValue(QString(2049, QLatin1Char('a')));
    QTest::newRow("card 255 CJK") << "card_description" << QJsonValue(QString(255, QChar(0x6771)));
    QTest::newRow("card 256 CJK") << "card_description" << QJsonValue(QString(256, QChar(0x6771)));
    QTest::newRow("source 31") << "source" << QJsonValue(QString(31, QLatin1Char('s')));
    QTest::newRow("description 65535") << "description" << QJsonValue(QString(65535, QLatin1Char('d')));
    QTest::newRow("description 65536") << "description" << QJsonValue(QString(65536, QLatin1Char('d')));
}

void TestOfferingRules::clientAndServerAgree()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    static std::unique_ptr<sandbox::SandboxServer> server = [] {
        sandbox::SandboxOptions options;
        options.burstLimit = false;
        return startSandbox(options);
    }();
    pc::ApiClient client(settingsFor(*server));
    const qint64 serviceInstance = 1;
    QJsonObject offering{{QStringLiteral("name"), QStringLiteral("Agreement %1").arg(QString::fromLatin1(QTest::currentDataTag()))},
                         {QStringLiteral("service_instance_id"), serviceInstance},
                         {QStringLiteral("policy_jwt_alg"), QStringLiteral("rs256")},
                         {QStringLiteral("webhook_uri_template"), QStringLiteral("https://h.example.com/x?account={account}")}};
    offering.insert(field, value);
    const bool clientAccepts = OfferingRules::validate(field, value).isEmpty();
    pc::ApiCall *call = client.post(QStringLiteral("app_offerings"), offering);
    QSignalSpy finished(call, &pc::ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const auto response = finished.first().first().value<pc::ApiResponse>();
    QVERIFY2(response.isOk() || response.error.kind == pc::ApiError::Kind::Validation, qPrintable(response.error.message));
    bool serverRejectsField = false;
    for (const auto &fieldError : response.error.fieldErrors)
        serverRejectsField |= OfferingRules::fieldForApiError(fieldError.field) == field;
    QVERIFY2(clientAccepts == !serverRejectsField, qPrintable(response.error.message));
}

QTEST_GUILESS_MAIN(TestOfferingRules)
#include "tst_offeringrules.moc"
