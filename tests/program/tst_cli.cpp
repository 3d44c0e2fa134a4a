#include "app/connections/profilestore.h"
// The revision the program was built from, as the build generated it.
#include "app/program/buildrevision.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/console.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtGlobal>
#include <ctime>

// The real program, started as a user would: connecting with --api-url and
// the token from the environment, and refusing what it must refuse.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsWithApiUrlAndEnvironmentToken();
    void urlWithoutPathGetsV1();
    void reportsTheFirstPaint();
    void missingTokenIsExplained();
    void missingAccountIsExplained();
    void tokenArgumentIsRefused();
    void versionNamesQtAndTheRevision();
    void aSavedProfileOpensWithTheEnvironmentToken();
    void anUnknownProfileIsExplained();
    void noFileTheProgramWroteHoldsTheToken();
    void theLanguageChosenIsSpokenFromTheStart();

private:
    using Run = testsupport::ConsoleRun;
    Run runConsole(const QStringList &arguments, const QString &token) const
    {
        return m_console.run(arguments, token);
    }
    QString home(const QString &variable = QStringLiteral("HOME")) const { return m_console.home(variable); }
    QTemporaryDir m_dir;
    testsupport::Console m_console{QStringLiteral(PROVIDER_CONSOLE_PATH), m_dir.filePath(QStringLiteral("home"))};
};

