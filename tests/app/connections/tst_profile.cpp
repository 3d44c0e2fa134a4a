#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "app/connections/transportconfig.h"
#include "app/net/apiclient.h"
#include "app/net/tlserrors.h"
#include "tests/support/testca.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

using pc::Brand;
using pc::Environment;
using pc::MemorySecretStore;
using pc::Profile;
using pc::ProfileIssue;
using pc::ProfileStore;
using pc::ProxyMode;
using pc::Region;
using pc::SecretResult;
using pc::SecretStore;
using pc::TlsErrorText;
using pc::TransportConfig;
using testsupport::kTestCaPem;
using testsupport::kTestCaSha256;

namespace {

const QByteArray kToken("tok-8d1e44b0c9a7-must-never-be-in-settings");

Profile makeProfile(const QString &name, Environment environment, Region region, Brand brand,
                    const QString &account)
{
    Profile p;
    p.name = name;
    p.environment = environment;
    p.region = region;
    p.brand = brand;
    p.account = account;
    return p;
}

QString issuesText(const QList<ProfileIssue> &issues)
{
    QStringList messages;
    for (const ProfileIssue &issue : issues)
        messages.append(issue.message);
    return messages.join(QLatin1Char('\n'));
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void persistAndReload();
    void saveNormalizes();
    void validation_data();
    void validation();
    void duplicateNamesRefused();
    void renameMovesViewsAndLastUsed();
    void editWithNewName();
    void removeDropsViewsAndLastUsed();
    void removeDropsTheSecretsNoOtherProfileUses();
    void namesWithSlashes();
    void unreadableEntryNotOffered();
    void changedSignal();

    void baseUrls_data();
    void baseUrls();
    void customUrlHttpOnlyForLoopback();
    void environmentKind_data();
    void environmentKind();
    void secretKeyAndConnectionSettings();
    void tokenNeverInSettingsFile();

    void proxy();
    void caBundleLoads();
    void caBundleMissing();
    void caBundleGarbage();
    void tlsErrorDescription();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfile::cleanup()
{
    m_dir.reset();
}

QString TestProfile::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

void TestProfile::persistAndReload()
{
    Profile production = makeProfile(QStringLiteral("Production EU"), Environment::Production, Region::Global,
                                     Brand::Xurrent, QStringLiteral("wdc"));
    production.readOnly = true;
    production.proxy = {ProxyMode::Http, QStringLiteral("proxy.corp.example"), 3128, QStringLiteral("jdoe")};
    production.caBundlePath = writeFile(QStringLiteral("corp.pem"), kTestCaPem);
    Profile qa = makeProfile(QStringLiteral("qa au"), Environment::Qa, Region::Au, Brand::FourMe,
                             QStringLiteral("widget"));
    qa.proxy.mode = ProxyMode::None;
    qa.keepLocalCopy = false; // a company that forbids local copies
    Profile socks = makeProfile(QStringLiteral("Demo via SOCKS"), Environment::Demo, Region::Global,
                                Brand::Xurrent, QStringLiteral("demo-1"));
    socks.proxy = {ProxyMode::Socks5, QStringLiteral("10.0.0.9"), 1080, QString()};
    Profile local = makeProfile(QStringLiteral("Local"), Environment::Production, Region::Global,
                                Brand::Xurrent, QStringLiteral("wdc"));
    local.customBaseUrl = QStringLiteral("http://127.0.0.1:8080/v1");

    {
        ProfileStore store(iniPath());
        for (const Profile &p : {production, qa, socks, local}) {
            QString error;
            QVERIFY2(store.save(p, {}, &error), qPrintable(error));
        }
        store.setLastUsed(QStringLiteral("qa au"));
    }

    ProfileStore reloaded(iniPath());
    const QList<Profile> expected{socks, local, production, qa}; // by name, ignoring case
    QCOMPARE(reloaded.names(), (QStringList{QStringLiteral("Demo via SOCKS"), QStringLiteral("Local"),
                                            QStringLiteral("Production EU"), QStringLiteral("qa au")}));
    QVERIFY(reloaded.profiles() == expected);
    QVERIFY(reloaded.profile(QStringLiteral("Production EU")) == production);
    QVERIFY(!reloaded.profile(QStringLiteral("nope")));
    QCOMPARE(reloaded.lastUsed(), QStringLiteral("qa au"));
    QVERIFY(reloaded.contains(QStringLiteral("QA AU")));

    // The file is readable words, not enum numbers.
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("profiles/qa au/environment")).toString(), QStringLiteral("qa"));
    QCOMPARE(raw.value(QStringLiteral("profiles/qa au/region")).toString(), QStringLiteral("au"));
    QCOMPARE(raw.value(QStringLiteral("profiles/qa au/brand")).toString(), QStringLiteral("4me"));
    QCOMPARE(raw.value(QStringLiteral("profiles/Production EU/proxy/mode")).toString(),
             QStringLiteral("http"));
}

