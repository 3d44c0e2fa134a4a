// ?fields=, ?sort=, filters with every operator, and predefined filters.

#include "testhttp.h"

#include <QSet>

using namespace testhttp;

class TstSandboxQuery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Client> m_client;

    QList<qint64> ids(const QString &path)
    {
        const Reply r = m_client->get(path);
        if (r.status != 200)
            qWarning() << path << r.status << r.body;
        QList<qint64> out;
        const QJsonArray array = r.array();
        for (const QJsonValue &v : array)
            out.append(v.toObject().value(QLatin1String("id")).toInteger());
        return out;
    }
    static QSet<qint64> toSet(const QList<qint64> &list) { return QSet<qint64>(list.cbegin(), list.cend()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(unlimited(2500));
        QVERIFY(m_server->listen() != 0);
        m_client = std::make_unique<Client>(*m_server);
    }

    void defaultCollectionFields()
    {
        const Reply offerings = m_client->get(QStringLiteral("/app_offerings"));
        QStringList expected = QStringLiteral("created_at id name nodeID policy_jwt_alg policy_jwt_audience "
                                              "policy_jwt_claim_expires_in reference service_instance sourceID "
                                              "updated_at webhook_uri_template").split(QLatin1Char(' '));
        expected.sort();
        QCOMPARE(offerings.array().first().toObject().keys(), expected);
        const Reply instances = m_client->get(QStringLiteral("/app_instances"));
        expected = QStringLiteral("created_at id nodeID updated_at disabled customer_account app_offering enabled_by_customer")
                       .split(QLatin1Char(' '));
        expected.sort();
        QCOMPARE(instances.array().first().toObject().keys(), expected);
        // Blank values are null, never omitted.
        const Reply published = m_client->get(QStringLiteral("/app_offerings?sourceID=&per_page=1"));
        QVERIFY(published.array().first().toObject().value(QLatin1String("sourceID")).isNull());
    }

    void selectedFields()
    {
        Reply r = m_client->get(QStringLiteral("/app_offerings?fields=name,description"));
        QCOMPARE(r.array().first().toObject().keys(), (QStringList{QStringLiteral("description"), QStringLiteral("id"), QStringLiteral("name")}));
        // Unknown field names are ignored silently.
        r = m_client->get(QStringLiteral("/app_instances?fields=suspended,bogus"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().first().toObject().keys(), (QStringList{QStringLiteral("id"), QStringLiteral("suspended")}));
        // A single GET returns every field.
        r = m_client->get(QStringLiteral("/app_offerings/2"));
        for (const char *field : {"description", "features", "compliance", "card_description", "configuration_uri_template",
                                  "picture_uri", "disabled", "ui_extension_version", "source", "attachments"})
            QVERIFY2(r.object().contains(QLatin1String(field)), field);
        QCOMPARE(r.object(), m_server->offering(2));
        r = m_client->get(QStringLiteral("/app_instances/7"));
        for (const char *field : {"suspended", "suspension_comment", "custom_fields", "customer_representative", "webhook",
                                  "webhook_policy", "app_offering", "customer_account", "nodeID"})
            QVERIFY2(r.object().contains(QLatin1String(field)), field);
        QCOMPARE(r.object(), m_server->instance(7));
        // The nodeID is accepted in place of the id.
        const QString nodeId = r.object().value(QLatin1String("nodeID")).toString();
        QCOMPARE(m_client->get(QStringLiteral("/app_instances/") + nodeId).object(), r.object());
        QCOMPARE(m_client->get(QStringLiteral("/app_instances/999999")).status, 404);
    }

    void sorting()
    {
        QList<qint64> desc = ids(QStringLiteral("/app_offerings?sort=-id&per_page=100"));
        QVERIFY(desc.size() > 10);
        QVERIFY(std::is_sorted(desc.crbegin(), desc.crend()));
        QList<qint64> asc = ids(QStringLiteral("/app_offerings?sort=id&per_page=100"));
        std::reverse(asc.begin(), asc.end());
        QCOMPARE(asc, desc);

        const Reply r = m_client->get(QStringLiteral("/app_instances?sort=-updated_at,id&fields=updated_at&per_page=100"));
        QCOMPARE(r.status, 200);
        QStringList times;
        const QJsonArray records = r.array();
        for (const QJsonValue &v : records)
            times.append(v.toObject().value(QLatin1String("updated_at")).toString());
        QVERIFY(std::is_sorted(times.crbegin(), times.crend()));

        Reply bad = m_client->get(QStringLiteral("/app_offerings?sort=reference"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.message(), QStringLiteral("Sorting not allowed on fields: reference"));
        bad = m_client->get(QStringLiteral("/app_instances?sort=id,-name"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.message(), QStringLiteral("Sorting not allowed on fields: name"));
    }

    void operators_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("=x") << QStringLiteral("id=5") << QList<qint64>{5};
        QTest::newRow("ids=") << QStringLiteral("ids=3,1,2") << QList<qint64>{1, 2, 3};
        QTest::newRow("in") << QStringLiteral("id=1,2,3") << QList<qint64>{1, 2, 3};
        QTest::newRow("<") << QStringLiteral("id=%3C4") << QList<qint64>{1, 2, 3};
        QTest::newRow("< unencoded") << QStringLiteral("id=<4") << QList<qint64>{1, 2, 3};
        QTest::newRow("<=") << QStringLiteral("id=%3C%3D3") << QList<qint64>{1, 2, 3};
        QTest::newRow(">") << QStringLiteral("id=%3E2497") << QList<qint64>{2498, 2499, 2500};
        QTest::newRow(">=") << QStringLiteral("id=%3E%3D2498") << QList<qint64>{2498, 2499, 2500};
        QTest::newRow("range") << QStringLiteral("id=%3E5%3C9") << QList<qint64>{6, 7, 8};
        QTest::newRow("range inclusive") << QStringLiteral("id=%3E%3D5%3C%3D9") << QList<qint64>{5, 6, 7, 8, 9};
        QTest::newRow("and") << QStringLiteral("id=%3C6&ids=!1,2") << QList<qint64>{3, 4, 5};
        QTest::newRow("not in key form") << QStringLiteral("id!=1,2&id=%3C5") << QList<qint64>{3, 4};
    }
    void operators()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(ids(QStringLiteral("/app_instances?per_page=100&") + query), expected);
    }

    void negationAndPresence()
    {
        const QList<qint64> all = ids(QStringLiteral("/app_offerings?per_page=100"));
        const QList<qint64> notFive = ids(QStringLiteral("/app_offerings?per_page=100&id=!5"));
        QCOMPARE(notFive.size(), all.size() - (all.contains(5) ? 1 : 0));
        QVERIFY(!notFive.contains(5));
        const QSet<qint64> empty = toSet(ids(QStringLiteral("/app_offerings?per_page=100&sourceID=")));
        const QSet<qint64> present = toSet(ids(QStringLiteral("/app_offerings?per_page=100&sourceID=!")));
        QVERIFY(!empty.isEmpty());
        QVERIFY(!present.isEmpty());
        QVERIFY(!empty.intersects(present));
        QCOMPARE(empty.size() + present.size(), all.size());
        const QJsonObject one = m_server->offering(*present.cbegin());
        const QString sourceId = one.value(QLatin1String("sourceID")).toString();
        QCOMPARE(ids(QStringLiteral("/app_offerings?sourceID=") + sourceId), QList<qint64>{one.value(QLatin1String("id")).toInteger()});
        // String equality is case-sensitive.
        QVERIFY(ids(QStringLiteral("/app_offerings?sourceID=") + sourceId.toUpper()).isEmpty());
        const QString name = one.value(QLatin1String("name")).toString();
        QCOMPARE(ids(QStringLiteral("/app_offerings?name=") + QString::fromLatin1(QUrl::toPercentEncoding(name))).size(), 1);
    }

    void booleans()
    {
        const QSet<qint64> disabled = toSet(ids(QStringLiteral("/app_instances?per_page=100&disabled=true&id=%3C1000")));
        QVERIFY(!disabled.isEmpty());
        for (const char *spelling : {"1", "T", "y", "TRUE", "yes", "On"})
            QCOMPARE(toSet(ids(QStringLiteral("/app_instances?per_page=100&id=%3C1000&disabled=") + QLatin1String(spelling))), disabled);
        const QSet<qint64> enabled = toSet(ids(QStringLiteral("/app_instances?per_page=100&id=%3C1000&disabled=false")));
        QVERIFY(!enabled.intersects(disabled));
        QCOMPARE(toSet(ids(QStringLiteral("/app_instances?per_page=100&id=%3C1000&disabled=!true"))), enabled);
    }

    void dates()
    {
        const Reply r = m_client->get(QStringLiteral("/app_instances?per_page=100&fields=created_at"
                                                     "&created_at=%3E%3D2022-01-01T00:00:00-05:00%3C2022-02-01"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.intHeader("x-pagination-total-entries") > 0);
        const QJsonArray records = r.array();
        for (const QJsonValue &v : records) {
            const QString created = v.toObject().value(QLatin1String("created_at")).toString();
            QVERIFY2(created >= QLatin1String("2022-01-01") && created < QLatin1String("2022-02-01"), qPrintable(created));
        }
        const int after = m_client->get(QStringLiteral("/app_instances?updated_at=%3E2022-06-01T10:00Z")).intHeader("x-pagination-total-entries");
        const int before = m_client->get(QStringLiteral("/app_instances?updated_at=%3C%3D2022-06-01T10:00Z")).intHeader("x-pagination-total-entries");
        QCOMPARE(after + before, m_server->instanceCount());
        QCOMPARE(m_client->get(QStringLiteral("/app_instances?created_at=%3Eyesterday")).status, 400);
    }

    void filterErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("not filterable") << QStringLiteral("/app_instances?suspended=true")
                                        << QStringLiteral("Filtering not allowed on fields: suspended");
        QTest::newRow("unknown") << QStringLiteral("/app_offerings?policy_jwt_alg=rs256&foo=1")
                                 << QStringLiteral("Filtering not allowed on fields: policy_jwt_alg, foo");
        QTest::newRow("bool range") << QStringLiteral("/app_instances?disabled=%3E1")
                                    << QStringLiteral("Field 'disabled' does not support the '=>' operator");
        QTest::newRow("string <") << QStringLiteral("/app_offerings?name=%3C%3Dx")
                                  << QStringLiteral("Field 'name' does not support the '=<=' operator");
        QTest::newRow("bool in") << QStringLiteral("/app_offerings?disabled=true,false")
                                 << QStringLiteral("Field 'disabled' does not support the 'in' operator");
        QTest::newRow("bad integer") << QStringLiteral("/app_instances?id=abc")
                                     << QStringLiteral("Invalid value 'abc' for field 'id'");
        QTest::newRow("unknown state") << QStringLiteral("/app_instances?state=open")
                                       << QStringLiteral("Predefined filter 'open' is not supported");
    }
    void filterErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Reply r = m_client->get(path);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), message);
    }

    void predefinedOfferingFilters()
    {
        const QStringList filters{QStringLiteral("latest_internal"), QStringLiteral("latest_published"),
                                  QStringLiteral("all_latest_published"), QStringLiteral("consumed")};
        QList<QSet<qint64>> sets;
        for (const QString &filter : filters) {
            const QList<qint64> byPath = ids(QStringLiteral("/app_offerings/") + filter + QLatin1String("?per_page=100"));
            const QList<qint64> byState = ids(QStringLiteral("/app_offerings?per_page=100&state=") + filter);
            QVERIFY2(!byPath.isEmpty(), qPrintable(filter));
            QCOMPARE(byPath, byState);
            for (const QSet<qint64> &other : std::as_const(sets))
                QVERIFY(other != toSet(byPath));
            sets.append(toSet(byPath));
        }
        // Trusted accounts' offerings carry their account; the own ones do not.
        QVERIFY(sets.at(2).contains(sets.at(1)));
        bool foreign = false;
        for (qint64 id : sets.at(2)) {
            const QJsonObject o = m_server->offering(id);
            if (!sets.at(1).contains(id)) {
                QVERIFY(o.value(QLatin1String("account")).toObject().contains(QLatin1String("name")));
                foreign = true;
            } else {
                QVERIFY(!o.contains(QLatin1String("account")));
            }
        }
        QVERIFY(foreign);
        // Combined with a condition.
        const QList<qint64> combined = ids(QStringLiteral("/app_offerings/latest_published?per_page=100&id=%3C20"));
        QVERIFY(!combined.isEmpty());
        for (qint64 id : combined)
            QVERIFY(id < 20 && sets.at(1).contains(id));
        QCOMPARE(m_client->get(QStringLiteral("/app_offerings/open")).status, 404);
    }

    void predefinedInstanceFilters()
    {
        const Reply all = m_client->get(QStringLiteral("/app_instances"));
        const Reply enabled = m_client->get(QStringLiteral("/app_instances/enabled"));
        const Reply disabled = m_client->get(QStringLiteral("/app_instances?state=disabled"));
        QCOMPARE(enabled.status, 200);
        QVERIFY(enabled.intHeader("x-pagination-total-entries") > 0);
        QVERIFY(disabled.intHeader("x-pagination-total-entries") > 0);
        QCOMPARE(enabled.intHeader("x-pagination-total-entries") + disabled.intHeader("x-pagination-total-entries"),
                 all.intHeader("x-pagination-total-entries"));
        QCOMPARE(m_client->get(QStringLiteral("/app_instances?state=enabled")).body, enabled.body);
        // The link of a path-suffix filter keeps the suffix.
        QVERIFY(enabled.links().value(QStringLiteral("next")).contains(QLatin1String("/v1/app_instances/enabled?")));
        const QJsonArray records = m_client->get(QStringLiteral("/app_instances/disabled?per_page=100&fields=disabled,enabled_by_customer,suspended")).array();
        for (const QJsonValue &v : records) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QLatin1String("disabled")).toBool() || o.value(QLatin1String("suspended")).toBool()
                    || !o.value(QLatin1String("enabled_by_customer")).toBool());
        }
    }
};

QTEST_GUILESS_MAIN(TstSandboxQuery)
#include "tst_sandbox_query.moc"
