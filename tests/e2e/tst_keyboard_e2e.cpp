// The real provider-console under a real X server (Xvfb, with a window
// manager, as a desktop has), driven blind by real key events (xdotool) the
// way a person types them from a fresh start, against the sandbox, which
// records what reached it. Run by run-under-xvfb.sh (CTest does).

#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace testsupport;

class TestKeyboardE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void suspendOneThroughThePalette();
    void suspendTwoMarkedRowsWithCtrlAltS();
    void renameAnOfferingWithF2();
    void createAnOfferingByTyping();

private:
    void startConsole(const QStringList &extraArguments = {});
    bool xdotool(const QStringList &arguments, QString *output = nullptr);
    bool keys(const QString &sequence)
    {
        return xdotool(QStringList{QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("40")} +
                       sequence.split(QLatin1Char(' ')));
    }
    bool type(const QString &text)
    {
        return xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text});
    }
    bool waitForFocusedWindow(const QString &title, int timeoutMs = 20000);
    bool untilWindowOpens(const std::function<bool()> &press, const QString &title);
    QList<QJsonObject> patchesTo(const QString &pathPrefix) const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QProcess m_console;
};

void TestKeyboardE2E::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QFAIL("no X server: run this test through tests/e2e/run-under-xvfb.sh");
}

void TestKeyboardE2E::init()
{
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_home = std::make_unique<QTemporaryDir>();
}

void TestKeyboardE2E::cleanup()
{
    if (m_console.state() != QProcess::NotRunning) {
        m_console.kill();
        m_console.waitForFinished(5000);
    }
    m_server.reset();
    m_home.reset();
}

// A fresh start: its own HOME (no profile, no remembered views), the token in
// the environment, the sandbox named on the command line.
void TestKeyboardE2E::startConsole(const QStringList &extraArguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("PROVIDER_CONSOLE_TOKEN"), m_server->options().token);
    m_console.setProcessEnvironment(environment);
    m_console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_console.start(QStringLiteral(PROVIDER_CONSOLE_PATH),
                    QStringList{QStringLiteral("--api-url"), m_server->baseUrl().toString(),
                                QStringLiteral("--account"), m_server->options().account} +
                        extraArguments);
    QVERIFY(m_console.waitForStarted(10000));
    QVERIFY(waitForFocusedWindow(QStringLiteral("Provider Console")));
    // The first pages are in before anyone types (a person sees them).
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(*m_server, QStringLiteral("/v1/app_offerings"), "GET").isEmpty(),
                             20000);
}

// Runs xdotool with the event loop turning (the sandbox answers meanwhile).
bool TestKeyboardE2E::xdotool(const QStringList &arguments, QString *output)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("xdotool"), arguments);
    if (!finished.wait(30000)) {
        process.kill();
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A window whose title contains `title` is shown and has the keyboard: keys
// sent after this reach it, as they would a person's once they see it.
bool TestKeyboardE2E::waitForFocusedWindow(const QString &title, int timeoutMs)
{
    return QTest::qWaitFor(
        [this, &title] {
            QString focused;
            return xdotool({QStringLiteral("getwindowfocus"), QStringLiteral("getwindowname")}, &focused) &&
                   focused.contains(title);
        },
        timeoutMs);
}

// Keys that act on the current row do nothing until the first page is shown,
// which nothing outside the window can see: like a person who pressed too
// early, the test presses again when no window came.
bool TestKeyboardE2E::untilWindowOpens(const std::function<bool()> &press, const QString &title)
{
    for (int attempt = 0; attempt < 6; ++attempt) {
        if (!press())
            return false;
        if (waitForFocusedWindow(title, 3000))
            return true;
    }
    return false;
}

QList<QJsonObject> TestKeyboardE2E::patchesTo(const QString &pathPrefix) const
{
    QList<QJsonObject> bodies;
    for (const sandbox::RecordedRequest &request : requestsTo(*m_server, pathPrefix, "PATCH"))
        bodies.append(QJsonDocument::fromJson(request.body).object());
    return bodies;
}

void TestKeyboardE2E::suspendOneThroughThePalette()
{
    startConsole({QStringLiteral("--view"), QStringLiteral("instances")});
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(*m_server, QStringLiteral("/v1/app_instances"), "GET").isEmpty(),
                             20000);
    // The palette: the command by name, Enter; the dialog opens on the
    // current row (the first), with the focus in the comment.
    QVERIFY(untilWindowOpens(
        [this] {
            return keys(QStringLiteral("Escape ctrl+k")) && type(QStringLiteral("Suspend")) &&
                   keys(QStringLiteral("Return"));
        },
        QStringLiteral("Suspend instances")));
    QVERIFY(type(QStringLiteral("Invoice overdue")));
    QVERIFY(keys(QStringLiteral("ctrl+Return")));
    QTRY_COMPARE_WITH_TIMEOUT(patchesTo(QStringLiteral("/v1/app_instances/")).size(), 1, 20000);
    const QJsonObject body = patchesTo(QStringLiteral("/v1/app_instances/")).first();
    QCOMPARE(body.value(QStringLiteral("suspended")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("suspension_comment")).toString(), QStringLiteral("Invoice overdue"));
}