void TestProfile::saveNormalizes()
{
    Profile untidy = makeProfile(QStringLiteral("  Spaced  "), Environment::Production, Region::Global,
                                 Brand::Xurrent, QStringLiteral(" wdc "));
    untidy.customBaseUrl = QStringLiteral(" https://api.uk.xurrent.com/ ");
    ProfileStore store(iniPath());
    QString error;
    QVERIFY2(store.save(untidy, {}, &error), qPrintable(error));
    const auto saved = store.profile(QStringLiteral("Spaced"));
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Spaced"));
    QCOMPARE(saved->account, QStringLiteral("wdc"));
    QCOMPARE(saved->customBaseUrl, QStringLiteral("https://api.uk.xurrent.com/v1"));
    QVERIFY(*saved == untidy.normalized());
}

void TestProfile::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("customUrl");
    QTest::addColumn<int>("proxyMode");
    QTest::addColumn<QString>("proxyHost");
    QTest::addColumn<int>("proxyPort");
    QTest::addColumn<QString>("caBundle");
    QTest::addColumn<int>("field"); // -1: valid
    QTest::addColumn<QString>("wording");

    const int system = int(ProxyMode::System);
    const int http = int(ProxyMode::Http);
    QTest::newRow("valid") << "P"
                           << "wdc"
                           << "" << system << "" << 0 << "" << -1 << "";
    QTest::newRow("valid custom https")
        << "P"
        << "wdc"
        << "https://api.example.com/v1" << system << "" << 0 << "" << -1 << "";
    QTest::newRow("valid manual proxy") << "P"
                                        << "wdc"
                                        << "" << http << "proxy" << 8080 << "" << -1 << "";
    QTest::newRow("empty name") << ""
                                << "wdc"
                                << "" << system << "" << 0 << "" << int(ProfileIssue::Field::Name)
                                << "Enter a name";
    QTest::newRow("blank name") << "   "
                                << "wdc"
                                << "" << system << "" << 0 << "" << int(ProfileIssue::Field::Name)
                                << "Enter a name";
    QTest::newRow("empty account") << "P"
                                   << " "
                                   << "" << system << "" << 0 << "" << int(ProfileIssue::Field::Account)
                                   << "Enter the account id";
    QTest::newRow("account with space")
        << "P"
        << "w dc"
        << "" << system << "" << 0 << "" << int(ProfileIssue::Field::Account) << "must not contain spaces";
    QTest::newRow("http remote") << "P"
                                 << "wdc"
                                 << "http://api.example.com/v1" << system << "" << 0 << ""
                                 << int(ProfileIssue::Field::BaseUrl) << "Plain http:// is only allowed";
    QTest::newRow("not a url") << "P"
                               << "wdc"
                               << "api example com" << system << "" << 0 << ""
                               << int(ProfileIssue::Field::BaseUrl) << "is not a valid URL";
    QTest::newRow("credentials in url") << "P"
                                        << "wdc"
                                        << "https://u:p@api.example.com" << system << "" << 0 << ""
                                        << int(ProfileIssue::Field::BaseUrl) << "user name or password";
    QTest::newRow("proxy without host")
        << "P"
        << "wdc"
        << "" << http << "" << 8080 << "" << int(ProfileIssue::Field::Proxy) << "proxy's host";
    QTest::newRow("proxy without port")
        << "P"
        << "wdc"
        << "" << http << "proxy" << 0 << "" << int(ProfileIssue::Field::Proxy) << "proxy's port";
    QTest::newRow("missing ca bundle") << "P"
                                       << "wdc"
                                       << "" << system << "" << 0 << "/nonexistent/ca.pem"
                                       << int(ProfileIssue::Field::CaBundle) << "does not exist";
}

