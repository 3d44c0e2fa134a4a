#include "app/net/pager.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

// The Pager's two pure functions on the next-page URL (the walk over HTTP is
// in tst_apiclient): putting back the parameters a `link` dropped, and the
// key that recognises a link back to a page already loaded.
class TestPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void droppedParametersAreAdded();
    void parametersTheLinkHasAreKept();
    void aCompleteUrlIsUnchanged();
    void encodedValuesSurvive();
    void pageKeyIgnoresOrderEncodingAndHostCase();
    void pageKeyTellsPagesApart_data();
    void pageKeyTellsPagesApart();
};

namespace {

QUrl url(const char *encoded)
{
    return QUrl::fromEncoded(QByteArray(encoded), QUrl::StrictMode);
}

QString decoded(const QUrl &u, const QString &key)
{
    return QUrlQuery(u).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

void TestPager::droppedParametersAreAdded()
{
    const QUrlQuery required(QStringLiteral("fields=id,name&per_page=100&sort=-id"));
    const QUrl result = pc::Pager::withRequiredParameters(
        url("https://api.example.com/v1/app_instances?search_after=NDI"), required);
    QCOMPARE(result.toEncoded(),
             QByteArray("https://api.example.com/v1/app_instances?search_after=NDI&fields=id,name&per_page=100&sort=-id"));
    QCOMPARE(decoded(result, QStringLiteral("search_after")), QStringLiteral("NDI")); // the cursor stays
}

void TestPager::parametersTheLinkHasAreKept()
{
    // By name: the server's value of a parameter it kept is not overridden,
    // and a parameter is never doubled.
    const QUrlQuery required(QStringLiteral("per_page=100&sort=id"));
    const QUrl result = pc::Pager::withRequiredParameters(
        url("https://api.example.com/v1/app_offerings?per_page=25&search_after=x"), required);
    const QUrlQuery query(result);
    QCOMPARE(query.allQueryItemValues(QStringLiteral("per_page")), QStringList{QStringLiteral("25")});
    QCOMPARE(query.allQueryItemValues(QStringLiteral("sort")), QStringList{QStringLiteral("id")});
}

void TestPager::aCompleteUrlIsUnchanged()
{
    // The link's own spelling (order, encoding) is what is sent next.
    const QUrl link = url("https://api.example.com/v1/app_offerings?sort=name&search_after=a%2Bb&fields=id,name");
    const QUrlQuery required(QStringLiteral("fields=id,name&sort=name"));
    QCOMPARE(pc::Pager::withRequiredParameters(link, required).toEncoded(), link.toEncoded());
    QCOMPARE(pc::Pager::withRequiredParameters(link, QUrlQuery()).toEncoded(), link.toEncoded());
}

void TestPager::encodedValuesSurvive()
{
    // A filter value holding '&', '=', '+' and a space, and a date range's
    // operators: added back, each still means what the first request meant.
    QUrlQuery required;
    required.setQueryItems({{QStringLiteral("name"), QStringLiteral("a%26b%3Dc%2Bd%20e")},
                            {QStringLiteral("created_at"), QStringLiteral(">=2024-01-01T00:00:00Z")}});
    const QUrl result =
        pc::Pager::withRequiredParameters(url("https://api.example.com/v1/app_offerings?search_after=x"), required);
    QCOMPARE(decoded(result, QStringLiteral("name")), QStringLiteral("a&b=c+d e"));
    QCOMPARE(decoded(result, QStringLiteral("created_at")), QStringLiteral(">=2024-01-01T00:00:00Z"));
    QCOMPARE(QUrlQuery(result).queryItems().size(), 3);
}

void TestPager::pageKeyIgnoresOrderEncodingAndHostCase()
{
    const QString key = pc::Pager::pageKey(url("https://api.example.com/v1/app_instances?per_page=100&search_after=NDI%3D"));
    QVERIFY(!key.isEmpty());
    QCOMPARE(pc::Pager::pageKey(url("https://API.Example.com/v1/app_instances?search_after=NDI=&per_page=100")), key);
    QCOMPARE(pc::Pager::pageKey(url("https://api.example.com/v1/app_instances?%70er_page=100&search_after=ND%49%3D")),
             key);
}

void TestPager::pageKeyTellsPagesApart_data()
{
    QTest::addColumn<QUrl>("other");
    QTest::newRow("another cursor") << url("https://api.example.com/v1/app_instances?per_page=100&search_after=NDM");
    QTest::newRow("no cursor") << url("https://api.example.com/v1/app_instances?per_page=100");
    QTest::newRow("another page size") << url("https://api.example.com/v1/app_instances?per_page=50&search_after=NDI");
    QTest::newRow("another path") << url("https://api.example.com/v1/app_offerings?per_page=100&search_after=NDI");
    QTest::newRow("another host") << url("https://api2.example.com/v1/app_instances?per_page=100&search_after=NDI");
    QTest::newRow("another port") << url("https://api.example.com:8443/v1/app_instances?per_page=100&search_after=NDI");
    QTest::newRow("a parameter more")
        << url("https://api.example.com/v1/app_instances?per_page=100&search_after=NDI&sort=id");
    QTest::newRow("path case") << url("https://api.example.com/v1/App_Instances?per_page=100&search_after=NDI");
}

void TestPager::pageKeyTellsPagesApart()
{
    QFETCH(QUrl, other);
    const QString key = pc::Pager::pageKey(url("https://api.example.com/v1/app_instances?per_page=100&search_after=NDI"));
    QVERIFY2(pc::Pager::pageKey(other) != key, qPrintable(pc::Pager::pageKey(other)));
}

QTEST_APPLESS_MAIN(TestPager)
#include "tst_pager.moc"
