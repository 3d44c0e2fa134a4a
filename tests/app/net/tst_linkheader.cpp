#include "app/net/linkheader.h"

#include <QTest>

using pc::parseLinkHeader;

class TestLinkHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void relativeUrlsResolveAgainstBase();
    void firstOccurrenceWins();
    void manyParametersOnALongUrl();
};

void TestLinkHeader::parses_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("rel");
    QTest::addColumn<QString>("expected"); // empty: the relation is absent

    const QByteArray typical =
        "<https://api.xurrent.com/v1/app_instances?per_page=100>; rel=\"first\", "
        "<https://api.xurrent.com/v1/app_instances?per_page=100&search_before=Mg>; rel=\"prev\", "
        "<https://api.xurrent.com/v1/app_instances?per_page=100&search_after=NDI>; rel=\"next\"";
    QTest::newRow("typical next") << typical << "next"
                                  << "https://api.xurrent.com/v1/app_instances?per_page=100&search_after=NDI";
    QTest::newRow("typical first") << typical << "first" << "https://api.xurrent.com/v1/app_instances?per_page=100";
    QTest::newRow("no last") << typical << "last" << QString();

    const QByteArray commas = "<https://h/v1/x?fields=id,name,created_at&search_after=a>; rel=\"next\", "
                              "<https://h/v1/x?fields=id,name,created_at>; rel=\"first\"";
    QTest::newRow("unencoded commas next") << commas << "next"
                                           << "https://h/v1/x?fields=id,name,created_at&search_after=a";
    QTest::newRow("unencoded commas first") << commas << "first" << "https://h/v1/x?fields=id,name,created_at";

    QTest::newRow("unquoted rel") << QByteArray("<https://h/a?b=1>; rel=next") << "next" << "https://h/a?b=1";
    QTest::newRow("upper case REL and value") << QByteArray("<https://h/a>; REL=\"NEXT\"") << "next"
                                              << "https://h/a";
    QTest::newRow("extra whitespace") << QByteArray("  <https://h/a>  ;   rel = \"next\"  ,   <https://h/b> ; rel=first ")
                                      << "next" << "https://h/a";
    QTest::newRow("whitespace first") << QByteArray("  <https://h/a>  ;   rel = \"next\"  ,   <https://h/b> ; rel=first ")
                                      << "first" << "https://h/b";
    QTest::newRow("any order of params") << QByteArray("<https://h/a>; title=\"x; y, <z>\"; rel=\"next\"") << "next"
                                         << "https://h/a";
    QTest::newRow("several rels in one") << QByteArray("<https://h/a>; rel=\"prev first\"") << "first" << "https://h/a";
    QTest::newRow("several rels prev") << QByteArray("<https://h/a>; rel=\"prev first\"") << "prev" << "https://h/a";
    QTest::newRow("reverse order") << QByteArray("<https://h/n>; rel=\"next\", <https://h/p>; rel=\"prev\"") << "prev"
                                   << "https://h/p";
    QTest::newRow("empty header") << QByteArray() << "next" << QString();
    QTest::newRow("garbage") << QByteArray("this is not a link header") << "next" << QString();
    QTest::newRow("unterminated url") << QByteArray("<https://h/a; rel=\"next\"") << "next" << QString();
    QTest::newRow("no rel") << QByteArray("<https://h/a>; title=next") << "next" << QString();
    QTest::newRow("unbalanced quote does not swallow the rest")
        << QByteArray("<https://h/a>; title=\"oops, <https://h/b>; rel=next") << "next" << "https://h/b";
    QTest::newRow("escaped quote inside a quoted param")
        << QByteArray("<https://h/a>; title=\"say \\\"hi\\\", ok\"; rel=next, <https://h/b>; rel=prev") << "next"
        << "https://h/a";
    QTest::newRow("escaped quote, the link after it")
        << QByteArray("<https://h/a>; title=\"say \\\"hi\\\", ok\"; rel=next, <https://h/b>; rel=prev") << "prev"
        << "https://h/b";
    QTest::newRow("comma inside quoted param") << QByteArray("<https://h/a>; title=\"a, b\"; rel=next, <https://h/b>; rel=prev")
                                               << "prev" << "https://h/b";
}

void TestLinkHeader::parses()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, rel);
    QFETCH(QString, expected);
    const auto links = parseLinkHeader(header);
    if (expected.isEmpty()) {
        QVERIFY2(!links.contains(rel), qPrintable(links.value(rel).toString()));
    } else {
        QVERIFY(links.contains(rel));
        QCOMPARE(links.value(rel).toString(QUrl::FullyEncoded), expected);
    }
}

void TestLinkHeader::relativeUrlsResolveAgainstBase()
{
    const auto links = parseLinkHeader("</v1/x?search_after=q>; rel=\"next\"", QUrl(QStringLiteral("https://h:8443/v1/x")));
    QCOMPARE(links.value(QStringLiteral("next")), QUrl(QStringLiteral("https://h:8443/v1/x?search_after=q")));
}

void TestLinkHeader::firstOccurrenceWins()
{
    const auto links = parseLinkHeader("<https://h/1>; rel=next, <https://h/2>; rel=next");
    QCOMPARE(links.value(QStringLiteral("next")), QUrl(QStringLiteral("https://h/1")));
}

void TestLinkHeader::manyParametersOnALongUrl()
{
    // A hostile header: a 60 KB URL with thousands of parameters. It must
    // parse (the URL once, not once per parameter) and find what is there.
    QByteArray header = "<https://h/v1/x?q=" + QByteArray(60000, 'a') + ">";
    for (int i = 0; i < 6000; ++i)
        header += "; rel=x" + QByteArray::number(i);
    header += ", <https://h/next>; rel=next";
    const auto links = parseLinkHeader(header);
    QCOMPARE(links.value(QStringLiteral("next")), QUrl(QStringLiteral("https://h/next")));
    QCOMPARE(links.size(), 6001);
}

QTEST_APPLESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