void TestProfile::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, account);
    QFETCH(QString, customUrl);
    QFETCH(int, proxyMode);
    QFETCH(QString, proxyHost);
    QFETCH(int, proxyPort);
    QFETCH(QString, caBundle);
    QFETCH(int, field);
    QFETCH(QString, wording);

    Profile p;
    p.name = name;
    p.account = account;
    p.customBaseUrl = customUrl;
    p.proxy.mode = ProxyMode(proxyMode);
    p.proxy.host = proxyHost;
    p.proxy.port = quint16(proxyPort);
    p.caBundlePath = caBundle;

    ProfileStore store(iniPath());
    const QList<ProfileIssue> issues = store.validate(p);
    QString error;
    const bool saved = store.save(p, {}, &error);
    if (field < 0) {
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));
        QVERIFY2(saved, qPrintable(error));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(int(issues.first().field), field);
    QVERIFY2(issues.first().message.contains(wording), qPrintable(issues.first().message));
    QVERIFY(!saved);
    QCOMPARE(error, issues.first().message);
    QVERIFY(store.profiles().isEmpty());
}

void TestProfile::duplicateNamesRefused()
{
    ProfileStore store(iniPath());
    const Profile a = makeProfile(QStringLiteral("Prod"), Environment::Production, Region::Global,
                                  Brand::Xurrent, QStringLiteral("wdc"));
    QVERIFY(store.save(a));
    Profile b = a;
    b.name = QStringLiteral("prod "); // differs only in case and blanks
    b.account = QStringLiteral("other");
    const QList<ProfileIssue> issues = store.validate(b);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, ProfileIssue::Field::Name);
    QVERIFY2(issues.first().message.contains(QLatin1String("already exists")),
             qPrintable(issues.first().message));
    QVERIFY(!store.save(b));
    QCOMPARE(store.profile(QStringLiteral("Prod"))->account, QStringLiteral("wdc"));
    // Editing a profile under its own name is not a duplicate.
    Profile edited = a;
    edited.readOnly = true;
    QVERIFY(store.validate(edited, QStringLiteral("Prod")).isEmpty());
    QVERIFY(store.save(edited, QStringLiteral("Prod")));
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.profile(QStringLiteral("Prod"))->readOnly);
}

void TestProfile::renameMovesViewsAndLastUsed()
{
    ProfileStore store(iniPath());
    const Profile a = makeProfile(QStringLiteral("Old"), Environment::Qa, Region::Uk, Brand::Xurrent,
                                  QStringLiteral("wdc"));
    QVERIFY(store.save(a));
    QVERIFY(store.save(makeProfile(QStringLiteral("Other"), Environment::Qa, Region::Uk, Brand::Xurrent,
                                   QStringLiteral("x"))));
    store.setLastUsed(QStringLiteral("Old"));
    {
        QSettings views(iniPath(), QSettings::IniFormat);
        views.beginGroup(a.settingsGroup());
        views.setValue(QStringLiteral("offerings/sortField"), QStringLiteral("name"));
        views.endGroup();
    }

    QString error;
    QVERIFY(!store.rename(QStringLiteral("Old"), QStringLiteral("other"), &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QVERIFY(!store.rename(QStringLiteral("Missing"), QStringLiteral("New"), &error));
    QVERIFY2(error.contains(QLatin1String("no profile named")), qPrintable(error));

    QVERIFY2(store.rename(QStringLiteral("Old"), QStringLiteral("New"), &error), qPrintable(error));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("New"), QStringLiteral("Other")}));
    QCOMPARE(store.lastUsed(), QStringLiteral("New"));
    Profile renamed = a;
    renamed.name = QStringLiteral("New");
    QVERIFY(store.profile(QStringLiteral("New")) == renamed);

    QSettings views(iniPath(), QSettings::IniFormat);
    QVERIFY(views.childGroups().contains(QLatin1String("profile-views")));
    views.beginGroup(QStringLiteral("profile-views"));
    QCOMPARE(views.childGroups(), QStringList{QStringLiteral("New")});
    QCOMPARE(views.value(QStringLiteral("New/offerings/sortField")).toString(), QStringLiteral("name"));

    // A change of case only is a rename too.
    QVERIFY2(store.rename(QStringLiteral("New"), QStringLiteral("NEW"), &error), qPrintable(error));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("NEW"), QStringLiteral("Other")}));
}

void TestProfile::editWithNewName()
{
    ProfileStore store(iniPath());
    QVERIFY(store.save(makeProfile(QStringLiteral("A"), Environment::Qa, Region::Uk, Brand::Xurrent,
                                   QStringLiteral("wdc"))));
    Profile edited = makeProfile(QStringLiteral("B"), Environment::Production, Region::Ch, Brand::FourMe,
                                 QStringLiteral("wdc"));
    QVERIFY(store.save(edited, QStringLiteral("A")));
    QCOMPARE(store.names(), QStringList{QStringLiteral("B")});
    QVERIFY(store.profile(QStringLiteral("B")) == edited);
}

