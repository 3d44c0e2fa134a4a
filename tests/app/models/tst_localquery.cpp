#include "app/models/localquery.h"

#include <QJsonObject>
#include <QTest>

using namespace pc;

namespace {

QJsonObject record(qint64 id, const QString &name, const QString &updatedAt, bool disabled)
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("updated_at"), updatedAt},
                       {QStringLiteral("disabled"), disabled}};
    if (!name.isNull())
        object.insert(QStringLiteral("name"), name);
    return object;
}

const QList<QJsonObject> kRecords = {
    record(1, QStringLiteral("beta"), QStringLiteral("2024-03-01T10:00:00+02:00"), false),
    record(2, QStringLiteral("Alpha"), QStringLiteral("2024-03-01T08:00:00Z"), true),
    record(3, QString(), QStringLiteral("2024-02-28T23:00:00-05:00"), false),
    record(4, QStringLiteral("alpha"), QStringLiteral("2024-03-01T08:00:00Z"), false),
};

QList<qint64> idsOf(const QList<QJsonObject> &records)
{
    QList<qint64> ids;
    for (const QJsonObject &object : records)
        ids.append(object.value(QStringLiteral("id")).toInteger());
    return ids;
}

QList<qint64> answer(const QList<Condition> &conditions, const QString &sort = {},
                     Qt::SortOrder order = Qt::AscendingOrder)
{
    ListQuery query;
    query.conditions = conditions;
    query.sortField = sort;
    query.sortOrder = order;
    const LocalQuery local(query);
    if (!local.isValid())
        return {-1};
    return idsOf(local.apply(kRecords));
}

} // namespace

class TestLocalQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operators_data();
    void operators();
    void timesCompareAsInstants();
    void sortLikeTheApi();
    void unreadableConditionsAreLeftToTheServer();
    void extraPredicateNarrows();
};

void TestLocalQuery::operators_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("text equals, by code unit") << "name"
                                               << "alpha" << QList<qint64>{4};
    QTest::newRow("text is not (missing counts)") << "name"
                                                  << "!alpha" << QList<qint64>{1, 2, 3};
    QTest::newRow("is empty") << "name"
                              << "" << QList<qint64>{3};
    QTest::newRow("is present") << "name"
                                << "!" << QList<qint64>{1, 2, 4};
    QTest::newRow("boolean") << "disabled"
                             << "true" << QList<qint64>{2};
    QTest::newRow("boolean negated") << "disabled"
                                     << "!true" << QList<qint64>{1, 3, 4};
    QTest::newRow("id list") << "id"
                             << "1,3" << QList<qint64>{1, 3};
    QTest::newRow("id above") << "id"
                              << ">2" << QList<qint64>{3, 4};
    QTest::newRow("id at most") << "id"
                                << "<=2" << QList<qint64>{1, 2};
    QTest::newRow("id range") << "id"
                              << ">=2<4" << QList<qint64>{2, 3};
}

void TestLocalQuery::operators()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QList<qint64>, ids);
    QCOMPARE(answer({{field, value}}), ids);
}

void TestLocalQuery::timesCompareAsInstants()
{
    // 10:00+02:00 is 08:00Z; 23:00-05:00 on the 28th is 04:00Z on the 29th.
    QCOMPARE(answer({{QStringLiteral("updated_at"), QStringLiteral("2024-03-01T08:00:00Z")}}),
             (QList<qint64>{1, 2, 4}));
    QCOMPARE(answer({{QStringLiteral("updated_at"), QStringLiteral(">2024-02-29T03:59:59Z")}}),
             (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(answer({{QStringLiteral("updated_at"), QStringLiteral(">2024-02-29")}}),
             (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(answer({{QStringLiteral("updated_at"), QStringLiteral("<2024-03-01")}}), (QList<qint64>{3}));
}

void TestLocalQuery::sortLikeTheApi()
{
    // Nulls first, text by code unit (upper case before lower), ties by id.
    QCOMPARE(answer({}, QStringLiteral("name")), (QList<qint64>{3, 2, 4, 1}));
    QCOMPARE(answer({}, QStringLiteral("name"), Qt::DescendingOrder), (QList<qint64>{1, 4, 2, 3}));
    // Equal times keep id order in either direction, as the API's tie-break does.
    QCOMPARE(answer({}, QStringLiteral("updated_at")), (QList<qint64>{3, 1, 2, 4}));
    QCOMPARE(answer({}, QStringLiteral("updated_at"), Qt::DescendingOrder), (QList<qint64>{1, 2, 4, 3}));
    QCOMPARE(answer({}, QStringLiteral("id"), Qt::DescendingOrder), (QList<qint64>{4, 3, 2, 1}));
    QCOMPARE(answer({}), (QList<qint64>{1, 2, 3, 4})); // no sort: the order given
}

void TestLocalQuery::unreadableConditionsAreLeftToTheServer()
{
    QCOMPARE(answer({{QStringLiteral("id"), QStringLiteral("seven")}}), QList<qint64>{-1});
    QCOMPARE(answer({{QStringLiteral("updated_at"), QStringLiteral(">yesterday")}}), QList<qint64>{-1});
    QCOMPARE(answer({{QStringLiteral("name"), QStringLiteral(">b")}}),
             QList<qint64>{-1}); // text is not ordered
    QCOMPARE(answer({{QStringLiteral("id"), QStringLiteral("!>2")}}), QList<qint64>{-1});
}

void TestLocalQuery::extraPredicateNarrows()
{
    const LocalQuery query(ListQuery{}, [](const QJsonObject &object) {
        return object.value(QStringLiteral("id")).toInteger() % 2 == 0;
    });
    QCOMPARE(idsOf(query.apply(kRecords)), (QList<qint64>{2, 4}));
    QVERIFY(query.matches(kRecords.at(1)));
    QVERIFY(!query.matches(kRecords.at(0)));
}

QTEST_GUILESS_MAIN(TestLocalQuery)
#include "tst_localquery.moc"