void TestCli::connectsWithApiUrlAndEnvironmentToken()
{
    sandbox::SandboxServer server;
    QVERIFY(server.listen());
    const QString shot = m_dir.filePath(QStringLiteral("connected.png"));
    const Run run = runConsole({QStringLiteral("--api-url"), server.baseUrl().toString(), QStringLiteral("--account"),
                                QStringLiteral("wdc"), QStringLiteral("--screenshot"), shot},
                               QStringLiteral("sandbox-token"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QVERIFY(!QImage(shot).isNull());
    const auto requests = server.requests();
    QVERIFY(requests.size() >= 2); // the first page of both areas
    for (const auto &request : requests)
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sandbox-token"));
    QVERIFY(!run.output().contains(QStringLiteral("sandbox-token"))); // never logged
}

void TestCli::urlWithoutPathGetsV1()
{
    sandbox::SandboxServer server;
    QVERIFY(server.listen());
    const Run run = runConsole({QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:%1").arg(server.port()),
                                QStringLiteral("--account"), QStringLiteral("wdc"), QStringLiteral("--screenshot"),
                                m_dir.filePath(QStringLiteral("nopath.png"))},
                               QStringLiteral("sandbox-token"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QVERIFY(!server.requests().isEmpty());
    QVERIFY(server.requests().first().path.startsWith(QStringLiteral("/v1/")));
}

// --report-first-paint (the start-up benchmark's hook): one JSON line with
// the monotonic time of the first paint of offerings, after their page came.
void TestCli::reportsTheFirstPaint()
{
    sandbox::SandboxServer server;
    QVERIFY(server.listen());
    timespec before{};
    clock_gettime(CLOCK_MONOTONIC, &before);
    const Run run = runConsole({QStringLiteral("--api-url"), server.baseUrl().toString(), QStringLiteral("--account"),
                                QStringLiteral("wdc"), QStringLiteral("--report-first-paint")},
                               QStringLiteral("sandbox-token"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    const qint64 startedNs = qint64(before.tv_sec) * 1'000'000'000LL + before.tv_nsec;
    qint64 paintedNs = -1;
    for (const QString &line : run.output().split(QLatin1Char('\n'))) {
        const QJsonObject object = QJsonDocument::fromJson(line.trimmed().toUtf8()).object();
        if (object.contains(QStringLiteral("painted_monotonic_ns")))
            paintedNs = qint64(object.value(QStringLiteral("painted_monotonic_ns")).toDouble());
    }
    QVERIFY2(paintedNs > startedNs, qPrintable(run.output()));
    bool askedForOfferings = false;
    for (const auto &request : server.requests())
        askedForOfferings |= request.path == QLatin1String("/v1/app_offerings");
    QVERIFY(askedForOfferings); // painted with the page in, not an empty table
}

void TestCli::missingTokenIsExplained()
{
    const Run run = runConsole({QStringLiteral("--api-url"), QStringLiteral("https://api.xurrent.com/v1"),
                                QStringLiteral("--account"), QStringLiteral("wdc")},
                               QString());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output().contains(QStringLiteral("PROVIDER_CONSOLE_TOKEN")), qPrintable(run.output()));
}

void TestCli::missingAccountIsExplained()
{
    const Run run = runConsole({QStringLiteral("--api-url"), QStringLiteral("https://api.xurrent.com/v1")},
                               QStringLiteral("t"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output().contains(QStringLiteral("--account")), qPrintable(run.output()));
}

void TestCli::tokenArgumentIsRefused()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("--token=abc123secret")},
                                         QStringList{QStringLiteral("--token"), QStringLiteral("abc123secret")}}) {
        const Run run = runConsole(arguments, QString());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.output().contains(QStringLiteral("not accepted on the command line")));
        QVERIFY(!run.output().contains(QStringLiteral("abc123secret")));
    }
}

// --version, without a display (the runner sets none): the version, the Qt it
// runs on (the same library as this test's) and the one it was compiled
// against, and the revision the build read (cmake/BuildRevision.cmake, whose
// own test, build_revision, compares it with git).
void TestCli::versionNamesQtAndTheRevision()
{
    const Run run = runConsole({QStringLiteral("--version")}, QString());
    QCOMPARE(run.exitCode, 0);
    const QString revision = QStringLiteral(PC_GIT_REVISION);
    const QStringList expected{QStringLiteral("provider-console ") + QStringLiteral(PC_VERSION),
                               QStringLiteral("Qt %1 (built with Qt %2)")
                                   .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                               QStringLiteral("Git revision: ") +
                                   (revision.isEmpty() ? QStringLiteral("unknown") : revision),
                               QString()};
    QCOMPARE(QString::fromLocal8Bit(run.out).split(QLatin1Char('\n')), expected);
    QVERIFY(run.err.isEmpty());
}

void TestCli::aSavedProfileOpensWithTheEnvironmentToken()
{
    sandbox::SandboxServer server;
    QVERIFY(server.listen());
    {
        // Where the program keeps its settings, with this test's XDG_CONFIG_HOME.
        pc::ProfileStore profiles(home(QStringLiteral("XDG_CONFIG_HOME"))
                                  + QStringLiteral("/provider-console/provider-console.conf"));
        pc::Profile profile;
        profile.name = QStringLiteral("local sandbox");
        profile.customBaseUrl = server.baseUrl().toString();
        profile.account = QStringLiteral("wdc");
        QString error;
        QVERIFY2(profiles.save(profile, QString(), &error), qPrintable(error));
    }
    const QString shot = m_dir.filePath(QStringLiteral("profile.png"));
    const Run run = runConsole({QStringLiteral("--profile"), QStringLiteral("local sandbox"),
                                QStringLiteral("--read-only"), QStringLiteral("--screenshot"), shot},
                               QStringLiteral("sandbox-token"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QVERIFY(!QImage(shot).isNull());
    QVERIFY(server.requests().size() >= 2);
    for (const auto &request : server.requests()) {
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sandbox-token"));
        QCOMPARE(request.method, QByteArray("GET")); // read-only
    }
}

void TestCli::anUnknownProfileIsExplained()
{
    const Run run = runConsole({QStringLiteral("--profile"), QStringLiteral("nope")}, QString());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output().contains(QStringLiteral("no profile named \"nope\"")), qPrintable(run.output()));
}

void TestCli::noFileTheProgramWroteHoldsTheToken()
{
    // A run that writes (the last-used profile), with every log category on.
    sandbox::SandboxServer server;
    QVERIFY(server.listen());
    const QString settingsFile = home(QStringLiteral("XDG_CONFIG_HOME")) + QStringLiteral("/provider-console/provider-console.conf");
    QFile::remove(settingsFile);
    {
        pc::ProfileStore profiles(settingsFile);
        pc::Profile profile;
        profile.name = QStringLiteral("logged");
        profile.customBaseUrl = server.baseUrl().toString();
        profile.account = QStringLiteral("wdc");
        QVERIFY(profiles.save(profile));
    }
    const QByteArray before = [&] {
        QFile file(settingsFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    qputenv("QT_LOGGING_RULES", "*=true");
    const Run run = runConsole({QStringLiteral("--profile"), QStringLiteral("logged"), QStringLiteral("--screenshot"),
                                m_dir.filePath(QStringLiteral("last.png"))},
                               QStringLiteral("sandbox-token"));
    qunsetenv("QT_LOGGING_RULES");
    QVERIFY2(run.exitCode == 0, qPrintable(run.output()));
    QVERIFY(run.output().size() > 1000); // the logs were on
    QVERIFY(!run.output().contains(QStringLiteral("sandbox-token")));
    QFile written(settingsFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll() != before); // the program wrote its settings
    int files = 0;
    QDirIterator it(home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("sandbox-token"), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY2(files >= 1, "the program wrote nothing at all: the search proves nothing");
}

// View → Language keeps its choice in the settings; the next start speaks
// it before anything is shown, whatever the system's language (the tests run
// with LANG=C), the commands without a window as well.
void TestCli::theLanguageChosenIsSpokenFromTheStart()
{
    const QString settingsFile = m_console.settingsFile();
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        settings.setValue(QStringLiteral("view/language"), QStringLiteral("de"));
    }
    const Run german = runConsole({QStringLiteral("--help")}, QString());
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        settings.remove(QStringLiteral("view/language")); // the other tests speak English
    }
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.output().contains(QStringLiteral("eingebauten Sandbox")), qPrintable(german.output()));
    const Run english = runConsole({QStringLiteral("--help")}, QString());
    QVERIFY2(english.output().contains(QStringLiteral("built-in sandbox")), qPrintable(english.output()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