void TestProfile::removeDropsViewsAndLastUsed()
{
    ProfileStore store(iniPath());
    const Profile a = makeProfile(QStringLiteral("Gone"), Environment::Qa, Region::Uk, Brand::Xurrent,
                                  QStringLiteral("wdc"));
    QVERIFY(store.save(a));
    store.setLastUsed(a.name);
    {
        QSettings views(iniPath(), QSettings::IniFormat);
        views.setValue(a.settingsGroup() + QStringLiteral("/x"), 1);
    }
    QVERIFY(store.remove(QStringLiteral("Gone")));
    QVERIFY(!store.remove(QStringLiteral("Gone")));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.lastUsed().isEmpty());
    QSettings raw(iniPath(), QSettings::IniFormat);
    QVERIFY(!raw.contains(a.settingsGroup() + QStringLiteral("/x")));
    QVERIFY(!raw.contains(QStringLiteral("profiles-last-used")));
}

// Removed with the secret store at hand: the token and the proxy password go,
// unless another profile still uses them (same host and account, same proxy
// and user).
void TestProfile::removeDropsTheSecretsNoOtherProfileUses()
{
    ProfileStore store(iniPath());
    Profile first = makeProfile(QStringLiteral("First"), Environment::Production, Region::Global,
                                Brand::Xurrent, QStringLiteral("wdc"));
    first.proxy = {ProxyMode::Http, QStringLiteral("proxy.corp.example"), 8080, QStringLiteral("jdoe")};
    Profile twin = first; // the same account through the same proxy user
    twin.name = QStringLiteral("Twin");
    Profile other = makeProfile(QStringLiteral("Other"), Environment::Qa, Region::Global, Brand::Xurrent,
                                QStringLiteral("acme"));
    other.proxy = {ProxyMode::Socks5, QStringLiteral("socks.corp.example"), 1080, QStringLiteral("asmith")};
    MemorySecretStore secrets;
    for (const Profile &p : {first, twin, other}) {
        QVERIFY(store.save(p));
        for (const QString &key : {p.secretKey(), p.proxy.secretKey()}) {
            QSignalSpy written(secrets.write(key, key.toUtf8() + "-secret"), &pc::SecretJob::finished);
            QVERIFY(written.wait(5000));
        }
    }
    QCOMPARE(secrets.count(), 4);
    QCOMPARE(store.profilesUsingSecret(first.proxy.secretKey()),
             (QStringList{QStringLiteral("First"), QStringLiteral("Twin")}));

    QVERIFY(store.remove(QStringLiteral("First"), &secrets));
    // Jobs run in order: a removal started by remove() would be done before this read.
    QSignalSpy readBack(secrets.read(first.proxy.secretKey()), &pc::SecretJob::finished);
    QVERIFY(readBack.wait(5000));
    QVERIFY(readBack.first().first().value<SecretResult>().ok());
    QCOMPARE(secrets.count(), 4); // Twin uses both
    QVERIFY(store.remove(QStringLiteral("Other"), &secrets));
    QTRY_COMPARE(secrets.count(), 2);
    QVERIFY(!secrets.contains(other.secretKey()) && !secrets.contains(other.proxy.secretKey()));
    QVERIFY(store.remove(QStringLiteral("Twin"))); // without the store: they stay
    QCOMPARE(secrets.count(), 2);
}

void TestProfile::namesWithSlashes()
{
    ProfileStore store(iniPath());
    const Profile a = makeProfile(QStringLiteral("EU/prod 100%\\x"), Environment::Production, Region::Global,
                                  Brand::Xurrent, QStringLiteral("wdc"));
    QVERIFY(store.save(a));
    QCOMPARE(a.settingsGroup(), QStringLiteral("profile-views/EU%2Fprod 100%25%5Cx"));
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.names(), QStringList{a.name});
    QVERIFY(reloaded.profile(a.name) == a);
    QVERIFY(reloaded.remove(a.name));
    QVERIFY(reloaded.profiles().isEmpty());
}

