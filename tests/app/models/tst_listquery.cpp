// ListQuery: what a record table asks the API for, checked without a server.

#include "app/models/listquery.h"

#include <QTest>

using pc::ColumnSpec;
using pc::ListQuery;

class TestListQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathIsTheCollectionOrItsPredefinedFilter();
    void firstPageAsksForAFullPageOfTheFields();
    void theChosenSortWinsOverTheImplicitOne();
    void descendingSortIsPrefixedWithAMinus();
    void noSortAndNoImplicitSortLeaveTheApiOrder();
    void conditionsKeepTheirOrderAndEncodeOperators();
    void requestedFieldsFollowTheVisibleColumns();
    void requestedFieldsNeverNameIdOrAnEmptyField();
    void everyColumnIsAskedForWhenNoneIsChosen();
    void continuingAfterAnIdAddsOneCondition();
    void equalQueriesCompareEqual();
};

void TestListQuery::pathIsTheCollectionOrItsPredefinedFilter()
{
    ListQuery query;
    QCOMPARE(query.path(QStringLiteral("app_offerings")), QStringLiteral("app_offerings"));
    query.predefinedFilter = QStringLiteral("latest_internal");
    QCOMPARE(query.path(QStringLiteral("app_offerings")), QStringLiteral("app_offerings/latest_internal"));
}

void TestListQuery::firstPageAsksForAFullPageOfTheFields()
{
    const QUrlQuery url = ListQuery().urlQuery({QStringLiteral("name"), QStringLiteral("reference")}, {}, 100);
    QCOMPARE(url.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
    QCOMPARE(url.queryItemValue(QStringLiteral("fields")), QStringLiteral("name,reference"));
    QVERIFY(!url.hasQueryItem(QStringLiteral("sort")));
    // No fields: the API's own choice, and no empty ?fields= that would ask for none.
    QVERIFY(!ListQuery().urlQuery({}, {}, 25).hasQueryItem(QStringLiteral("fields")));
    QCOMPARE(ListQuery().urlQuery({}, {}, 25).queryItemValue(QStringLiteral("per_page")), QStringLiteral("25"));
}

void TestListQuery::theChosenSortWinsOverTheImplicitOne()
{
    ListQuery query;
    QCOMPARE(query.urlQuery({}, QStringLiteral("id"), 100).queryItemValue(QStringLiteral("sort")), QStringLiteral("id"));
    query.sortField = QStringLiteral("created_at");
    QCOMPARE(query.urlQuery({}, QStringLiteral("id"), 100).queryItemValue(QStringLiteral("sort")),
             QStringLiteral("created_at"));
    QCOMPARE(query.urlQuery({}, QStringLiteral("id"), 100).allQueryItemValues(QStringLiteral("sort")).size(), 1);
}

void TestListQuery::descendingSortIsPrefixedWithAMinus()
{
    ListQuery query;
    query.sortField = QStringLiteral("updated_at");
    query.sortOrder = Qt::DescendingOrder;
    QCOMPARE(query.urlQuery({}, {}, 100).queryItemValue(QStringLiteral("sort")), QStringLiteral("-updated_at"));
}

void TestListQuery::noSortAndNoImplicitSortLeaveTheApiOrder()
{
    // Offerings: the API lists them by name (or reference) by itself; asking
    // for an id sort would change what the user sees.
    QVERIFY(!ListQuery().urlQuery({QStringLiteral("name")}, QString(), 100).hasQueryItem(QStringLiteral("sort")));
}

void TestListQuery::conditionsKeepTheirOrderAndEncodeOperators()
{
    ListQuery query;
    query.conditions = {{QStringLiteral("updated_at"), QStringLiteral(">2024-01-01")},
                        {QStringLiteral("name"), QStringLiteral("Slack")},
                        {QStringLiteral("id"), QStringLiteral("!1,2,3")},
                        {QStringLiteral("created_at"), QStringLiteral("<=2025-06-30T12:00:00Z")}};
    const QList<QPair<QString, QString>> items = query.urlQuery({}, {}, 100).queryItems(QUrl::FullyEncoded);
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0).first, QStringLiteral("per_page"));
    QCOMPARE(items.at(1), qMakePair(QStringLiteral("updated_at"), QStringLiteral("%3E2024-01-01")));
    QCOMPARE(items.at(2), qMakePair(QStringLiteral("name"), QStringLiteral("Slack")));
    // Lists and negation stay readable: the API splits on the comma.
    QCOMPARE(items.at(3), qMakePair(QStringLiteral("id"), QStringLiteral("!1,2,3")));
    QCOMPARE(items.at(4), qMakePair(QStringLiteral("created_at"), QStringLiteral("%3C%3D2025-06-30T12%3A00%3A00Z")));
    QCOMPARE(pc::encodedConditionValue(QStringLiteral("a b&c")), QStringLiteral("a%20b%26c"));
}

