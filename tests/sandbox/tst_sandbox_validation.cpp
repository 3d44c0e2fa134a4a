// Writes: POST/PATCH app offerings and PATCH app instances, with the 422
// answers of each rule, and updated_at moving forward.

#include "testhttp.h"

#include <QDateTime>

using namespace testhttp;

namespace {

QJsonObject validOffering(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("service_instance_id"), 1},
            {QStringLiteral("policy_jwt_alg"), QStringLiteral("es256")},
            {QStringLiteral("webhook_uri_template"), QStringLiteral("https://hooks.example.com/{account}")}};
}

QString repeat(const QString &unit, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

bool hasError(const Reply &r, const QString &field, const QString &messagePart = {})
{
    const QJsonArray errors = r.object().value(QLatin1String("errors")).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonArray pair = e.toArray();
        if (pair.size() == 2 && pair.at(0).toString() == field && pair.at(1).toString().contains(messagePart))
            return true;
    }
    return false;
}

} // namespace

class TstSandboxValidation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Client> m_client;

    qint64 firstOf(const QString &filter)
    {
        return m_client->get(QStringLiteral("/app_offerings/") + filter).array().first().toObject().value(QLatin1String("id")).toInteger();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(unlimited(100));
        QVERIFY(m_server->listen() != 0);
        m_client = std::make_unique<Client>(*m_server);
    }

    void createDefaultsReference()
    {
        const Reply r = m_client->post(QStringLiteral("/app_offerings"), validOffering(QStringLiteral("My New App")));
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QLatin1String("reference")).toString(), QStringLiteral("wdc_my_new_app"));
        QCOMPARE(o.value(QLatin1String("service_instance")).toObject().value(QLatin1String("id")).toInt(), 1);
        QVERIFY(!o.value(QLatin1String("service_instance")).toObject().value(QLatin1String("name")).toString().isEmpty());
        QVERIFY(o.value(QLatin1String("description")).isNull());
        QCOMPARE(o.value(QLatin1String("disabled")).toBool(), false);
        const qint64 id = o.value(QLatin1String("id")).toInteger();
        QCOMPARE(m_server->offering(id), o);
        QCOMPARE(m_client->get(QStringLiteral("/app_offerings/%1").arg(id)).object(), o);
        // A new offering is a draft.
        QVERIFY(m_client->get(QStringLiteral("/app_offerings/latest_internal?per_page=100&id=%1").arg(id)).array().size() == 1);
        // The same name again: the defaulted reference is taken.
        const Reply again = m_client->post(QStringLiteral("/app_offerings"), validOffering(QStringLiteral("My New App")));
        QCOMPARE(again.status, 422);
        QVERIFY(hasError(again, QStringLiteral("reference"), QStringLiteral("already been taken")));
    }

    void requiredFields()
    {
        const Reply r = m_client->post(QStringLiteral("/app_offerings"), {});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.message(), QStringLiteral("Validation Failed"));
        QVERIFY(hasError(r, QStringLiteral("name"), QStringLiteral("Name can't be blank")));
        QVERIFY(hasError(r, QStringLiteral("reference"), QStringLiteral("Reference can't be blank")));
        QVERIFY(hasError(r, QStringLiteral("service_instance"), QStringLiteral("can't be blank")));
        QVERIFY(hasError(r, QStringLiteral("policy_jwt_alg"), QStringLiteral("can't be blank")));
        QVERIFY(hasError(r, QStringLiteral("webhook_uri_template"), QStringLiteral("Webhook uri template can't be blank")));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorField");
        QTest::addColumn<QString>("message");
        const QString name = QStringLiteral("name");
        QTest::newRow("name 128 emoji") << name << QJsonValue(repeat(QStringLiteral("😀"), 128)) << true << QString() << QString();
        QTest::newRow("name 129 CJK") << name << QJsonValue(repeat(QStringLiteral("日"), 129)) << false << name
                                      << QStringLiteral("Name is too long (maximum is 128 characters)");
        QTest::newRow("name blank") << name << QJsonValue(QStringLiteral("  ")) << false << name << QStringLiteral("Name can't be blank");
        QTest::newRow("name number") << name << QJsonValue(5) << false << name << QStringLiteral("Name is invalid");
        const QString webhook = QStringLiteral("webhook_uri_template");
        QTest::newRow("webhook 255") << webhook << QJsonValue(repeat(QStringLiteral("é"), 255)) << true << QString() << QString();
        QTest::newRow("webhook 256") << webhook << QJsonValue(repeat(QStringLiteral("a"), 256)) << false << webhook
                                     << QStringLiteral("Webhook uri template is too long (maximum is 255 characters)");
        const QString description = QStringLiteral("description");
        // "max 64KB" counts the UTF-8 bytes: an emoji is four.
        QTest::newRow("description 65535 bytes") << description << QJsonValue(repeat(QStringLiteral("x"), 65535)) << true << QString() << QString();
        QTest::newRow("description 16383 emoji") << description << QJsonValue(repeat(QStringLiteral("🚀"), 16383)) << true << QString() << QString();
        QTest::newRow("description 16384 emoji") << description << QJsonValue(repeat(QStringLiteral("🚀"), 16384)) << false << description
                                                 << QStringLiteral("Description is too long (maximum is 65535 bytes)");
        QTest::newRow("description 65536") << description << QJsonValue(repeat(QStringLiteral("x"), 65536)) << false << description
                                           << QStringLiteral("Description is too long (maximum is 65535 bytes)");
        QTest::newRow("features 65536") << QStringLiteral("features") << QJsonValue(repeat(QStringLiteral("ü"), 65536)) << false
                                        << QStringLiteral("features") << QStringLiteral("too long");
        QTest::newRow("compliance 65536") << QStringLiteral("compliance") << QJsonValue(repeat(QStringLiteral("ü"), 65536)) << false
                                          << QStringLiteral("compliance") << QStringLiteral("too long");
        QTest::newRow("card 256") << QStringLiteral("card_description") << QJsonValue(repeat(QStringLiteral("a"), 256)) << false
                                  << QStringLiteral("card_description") << QStringLiteral("maximum is 255");
        QTest::newRow("configuration 256") << QStringLiteral("configuration_uri_template") << QJsonValue(repeat(QStringLiteral("a"), 256))
                                           << false << QStringLiteral("configuration_uri_template") << QStringLiteral("maximum is 255");
        QTest::newRow("audience 2048") << QStringLiteral("policy_jwt_audience") << QJsonValue(repeat(QStringLiteral("a"), 2048)) << true << QString() << QString();
        QTest::newRow("audience 2049") << QStringLiteral("policy_jwt_audience") << QJsonValue(repeat(QStringLiteral("a"), 2049)) << false
                                       << QStringLiteral("policy_jwt_audience") << QStringLiteral("maximum is 2048 bytes");
        QTest::newRow("audience 683 CJK") << QStringLiteral("policy_jwt_audience") << QJsonValue(repeat(QStringLiteral("日"), 683)) << false
                                          << QStringLiteral("policy_jwt_audience") << QStringLiteral("maximum is 2048 bytes");
        // The source documents say "Required string (max 255)" and nothing of
        // the scheme: plain http is the client's warning, not the server's 422.
        QTest::newRow("webhook plain http")
            << webhook << QJsonValue(QStringLiteral("http://hooks.example.com/?account={account}")) << true
            << QString() << QString();
        QTest::newRow("webhook blank") << webhook << QJsonValue(QStringLiteral(" ")) << false << webhook
                                       << QStringLiteral("Webhook uri template can't be blank");
        QTest::newRow("reference 161") << QStringLiteral("reference") << QJsonValue(repeat(QStringLiteral("r"), 161)) << true << QString() << QString();
        QTest::newRow("reference 162") << QStringLiteral("reference") << QJsonValue(repeat(QStringLiteral("r"), 162)) << false
                                       << QStringLiteral("reference") << QStringLiteral("maximum is 161");
        QTest::newRow("source 31") << QStringLiteral("source") << QJsonValue(repeat(QStringLiteral("s"), 31)) << false
                                   << QStringLiteral("source") << QStringLiteral("maximum is 30");
        QTest::newRow("sourceID 129") << QStringLiteral("sourceID") << QJsonValue(repeat(QStringLiteral("s"), 129)) << false
                                      << QStringLiteral("sourceID") << QStringLiteral("maximum is 128");
        QTest::newRow("alg enum") << QStringLiteral("policy_jwt_alg") << QJsonValue(QStringLiteral("hs256")) << false
                                  << QStringLiteral("policy_jwt_alg") << QStringLiteral("Policy jwt alg is not included in the list");
        QTest::newRow("alg rs512") << QStringLiteral("policy_jwt_alg") << QJsonValue(QStringLiteral("rs512")) << true << QString() << QString();
        QTest::newRow("service missing") << QStringLiteral("service_instance_id") << QJsonValue(9999) << false
                                         << QStringLiteral("service_instance") << QStringLiteral("Service instance must exist");
        QTest::newRow("ui version missing") << QStringLiteral("ui_extension_version_id") << QJsonValue(9999) << false
                                            << QStringLiteral("ui_extension_version") << QStringLiteral("must exist");
        QTest::newRow("ui version") << QStringLiteral("ui_extension_version_id") << QJsonValue(2) << true << QString() << QString();
        QTest::newRow("expires minutes") << QStringLiteral("policy_jwt_claim_expires_in") << QJsonValue(15) << true << QString() << QString();
        QTest::newRow("expires hhh:mm") << QStringLiteral("policy_jwt_claim_expires_in") << QJsonValue(QStringLiteral("1:30")) << true << QString() << QString();
        QTest::newRow("expires text") << QStringLiteral("policy_jwt_claim_expires_in") << QJsonValue(QStringLiteral("soon")) << false
                                      << QStringLiteral("policy_jwt_claim_expires_in") << QStringLiteral("is invalid");
        QTest::newRow("disabled") << QStringLiteral("disabled") << QJsonValue(true) << true << QString() << QString();
        QTest::newRow("disabled object") << QStringLiteral("disabled") << QJsonValue(QJsonObject()) << false
                                         << QStringLiteral("disabled") << QStringLiteral("Disabled is invalid");
        QTest::newRow("readonly id") << QStringLiteral("id") << QJsonValue(5) << false << QStringLiteral("id") << QStringLiteral("read-only");
        QTest::newRow("readonly created_at") << QStringLiteral("created_at") << QJsonValue(QStringLiteral("2021-01-01")) << false
                                             << QStringLiteral("created_at") << QStringLiteral("read-only");
        QTest::newRow("readonly nodeID") << QStringLiteral("nodeID") << QJsonValue(QStringLiteral("x")) << false
                                         << QStringLiteral("nodeID") << QStringLiteral("read-only");
        QTest::newRow("readonly attachments") << QStringLiteral("attachments") << QJsonValue(QJsonArray()) << false
                                              << QStringLiteral("attachments") << QStringLiteral("read-only");
    }
    void rules()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QFETCH(QString, errorField);
        QFETCH(QString, message);
        QJsonObject body = validOffering(QStringLiteral("Rule test ") + QString::fromLatin1(QTest::currentDataTag()));
        body.insert(field, value);
        const Reply created = m_client->post(QStringLiteral("/app_offerings"), body);
        // The same rule on PATCH of a draft.
        const qint64 draft = firstOf(QStringLiteral("latest_internal?sort=-id"));
        const Reply patched = m_client->patch(QStringLiteral("/app_offerings/%1").arg(draft), QJsonObject{{field, value}});
        if (valid) {
            QCOMPARE(created.status, 201);
            QCOMPARE(patched.status, 200);
            if (field == QLatin1String("policy_jwt_claim_expires_in") && value.isString())
                QCOMPARE(created.object().value(field).toInt(), 90); // "1:30" is 90 minutes
            else if (value.isString())
                QCOMPARE(created.object().value(field).toString(), value.toString());
        } else {
            QCOMPARE(created.status, 422);
            QVERIFY2(hasError(created, errorField, message), created.body.left(300).constData());
            QCOMPARE(patched.status, 422);
            QVERIFY2(hasError(patched, errorField, message), patched.body.left(300).constData());
        }
    }

    void referenceRules()
    {
        // Unique across all accounts: a trusted account's reference is taken too.
        const Reply trusted = m_client->get(QStringLiteral("/app_offerings/all_latest_published?per_page=100&fields=reference,account"));
        QString foreignReference;
        const QJsonArray records = trusted.array();
        for (const QJsonValue &v : records) {
            if (v.toObject().contains(QLatin1String("account")))
                foreignReference = v.toObject().value(QLatin1String("reference")).toString();
        }
        QVERIFY(!foreignReference.isEmpty());
        QJsonObject body = validOffering(QStringLiteral("Copycat"));
        body.insert(QStringLiteral("reference"), foreignReference);
        QVERIFY(hasError(m_client->post(QStringLiteral("/app_offerings"), body), QStringLiteral("reference"), QStringLiteral("already been taken")));

        // Frozen once published, free before.
        const qint64 published = firstOf(QStringLiteral("latest_published"));
        Reply r = m_client->patch(QStringLiteral("/app_offerings/%1").arg(published), {{QStringLiteral("reference"), QStringLiteral("renamed")}});
        QCOMPARE(r.status, 422);
        QVERIFY(hasError(r, QStringLiteral("reference"), QStringLiteral("published")));
        const Reply created = m_client->post(QStringLiteral("/app_offerings"), validOffering(QStringLiteral("Fresh Draft")));
        r = m_client->patch(QStringLiteral("/app_offerings/%1").arg(created.object().value(QLatin1String("id")).toInteger()),
                            {{QStringLiteral("reference"), QStringLiteral("fresh-draft-renamed")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("reference")).toString(), QStringLiteral("fresh-draft-renamed"));
        // Other fields of a published offering may change.
        r = m_client->patch(QStringLiteral("/app_offerings/%1").arg(published), {{QStringLiteral("card_description"), QStringLiteral("Nouveau ✨")}});
        QCOMPARE(r.status, 200);
        // A trusted account's offering is not ours to change.
        QCOMPARE(m_client->patch(QStringLiteral("/app_offerings/4"), {{QStringLiteral("name"), QStringLiteral("x")}}).status, 403);
    }

    void badBodies()
    {
        Reply r = m_client->sendRaw(QStringLiteral("/app_offerings"), "POST", "{\"name\": ");
        QCOMPARE(r.status, 400);
        QVERIFY(!r.message().isEmpty());
        r = m_client->sendRaw(QStringLiteral("/app_offerings/2"), "PATCH", "[1,2]");
        QCOMPARE(r.status, 400);
        QCOMPARE(m_client->patch(QStringLiteral("/app_offerings/99999"), {{QStringLiteral("name"), QStringLiteral("x")}}).status, 404);
        QCOMPARE(m_client->patch(QStringLiteral("/app_offerings/2"), {{QStringLiteral("bogus"), 1}}).status, 422);
    }

    void updatedAtMovesForward()
    {
        const qint64 id = firstOf(QStringLiteral("latest_published"));
        QString previous = m_server->offering(id).value(QLatin1String("updated_at")).toString();
        const QString created = m_server->offering(id).value(QLatin1String("created_at")).toString();
        qint64 previousSecs = 0;
        for (int i = 0; i < 3; ++i) {
            const Reply r = m_client->patch(QStringLiteral("/app_offerings/%1").arg(id), {{QStringLiteral("disabled"), i % 2 == 0}});
            QCOMPARE(r.status, 200);
            const QString updated = r.object().value(QLatin1String("updated_at")).toString();
            QVERIFY(updated.endsWith(QLatin1String("-05:00")));
            const qint64 secs = QDateTime::fromString(updated, Qt::ISODate).toSecsSinceEpoch();
            QVERIFY2(secs > previousSecs && updated != previous, qPrintable(updated + QLatin1String(" after ") + previous));
            previous = updated;
            previousSecs = secs;
            QCOMPARE(r.object().value(QLatin1String("created_at")).toString(), created);
        }
        // Direct access is a write like any other.
        QVERIFY(m_server->updateOffering(id, {{QStringLiteral("card_description"), QStringLiteral("by someone else")}}));
        QVERIFY(QDateTime::fromString(m_server->offering(id).value(QLatin1String("updated_at")).toString(), Qt::ISODate).toSecsSinceEpoch() > previousSecs);
        QVERIFY(!m_server->updateOffering(id, {{QStringLiteral("name"), QString()}}));
    }

    void instancePatch()
    {
        const QString comment = repeat(QStringLiteral("⏸"), 21845); // three bytes each: 65,535, the most

        Reply r = m_client->patch(QStringLiteral("/app_instances/3"), {{QStringLiteral("suspended"), true},
                                                                       {QStringLiteral("suspension_comment"), comment},
                                                                       {QStringLiteral("disabled"), true},
                                                                       {QStringLiteral("customer_representative_id"), 2}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("suspended")).toBool(), true);
        QCOMPARE(r.object().value(QLatin1String("suspension_comment")).toString(), comment);
        QCOMPARE(r.object().value(QLatin1String("customer_representative")).toObject().value(QLatin1String("id")).toInt(), 2);
        QCOMPARE(r.object(), m_server->instance(3));
        // PUT is an alias of PATCH.
        r = m_client->sendRaw(QStringLiteral("/app_instances/3"), "PUT", R"({"suspended":false,"suspension_comment":null})");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(QLatin1String("suspension_comment")).isNull());
    }

    void instancePatchRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("enabled_by_customer") << QJsonObject{{QStringLiteral("enabled_by_customer"), true}}
                                             << QStringLiteral("enabled_by_customer") << QStringLiteral("controlled by the customer");
        QTest::newRow("comment too long") << QJsonObject{{QStringLiteral("suspension_comment"), repeat(QStringLiteral("x"), 65536)}}
                                          << QStringLiteral("suspension_comment") << QStringLiteral("too long");
        QTest::newRow("comment too many bytes") << QJsonObject{{QStringLiteral("suspension_comment"), repeat(QStringLiteral("⏸"), 21846)}}
                                                << QStringLiteral("suspension_comment") << QStringLiteral("maximum is 65535 bytes");
        QTest::newRow("unknown person") << QJsonObject{{QStringLiteral("customer_representative_id"), 9999}}
                                        << QStringLiteral("customer_representative") << QStringLiteral("must exist");
        QTest::newRow("readonly account") << QJsonObject{{QStringLiteral("customer_account"), QStringLiteral("x")}}
                                          << QStringLiteral("customer_account") << QStringLiteral("read-only");
        QTest::newRow("readonly offering") << QJsonObject{{QStringLiteral("app_offering_id"), 2}}
                                           << QStringLiteral("app_offering_id") << QStringLiteral("read-only");
        QTest::newRow("unknown") << QJsonObject{{QStringLiteral("colour"), QStringLiteral("red")}}
                                 << QStringLiteral("colour") << QStringLiteral("not a known field");
        QTest::newRow("not a boolean") << QJsonObject{{QStringLiteral("suspended"), QJsonArray()}}
                                       << QStringLiteral("suspended") << QStringLiteral("invalid");
    }
    void instancePatchRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QJsonObject before = m_server->instance(5);
        for (const QString &path : {QStringLiteral("/app_instances/5"), QStringLiteral("/integration_instances/5")}) {
            const Reply r = m_client->patch(path, body);
            QCOMPARE(r.status, 422);
            QCOMPARE(r.message(), QStringLiteral("Validation Failed"));
            QVERIFY2(hasError(r, field, message), r.body.left(300).constData());
        }
        QCOMPARE(m_server->instance(5), before); // nothing changed
    }

    void instanceUpdatedAtMoves()
    {
        const QString before = m_server->instance(9).value(QLatin1String("updated_at")).toString();
        const Reply first = m_client->patch(QStringLiteral("/app_instances/9"), {{QStringLiteral("suspended"), true}});
        const Reply second = m_client->patch(QStringLiteral("/app_instances/9"), {{QStringLiteral("suspended"), false}});
        const qint64 a = QDateTime::fromString(first.object().value(QLatin1String("updated_at")).toString(), Qt::ISODate).toSecsSinceEpoch();
        const qint64 b = QDateTime::fromString(second.object().value(QLatin1String("updated_at")).toString(), Qt::ISODate).toSecsSinceEpoch();
        QVERIFY(a > QDateTime::fromString(before, Qt::ISODate).toSecsSinceEpoch());
        QVERIFY(b > a);
        // The customer switching enabled_by_customer, through direct access.
        QVERIFY(m_server->updateInstance(9, {{QStringLiteral("enabled_by_customer"), false}}));
        QCOMPARE(m_server->instance(9).value(QLatin1String("enabled_by_customer")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TstSandboxValidation)
#include "tst_sandbox_validation.moc"