void TestProfile::unreadableEntryNotOffered()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("profiles/Weird/name"), QStringLiteral("Weird"));
        raw.setValue(QStringLiteral("profiles/Weird/environment"), QStringLiteral("staging"));
        raw.setValue(QStringLiteral("profiles/Weird/account"), QStringLiteral("wdc"));
        raw.setValue(QStringLiteral("profiles/Fine/name"), QStringLiteral("Fine"));
        raw.setValue(QStringLiteral("profiles/Fine/account"), QStringLiteral("wdc"));
    }
    ProfileStore store(iniPath());
    // An unknown environment never silently turns into production.
    QCOMPARE(store.names(), QStringList{QStringLiteral("Fine")});
    QCOMPARE(store.profile(QStringLiteral("Fine"))->environment, Environment::Production);
}

void TestProfile::changedSignal()
{
    ProfileStore store(iniPath());
    QSignalSpy spy(&store, &ProfileStore::changed);
    QVERIFY(store.save(makeProfile(QStringLiteral("A"), Environment::Qa, Region::Uk, Brand::Xurrent,
                                   QStringLiteral("wdc"))));
    QVERIFY(store.rename(QStringLiteral("A"), QStringLiteral("B")));
    QVERIFY(store.remove(QStringLiteral("B")));
    QVERIFY(!store.save(Profile()));
    QCOMPARE(spy.count(), 3);
}

void TestProfile::baseUrls_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<int>("region");
    QTest::addColumn<int>("brand");
    QTest::addColumn<QString>("expected");
    const struct
    {
        Region region;
        const char *prefix;
        const char *name;
    } regions[] = {{Region::Global, "", "global"},
                   {Region::Au, "au.", "au"},
                   {Region::Uk, "uk.", "uk"},
                   {Region::Ch, "ch.", "ch"},
                   {Region::Us, "us.", "us"}};
    const struct
    {
        Environment environment;
        Brand brand;
        const char *domain;
        const char *name;
    } domains[] = {{Environment::Production, Brand::Xurrent, "xurrent.com", "prod-xurrent"},
                   {Environment::Production, Brand::FourMe, "4me.com", "prod-4me"},
                   {Environment::Qa, Brand::Xurrent, "xurrent.qa", "qa-xurrent"},
                   {Environment::Qa, Brand::FourMe, "4me.qa", "qa-4me"},
                   {Environment::Demo, Brand::Xurrent, "xurrent-demo.com", "demo-xurrent"},
                   {Environment::Demo, Brand::FourMe, "4me-demo.com", "demo-4me"}};
    for (const auto &d : domains) {
        for (const auto &r : regions) {
            // Demo exists only as a global host: the region is ignored.
            const QLatin1String prefix(d.environment == Environment::Demo ? "" : r.prefix);
            QTest::addRow("%s-%s", d.name, r.name)
                << int(d.environment) << int(r.region) << int(d.brand)
                << QStringLiteral("https://api.%1%2/v1").arg(prefix, QLatin1String(d.domain));
        }
    }
}

void TestProfile::baseUrls()
{
    QFETCH(int, environment);
    QFETCH(int, region);
    QFETCH(int, brand);
    QFETCH(QString, expected);
    const Profile p = makeProfile(QStringLiteral("P"), Environment(environment), Region(region), Brand(brand),
                                  QStringLiteral("wdc"));
    QCOMPARE(p.baseUrl().toString(), expected);
    QVERIFY(p.validate().isEmpty());
    // The same through the settings file.
    ProfileStore store(iniPath());
    QVERIFY(store.save(p));
    QCOMPARE(ProfileStore(iniPath()).profile(QStringLiteral("P"))->baseUrl().toString(), expected);
}

void TestProfile::customUrlHttpOnlyForLoopback()
{
    Profile p = makeProfile(QStringLiteral("P"), Environment::Production, Region::Global, Brand::Xurrent,
                            QStringLiteral("wdc"));
    p.customBaseUrl = QStringLiteral("http://api.xurrent.com/v1");
    QVERIFY(p.baseUrl().isEmpty());
    QVERIFY(!p.validate().isEmpty());
    ProfileStore store(iniPath());
    QString error;
    QVERIFY(!store.save(p, {}, &error));
    QVERIFY2(error.contains(QLatin1String("https://")), qPrintable(error));

    for (const char *loopback : {"http://127.0.0.1:4000", "http://localhost:4000/v1", "http://[::1]:4000"}) {
        p.customBaseUrl = QLatin1String(loopback);
        QVERIFY2(p.validate().isEmpty(), loopback);
        QCOMPARE(p.baseUrl().scheme(), QStringLiteral("http"));
        QCOMPARE(p.baseUrl().path(), QStringLiteral("/v1"));
        QCOMPARE(p.environmentKind(), Profile::EnvironmentKind::Sandbox);
    }
    p.customBaseUrl = QStringLiteral("https://api.example.com");
    QCOMPARE(p.baseUrl().toString(), QStringLiteral("https://api.example.com/v1"));
}

