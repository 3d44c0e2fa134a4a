#include "app/connections/environment.h"

#include <QTest>

using pc::ApiEndpoints;
using pc::Brand;
using pc::Environment;
using pc::Region;

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrls_data();
    void baseUrls();
    void customUrls_data();
    void customUrls();
};

void TestEnvironment::baseUrls_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<int>("region");
    QTest::addColumn<int>("brand");
    QTest::addColumn<QString>("expected");
    const struct { Region region; const char *prefix; const char *name; } regions[] = {
        {Region::Global, "", "global"}, {Region::Au, "au.", "au"}, {Region::Uk, "uk.", "uk"},
        {Region::Ch, "ch.", "ch"}, {Region::Us, "us.", "us"}};
    const struct { Environment environment; Brand brand; const char *domain; const char *name; } domains[] = {
        {Environment::Production, Brand::Xurrent, "xurrent.com", "prod-xurrent"},
        {Environment::Production, Brand::FourMe, "4me.com", "prod-4me"},
        {Environment::Qa, Brand::Xurrent, "xurrent.qa", "qa-xurrent"},
        {Environment::Qa, Brand::FourMe, "4me.qa", "qa-4me"}};
    for (const auto &d : domains) {
        for (const auto &r : regions) {
            QTest::addRow("%s-%s", d.name, r.name)
                << int(d.environment) << int(r.region) << int(d.brand)
                << QStringLiteral("https://api.%1%2/v1").arg(QLatin1String(r.prefix), QLatin1String(d.domain));
        }
    }
    // Demo exists only as a global host.
    QTest::newRow("demo-xurrent") << int(Environment::Demo) << int(Region::Global) << int(Brand::Xurrent)
                                  << "https://api.xurrent-demo.com/v1";
    QTest::newRow("demo-4me-uk-ignored") << int(Environment::Demo) << int(Region::Uk) << int(Brand::FourMe)
                                         << "https://api.4me-demo.com/v1";
}

void TestEnvironment::baseUrls()
{
    QFETCH(int, environment);
    QFETCH(int, region);
    QFETCH(int, brand);
    QFETCH(QString, expected);
    QCOMPARE(ApiEndpoints::baseUrl(Environment(environment), Region(region), Brand(brand)).toString(), expected);
}

void TestEnvironment::customUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("https with path") << "https://api.xurrent.com/v1" << "https://api.xurrent.com/v1";
    QTest::newRow("https no path gets v1") << "https://api.uk.xurrent.qa" << "https://api.uk.xurrent.qa/v1";
    QTest::newRow("trailing slash") << "https://api.xurrent.com/v1/" << "https://api.xurrent.com/v1";
    QTest::newRow("root slash gets v1") << "https://api.xurrent.com/" << "https://api.xurrent.com/v1";
    QTest::newRow("blanks trimmed") << "  https://api.xurrent.com/v1  " << "https://api.xurrent.com/v1";
    QTest::newRow("loopback http") << "http://127.0.0.1:8080/v1" << "http://127.0.0.1:8080/v1";
    QTest::newRow("loopback http no path") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080/v1";
    QTest::newRow("localhost http") << "http://localhost:8080" << "http://localhost:8080/v1";
    QTest::newRow("ipv6 loopback http") << "http://[::1]:8080/v1" << "http://[::1]:8080/v1";
    QTest::newRow("other loopback address") << "http://127.0.0.2:9000" << "http://127.0.0.2:9000/v1";
    QTest::newRow("upper-case scheme") << "HTTPS://api.xurrent.com/v1" << "https://api.xurrent.com/v1";
    QTest::newRow("http remote refused") << "http://api.xurrent.com/v1" << QString();
    QTest::newRow("http private refused") << "http://192.168.1.10/v1" << QString();
    QTest::newRow("ftp refused") << "ftp://api.xurrent.com/v1" << QString();
    QTest::newRow("credentials refused") << "https://user:pw@api.xurrent.com/v1" << QString();
    QTest::newRow("query refused") << "https://api.xurrent.com/v1?x=1" << QString();
    QTest::newRow("empty refused") << "" << QString();
    QTest::newRow("not a url") << "api xurrent com" << QString();
}

void TestEnvironment::customUrls()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const auto url = ApiEndpoints::normalizeCustomBaseUrl(input, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!url, qPrintable(url ? url->toString() : QString()));
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->toString(), expected);
    }
}

QTEST_APPLESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