void TestKeyboardE2E::suspendTwoMarkedRowsWithCtrlAltS()
{
    startConsole({QStringLiteral("--view"), QStringLiteral("instances")});
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(*m_server, QStringLiteral("/v1/app_instances"), "GET").isEmpty(),
                             20000);
    // Down to the first row, Shift+Down marks the second too.
    QVERIFY(untilWindowOpens([this] { return keys(QStringLiteral("Home shift+Down ctrl+alt+s")); },
                             QStringLiteral("Suspend instances")));
    QVERIFY(type(QStringLiteral("Two at once")));
    QVERIFY(keys(QStringLiteral("ctrl+Return")));
    // Already suspended rows are skipped, so one or two changes reach the server.
    QTRY_VERIFY_WITH_TIMEOUT(!patchesTo(QStringLiteral("/v1/app_instances/")).isEmpty(), 20000);
    const QList<sandbox::RecordedRequest> patches =
        requestsTo(*m_server, QStringLiteral("/v1/app_instances/"), "PATCH");
    QVERIFY(patches.size() <= 2);
    for (const QJsonObject &body : patchesTo(QStringLiteral("/v1/app_instances/")))
        QCOMPARE(body.value(QStringLiteral("suspension_comment")).toString(), QStringLiteral("Two at once"));
    QVERIFY(patches.first().path != patches.last().path || patches.size() == 1);
}

void TestKeyboardE2E::renameAnOfferingWithF2()
{
    startConsole();
    // F2 on the first offering, everything in Name replaced, saved, the
    // review confirmed with Enter: a PATCH of the name alone.
    QVERIFY(untilWindowOpens([this] { return keys(QStringLiteral("Home F2")); }, QStringLiteral("Offering")));
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(*m_server, QStringLiteral("/v1/app_offerings/"), "GET").isEmpty(),
                             20000);
    QVERIFY(keys(QStringLiteral("ctrl+a")));
    QVERIFY(type(QStringLiteral("Renamed by keys")));
    QVERIFY(keys(QStringLiteral("ctrl+s")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("Save these changes?")));
    QVERIFY(keys(QStringLiteral("Return")));
    QTRY_COMPARE_WITH_TIMEOUT(patchesTo(QStringLiteral("/v1/app_offerings/")).size(), 1, 20000);
    QCOMPARE(patchesTo(QStringLiteral("/v1/app_offerings/")).first(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed by keys")}}));
}

void TestKeyboardE2E::createAnOfferingByTyping()
{
    startConsole();
    QVERIFY(keys(QStringLiteral("ctrl+n")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("New offering")));
    // Name, Tab past the reference (it follows the name), the service
    // instance from its chooser (F4, the first one, Enter), the algorithm by
    // its first letter, the webhook template, Ctrl+S, Enter on the review.
    QVERIFY(type(QStringLiteral("Typed Bot")));
    QVERIFY(keys(QStringLiteral("Tab Tab F4")));
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(*m_server, QStringLiteral("/v1/service_instances"), "GET").isEmpty(),
                             20000);
    QVERIFY(keys(QStringLiteral("Return Tab e Tab")));
    QVERIFY(type(QStringLiteral("https://hooks.example.com/{account}/typed")));
    QVERIFY(keys(QStringLiteral("ctrl+s")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("Create this offering?")));
    QVERIFY(keys(QStringLiteral("Return")));
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(*m_server, QStringLiteral("/v1/app_offerings"), "POST").size(), 1,
                              20000);
    const QJsonObject body =
        QJsonDocument::fromJson(
            requestsTo(*m_server, QStringLiteral("/v1/app_offerings"), "POST").first().body)
            .object();
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Typed Bot"));
    QCOMPARE(body.value(QStringLiteral("reference")).toString(), QStringLiteral("wdc_typed_bot"));
    QVERIFY(body.value(QStringLiteral("service_instance_id")).toInteger() > 0);
    QVERIFY2(body.value(QStringLiteral("policy_jwt_alg")).toString().startsWith(QLatin1Char('e')),
             qPrintable(body.value(QStringLiteral("policy_jwt_alg")).toString()));
    QCOMPARE(body.value(QStringLiteral("webhook_uri_template")).toString(),
             QStringLiteral("https://hooks.example.com/{account}/typed"));
}

QTEST_GUILESS_MAIN(TestKeyboardE2E)
#include "tst_keyboard_e2e.moc"