void TestProfile::environmentKind_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<QString>("customUrl");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("badge");
    using Kind = Profile::EnvironmentKind;
    QTest::newRow("production") << int(Environment::Production) << "" << int(Kind::Production)
                                << "Production";
    QTest::newRow("qa") << int(Environment::Qa) << "" << int(Kind::Qa) << "QA";
    QTest::newRow("demo") << int(Environment::Demo) << "" << int(Kind::Demo) << "Demo";
    QTest::newRow("loopback") << int(Environment::Production) << "http://127.0.0.1:5000/v1"
                              << int(Kind::Sandbox) << "Sandbox";
    QTest::newRow("custom") << int(Environment::Production) << "https://api.example.com/v1"
                            << int(Kind::Custom) << "Custom";
    // A custom URL on a known host is that environment: production never
    // hides behind "custom".
    QTest::newRow("custom on production")
        << int(Environment::Qa) << "https://api.uk.xurrent.com/v1" << int(Kind::Production) << "Production";
    QTest::newRow("custom on 4me production")
        << int(Environment::Qa) << "https://API.4me.com" << int(Kind::Production) << "Production";
    QTest::newRow("fully qualified production (trailing dot)")
        << int(Environment::Qa) << "https://api.xurrent.com./v1" << int(Kind::Production) << "Production";
    QTest::newRow("custom on qa") << int(Environment::Production) << "https://api.au.4me.qa/v1"
                                  << int(Kind::Qa) << "QA";
    QTest::newRow("custom on demo") << int(Environment::Production) << "https://api.xurrent-demo.com/v1"
                                    << int(Kind::Demo) << "Demo";
    QTest::newRow("lookalike host") << int(Environment::Production) << "https://api.notxurrent.com/v1"
                                    << int(Kind::Custom) << "Custom";
    QTest::newRow("invalid custom") << int(Environment::Production) << "http://api.xurrent.com"
                                    << int(Kind::Custom) << "Custom";
}

void TestProfile::environmentKind()
{
    QFETCH(int, environment);
    QFETCH(QString, customUrl);
    QFETCH(int, kind);
    QFETCH(QString, badge);
    Profile p = makeProfile(QStringLiteral("P"), Environment(environment), Region::Global, Brand::Xurrent,
                            QStringLiteral("wdc"));
    p.customBaseUrl = customUrl;
    QCOMPARE(int(p.environmentKind()), kind);
    QCOMPARE(Profile::environmentKindName(p.environmentKind()), badge);
}

void TestProfile::secretKeyAndConnectionSettings()
{
    Profile p =
        makeProfile(QStringLiteral("P"), Environment::Qa, Region::Ch, Brand::FourMe, QStringLiteral("wdc"));
    QCOMPARE(p.secretKey(), QStringLiteral("wdc@api.ch.4me.qa"));
    QCOMPARE(p.settingsGroup(), QStringLiteral("profile-views/P"));
    // The key does not depend on the profile's name: renaming keeps the token.
    Profile renamed = p;
    renamed.name = QStringLiteral("Other");
    QCOMPARE(renamed.secretKey(), p.secretKey());
    QVERIFY(renamed.settingsGroup() != p.settingsGroup());

    const pc::ConnectionSettings settings = p.connectionSettings(kToken);
    QCOMPARE(settings.baseUrl.toString(), QStringLiteral("https://api.ch.4me.qa/v1"));
    QCOMPARE(settings.account, QStringLiteral("wdc"));
    QCOMPARE(settings.token, kToken);
    QVERIFY(!settings.readOnly);
    Profile readOnly = p;
    readOnly.readOnly = true;
    QVERIFY(readOnly.connectionSettings(kToken).readOnly); // the client refuses writes itself

    const Profile sandbox =
        Profile::forSandbox(QUrl(QStringLiteral("http://127.0.0.1:43123/v1")), QStringLiteral("wdc"));
    QVERIFY(sandbox.validate().isEmpty());
    QCOMPARE(sandbox.environmentKind(), Profile::EnvironmentKind::Sandbox);
    QCOMPARE(sandbox.baseUrl().toString(), QStringLiteral("http://127.0.0.1:43123/v1"));
    QCOMPARE(sandbox.proxy.mode, ProxyMode::None);

    ProfileStore store(iniPath());
    QVERIFY(store.save(p));
    QVERIFY(store.save(renamed));
    QCOMPARE(store.profilesUsingSecret(p.secretKey()),
             (QStringList{QStringLiteral("Other"), QStringLiteral("P")}));
    QVERIFY(store.profilesUsingSecret(QStringLiteral("x@y")).isEmpty());
}

