// Cursor pagination: link header, pagination headers, per_page, and stable
// cursors while records are created and deleted mid-walk.

#include "testhttp.h"

#include <QSet>

using namespace testhttp;

class TstSandboxPagination : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;

    QList<qint64> ids(const Reply &r)
    {
        QList<qint64> out;
        const QJsonArray array = r.array();
        for (const QJsonValue &v : array)
            out.append(v.toObject().value(QLatin1String("id")).toInteger());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(unlimited(2500));
        QVERIFY(m_server->listen() != 0);
    }

    void walkEveryPage()
    {
        Client client(*m_server);
        const QString path = QStringLiteral("/app_instances?per_page=100&fields=id,created_at&sort=-created_at");
        Reply r = client.get(path);
        QCOMPARE(r.status, 200);
        const int total = r.intHeader("x-pagination-total-entries");
        QCOMPARE(total, m_server->instanceCount());
        QCOMPARE(r.intHeader("x-pagination-total-pages"), (total + 99) / 100);
        QCOMPARE(r.intHeader("x-pagination-per-page"), 100);
        QVERIFY(!r.hasHeader("x-pagination-throttled"));
        QSet<qint64> seen;
        QString previousCreated;
        int page = 1;
        for (;;) {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.intHeader("x-pagination-current-page"), page);
            const QMap<QString, QString> links = r.links();
            QVERIFY(!links.contains(QStringLiteral("last")));
            QCOMPARE(links.contains(QStringLiteral("first")), page > 1);
            QCOMPARE(links.contains(QStringLiteral("prev")), page > 1);
            // Every other parameter is kept, with the fields commas unencoded.
            if (links.contains(QStringLiteral("next"))) {
                const QString next = links.value(QStringLiteral("next"));
                QVERIFY2(next.startsWith(m_server->baseUrl().toString() + QLatin1String("/app_instances?")), qPrintable(next));
                QVERIFY2(next.contains(QLatin1String("fields=id,created_at")), qPrintable(next));
                QVERIFY(next.contains(QLatin1String("per_page=100")));
                QVERIFY(next.contains(QLatin1String("sort=-created_at")));
                QVERIFY(next.contains(QLatin1String("search_after=")));
                QVERIFY(!next.contains(QLatin1String("page=2"))); // opaque cursors, not page numbers
                QVERIFY(r.header("link").contains("fields=id,created_at"));
            }
            const QJsonArray records = r.array();
            for (const QJsonValue &v : records) {
                const QJsonObject o = v.toObject();
                QCOMPARE(o.keys(), (QStringList{QStringLiteral("created_at"), QStringLiteral("id")}));
                QVERIFY2(!seen.contains(o.value(QLatin1String("id")).toInteger()), "a record appeared twice");
                seen.insert(o.value(QLatin1String("id")).toInteger());
                // The same offset everywhere, so the strings sort like the times.
                const QString created = o.value(QLatin1String("created_at")).toString();
                QVERIFY(previousCreated.isEmpty() || created <= previousCreated);
                previousCreated = created;
            }
            if (!links.contains(QStringLiteral("next"))) {
                QCOMPARE(page, r.intHeader("x-pagination-total-pages"));
                break;
            }
            QCOMPARE(records.size(), 100);
            r = client.get(links.value(QStringLiteral("next")));
            ++page;
        }
        QCOMPARE(seen.size(), total);
    }

    void prevAndFirstLeadBack()
    {
        Client client(*m_server);
        const Reply page1 = client.get(QStringLiteral("/app_offerings?per_page=5"));
        QVERIFY(page1.header("link").contains("rel=\"next\""));
        const Reply page2 = client.get(page1.links().value(QStringLiteral("next")));
        const Reply page3 = client.get(page2.links().value(QStringLiteral("next")));
        QCOMPARE(page3.intHeader("x-pagination-current-page"), 3);
        const Reply back = client.get(page3.links().value(QStringLiteral("prev")));
        QCOMPARE(ids(back), ids(page2));
        QVERIFY(back.links().value(QStringLiteral("prev")).contains(QLatin1String("search_before=")));
        const Reply first = client.get(page3.links().value(QStringLiteral("first")));
        QCOMPARE(ids(first), ids(page1));
        QVERIFY(!first.links().contains(QStringLiteral("prev")));
    }

    void stringSortWalk()
    {
        // Default offering order: ascending name (strings with accents, CJK, emoji, RTL).
        Client client(*m_server);
        Reply r = client.get(QStringLiteral("/app_offerings/all_latest_published?per_page=7"));
        const int total = r.intHeader("x-pagination-total-entries");
        QStringList names;
        QSet<qint64> seen;
        for (;;) {
            const QJsonArray records = r.array();
            for (const QJsonValue &v : records) {
                names.append(v.toObject().value(QLatin1String("name")).toString());
                seen.insert(v.toObject().value(QLatin1String("id")).toInteger());
            }
            const QString next = r.links().value(QStringLiteral("next"));
            if (next.isEmpty())
                break;
            r = client.get(next);
        }
        QCOMPARE(seen.size(), total);
        QCOMPARE(names.size(), total);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b) < 0; });
        QCOMPARE(names, sorted);
    }

    void singlePageHasNoLinks()
    {
        Client client(*m_server);
        const Reply r = client.get(QStringLiteral("/app_offerings?per_page=100"));
        QCOMPARE(r.array().size(), r.intHeader("x-pagination-total-entries"));
        QVERIFY(r.links().isEmpty());
        QCOMPARE(r.intHeader("x-pagination-total-pages"), 1);
    }

    void perPage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("message");
        QTest::newRow("default 20") << QString() << 200 << 20 << QString();
        QTest::newRow("1") << QStringLiteral("?per_page=1") << 200 << 1 << QString();
        QTest::newRow("100") << QStringLiteral("?per_page=100") << 200 << 100 << QString();
        QTest::newRow("clamped to 100") << QStringLiteral("?per_page=500") << 200 << 100 << QString();
        QTest::newRow("0") << QStringLiteral("?per_page=0") << 400 << 0
                           << QStringLiteral("Parameter 'per_page' cannot be less than 1");
        QTest::newRow("-10") << QStringLiteral("?per_page=-10") << 400 << 0
                             << QStringLiteral("Parameter 'per_page' cannot be less than 1");
        QTest::newRow("abc") << QStringLiteral("?per_page=abc") << 400 << 0 << QStringLiteral("Parameter 'per_page' must be a number");
    }
    void perPage()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, count);
        QFETCH(QString, message);
        Client client(*m_server);
        const Reply r = client.get(QStringLiteral("/app_instances") + query);
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.array().size(), count);
            QCOMPARE(r.intHeader("x-pagination-per-page"), count);
        } else {
            QCOMPARE(r.message(), message);
        }
    }

    void invalidCursor()
    {
        Client client(*m_server);
        QCOMPARE(client.get(QStringLiteral("/app_instances?search_after=garbage")).status, 400);
        // A cursor of one sort order is refused by another.
        const Reply r = client.get(QStringLiteral("/app_instances?per_page=2"));
        QString next = r.links().value(QStringLiteral("next"));
        next.replace(QLatin1String("per_page=2"), QLatin1String("per_page=2&sort=-id"));
        QCOMPARE(client.get(next).status, 400);
    }

    void cursorStableWhileRecordsChange_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("createdAhead"); // does the new record sort after the cursor?
        QTest::newRow("id") << QStringLiteral("id") << true;
        QTest::newRow("-id") << QStringLiteral("-id") << false;
        QTest::newRow("created_at") << QStringLiteral("created_at") << true;
    }
    void cursorStableWhileRecordsChange()
    {
        QFETCH(QString, sort);
        QFETCH(bool, createdAhead);
        Client client(*m_server);
        const QString start = QStringLiteral("/app_instances?per_page=100&fields=id&sort=") + sort;
        Reply r = client.get(start);
        const QList<qint64> firstPage = ids(r);
        QSet<qint64> seen(firstPage.cbegin(), firstPage.cend());
        // Someone else deletes one seen and one unseen record and adds one.
        const QList<qint64> all = m_server->instanceIds();
        QList<qint64> unseen;
        for (qint64 id : all) {
            if (!seen.contains(id))
                unseen.append(id);
        }
        const qint64 deletedSeen = firstPage.at(10);
        const qint64 deletedUnseen = unseen.at(unseen.size() / 2);
        QVERIFY(m_server->deleteInstance(deletedSeen));
        QVERIFY(m_server->deleteInstance(deletedUnseen));
        QVERIFY(!m_server->deleteInstance(deletedUnseen));
        const qint64 created = m_server->createInstance(m_server->offeringIds().at(1));
        QVERIFY(created > all.last());

        for (QString next = r.links().value(QStringLiteral("next")); !next.isEmpty(); next = r.links().value(QStringLiteral("next"))) {
            r = client.get(next);
            QCOMPARE(r.status, 200);
            const QList<qint64> page = ids(r);
            for (qint64 id : page) {
                QVERIFY2(!seen.contains(id), "a record appeared twice");
                seen.insert(id);
            }
        }
        QVERIFY(!seen.contains(deletedUnseen));
        QVERIFY(seen.contains(deletedSeen)); // seen before it was deleted
        QCOMPARE(seen.contains(created), createdAhead);
        for (qint64 id : all) {
            if (id != deletedUnseen)
                QVERIFY(seen.contains(id));
        }
    }
};

QTEST_GUILESS_MAIN(TstSandboxPagination)
#include "tst_sandbox_pagination.moc"