void TestListQuery::requestedFieldsFollowTheVisibleColumns()
{
    const QList<ColumnSpec> columns = {{QStringLiteral("name"), QStringLiteral("Name"), true},
                                       {QStringLiteral("reference"), QStringLiteral("Reference"), false},
                                       {QStringLiteral("disabled"), QStringLiteral("Disabled"), false},
                                       {QStringLiteral("updated_at"), QStringLiteral("Updated"), true}};
    // Hidden columns are not fetched; the essential ones always are (the
    // state chips and actions read them), in the columns' order.
    QCOMPARE(pc::requestedFields(columns, {QStringLiteral("updated_at"), QStringLiteral("name")},
                                 {QStringLiteral("disabled")}),
             QStringList({QStringLiteral("name"), QStringLiteral("disabled"), QStringLiteral("updated_at")}));
    // A visible field no column shows is not asked for.
    QCOMPARE(pc::requestedFields(columns, {QStringLiteral("custom_fields")}, {}), QStringList());
}

void TestListQuery::requestedFieldsNeverNameIdOrAnEmptyField()
{
    const QList<ColumnSpec> columns = {{QStringLiteral("id"), QStringLiteral("ID"), true},
                                       {QString(), QStringLiteral("Computed"), false},
                                       {QStringLiteral("name"), QStringLiteral("Name"), true},
                                       {QStringLiteral("name"), QStringLiteral("Name again"), false}};
    QCOMPARE(pc::requestedFields(columns, {}, {}), QStringList({QStringLiteral("name")}));
}

void TestListQuery::everyColumnIsAskedForWhenNoneIsChosen()
{
    const QList<ColumnSpec> columns = {{QStringLiteral("name"), {}, false}, {QStringLiteral("reference"), {}, false}};
    QCOMPARE(pc::requestedFields(columns, {}, {}), QStringList({QStringLiteral("name"), QStringLiteral("reference")}));
}

void TestListQuery::continuingAfterAnIdAddsOneCondition()
{
    ListQuery query;
    query.sortField = QStringLiteral("id");
    const QUrlQuery first = query.urlQuery({QStringLiteral("name")}, {}, 100);
    const QUrlQuery next = pc::continuedAfterId(first, 4711);
    QCOMPARE(next.queryItemValue(QStringLiteral("id"), QUrl::FullyEncoded), QStringLiteral("%3E4711"));
    QCOMPARE(next.queryItemValue(QStringLiteral("sort")), QStringLiteral("id"));
    QCOMPARE(next.queryItemValue(QStringLiteral("fields")), QStringLiteral("name"));
    // Nothing with an id received yet: the same list from the start.
    QCOMPARE(pc::continuedAfterId(first, -1).toString(), first.toString());
}

void TestListQuery::equalQueriesCompareEqual()
{
    ListQuery a;
    a.sortField = QStringLiteral("name");
    ListQuery b = a;
    QVERIFY(a == b);
    b.conditions.append({QStringLiteral("disabled"), QStringLiteral("true")});
    QVERIFY(!(a == b));
}

QTEST_APPLESS_MAIN(TestListQuery)
#include "tst_listquery.moc"