void TestProfile::tokenNeverInSettingsFile()
{
    Profile p = makeProfile(QStringLiteral("Prod"), Environment::Production, Region::Us, Brand::Xurrent,
                            QStringLiteral("wdc"));
    p.proxy = {ProxyMode::Http, QStringLiteral("proxy.corp.example"), 8080, QStringLiteral("jdoe")};

    // The token (and the proxy password) go to the secret store...
    MemorySecretStore secrets;
    for (const auto &[key, secret] : {std::pair{p.secretKey(), kToken},
                                      std::pair{p.proxy.secretKey(), QByteArrayLiteral("proxy-pw-51c3")}}) {
        pc::SecretJob *job = secrets.write(key, secret);
        QSignalSpy spy(job, &pc::SecretJob::finished);
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.at(0).at(0).value<SecretResult>().ok());
    }
    QCOMPARE(secrets.count(), 2);
    QCOMPARE(p.proxy.secretKey(), QStringLiteral("proxy:jdoe@proxy.corp.example:8080"));

    // ...and a hand-added token key in the file does not survive a save.
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("profiles/Prod/token"), QString::fromLatin1(kToken));
    }
    ProfileStore store(iniPath());
    QVERIFY(store.save(p));
    QVERIFY(store.save(makeProfile(QStringLiteral("Second"), Environment::Qa, Region::Global, Brand::Xurrent,
                                   QStringLiteral("wdc"))));
    QVERIFY(store.rename(QStringLiteral("Second"), QStringLiteral("Third")));
    store.setLastUsed(QStringLiteral("Prod"));

    QFile file(store.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("[profiles]") || bytes.contains("profiles"));
    QVERIFY(bytes.contains("api") || bytes.contains("production"));
    QVERIFY2(!bytes.contains(kToken), bytes.constData());
    QVERIFY(!bytes.contains("proxy-pw-51c3"));
    QVERIFY(!bytes.toLower().contains("token"));
    QVERIFY(!bytes.toLower().contains("password"));
}

void TestProfile::proxy()
{
    using pc::ProxySettings;
    QCOMPARE(TransportConfig::proxyFor(ProxySettings{}).type(), QNetworkProxy::DefaultProxy);
    QCOMPARE(TransportConfig::proxyFor({ProxyMode::None, {}, 0, {}}).type(), QNetworkProxy::NoProxy);
    const QNetworkProxy http = TransportConfig::proxyFor(
        {ProxyMode::Http, QStringLiteral(" proxy.corp "), 3128, QStringLiteral("jdoe")},
        QStringLiteral("pw"));
    QCOMPARE(http.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(http.hostName(), QStringLiteral("proxy.corp"));
    QCOMPARE(http.port(), quint16(3128));
    QCOMPARE(http.user(), QStringLiteral("jdoe"));
    QCOMPARE(http.password(), QStringLiteral("pw"));
    const QNetworkProxy socks =
        TransportConfig::proxyFor({ProxyMode::Socks5, QStringLiteral("10.0.0.1"), 1080, QString()});
    QCOMPARE(socks.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(socks.port(), quint16(1080));

    QNetworkAccessManager network;
    TransportConfig::applyProxy(&network, {ProxyMode::Socks5, QStringLiteral("10.0.0.1"), 1080, QString()});
    QCOMPARE(network.proxy().type(), QNetworkProxy::Socks5Proxy);
    TransportConfig::applyProxy(&network, {ProxyMode::None, {}, 0, {}});
    QCOMPARE(network.proxy().type(), QNetworkProxy::NoProxy);
    TransportConfig::applyProxy(&network, ProxySettings{});
    QCOMPARE(network.proxy().type(), QNetworkProxy::DefaultProxy);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());

    // Only a manual proxy with a user has a password key.
    QVERIFY(ProxySettings{}.secretKey().isEmpty());
    QVERIFY((ProxySettings{ProxyMode::Http, QStringLiteral("p"), 1, QString()}.secretKey().isEmpty()));
    QVERIFY((!ProxySettings{ProxyMode::Socks5, QStringLiteral("p"), 1, QStringLiteral("u")}
                  .secretKey()
                  .isEmpty()));
}

void TestProfile::caBundleLoads()
{
    const QString path = writeFile(QStringLiteral("bundle.pem"), QByteArray("# corporate CA\n") + kTestCaPem);
    QString error;
    const auto certificates = TransportConfig::loadCaBundle(path, &error);
    QVERIFY2(certificates, qPrintable(error));
    QCOMPARE(certificates->size(), 1);
    QCOMPARE(certificates->first().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Test CA")});

    const auto configuration = TransportConfig::sslConfiguration(path, &error);
    QVERIFY2(configuration, qPrintable(error));
    const QList<QSslCertificate> defaults = QSslConfiguration::defaultConfiguration().caCertificates();
    // Added to the system's CAs, not instead of them.
    QVERIFY(configuration->caCertificates().contains(certificates->first()));
    QCOMPARE(configuration->caCertificates().size(), defaults.size() + 1);
    for (const QSslCertificate &certificate : defaults)
        QVERIFY(configuration->caCertificates().contains(certificate));

    // No bundle: the default configuration as it is.
    const auto plain = TransportConfig::sslConfiguration(QString(), &error);
    QVERIFY(plain);
    QCOMPARE(plain->caCertificates().size(), defaults.size());

    // Through a profile, with two certificates in one file.
    Profile p = makeProfile(QStringLiteral("P"), Environment::Production, Region::Global, Brand::Xurrent,
                            QStringLiteral("wdc"));
    p.caBundlePath = writeFile(QStringLiteral("two.pem"), QByteArray(kTestCaPem) + kTestCaPem);
    QVERIFY(p.validate().isEmpty());
    const auto two = TransportConfig::loadCaBundle(p.caBundlePath, &error);
    QVERIFY2(two, qPrintable(error));
    QCOMPARE(two->size(), 2);
}

void TestProfile::caBundleMissing()
{
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("missing.pem"));
    QVERIFY(!TransportConfig::loadCaBundle(path, &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")) && error.contains(path), qPrintable(error));
    error.clear();
    QVERIFY(!TransportConfig::sslConfiguration(path, &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    error.clear();
    QVERIFY(!TransportConfig::loadCaBundle(m_dir->path(), &error));
    QVERIFY2(error.contains(QLatin1String("not a file")), qPrintable(error));
}

void TestProfile::caBundleGarbage()
{
    QString error;
    for (const QByteArray &bytes :
         {QByteArray("this is not a certificate\n"), QByteArray(),
          QByteArray("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n")}) {
        const QString path = writeFile(QStringLiteral("garbage.pem"), bytes);
        error.clear();
        QVERIFY(!TransportConfig::loadCaBundle(path, &error));
        QVERIFY2(error.contains(QLatin1String("contains no certificates")), qPrintable(error));
        QVERIFY(!TransportConfig::sslConfiguration(path, &error));
    }
}

void TestProfile::tlsErrorDescription()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(kTestCaPem, QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    const QSslCertificate certificate = certificates.first();
    QCOMPARE(TlsErrorText::sha256Fingerprint(certificate), QString::fromLatin1(kTestCaSha256));

    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, certificate),
                                  QSslError(QSslError::HostNameMismatch, certificate),
                                  QSslError(QSslError::SelfSignedCertificate, certificate)};
    for (const QSslCertificate &peer : {certificate, QSslCertificate()}) {
        const QString text = TlsErrorText::describeTlsErrors(errors, peer);
        QVERIFY2(text.contains(QLatin1String("refused")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Subject: CN=Test CA")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Issuer: CN=Test CA")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("SHA-256 fingerprint: ") + QLatin1String(kTestCaSha256)),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("until 2126-11-01")), qPrintable(text));
        const QString selfSigned = errors.first().errorString();
        QVERIFY(!selfSigned.isEmpty());
        QVERIFY2(text.contains(selfSigned), qPrintable(text));
        QVERIFY2(text.contains(errors.at(1).errorString()), qPrintable(text));
        QCOMPARE(text.count(selfSigned), 1); // each problem once
    }
    const QString none = TlsErrorText::describeTlsErrors({QSslError(QSslError::UnspecifiedError)});
    QVERIFY2(none.contains(QLatin1String("sent no certificate")), qPrintable(none));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
