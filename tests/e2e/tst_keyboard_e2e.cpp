// The real provider-console under a real X server (Xvfb, with a window
// manager, as a desktop has), driven blind by real key events (xdotool) the
// way a person types them from a fresh start, against the sandbox, which
// records what reached it. Run by run-under-xvfb.sh (CTest does).

#include "app/connections/profile.h"
#include "app/connections/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace testsupport;

namespace {

// The GETs of one offering each (its detail, the form's fresh copy), not the
// overview's question for the drafts (app_offerings/latest_internal), which
// goes out whenever the overview is first shown.
int offeringReads(const sandbox::SandboxServer &server)
{
    static const QRegularExpression record(QStringLiteral("^/v1/app_offerings/\\d+$"));
    int reads = 0;
    for (const sandbox::RecordedRequest &request :
         requestsTo(server, QStringLiteral("/v1/app_offerings/"), "GET"))
        reads += record.match(request.path).hasMatch() ? 1 : 0;
    return reads;
}

} // namespace

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
    void loadAllFromThePalette();
    void exportByTypingTheFileName();
    void serverFilterByKeyboard();
    void switchProfile();
    void keyHelpOpensAndCloses();
    void journalOpensAnEntryAndCloses();
    void sortTwiceOnA2021Server();

private:
    // Connected by --api-url and --account unless `connection` says otherwise.
    void startConsole(const QStringList &extraArguments = {}, const QStringList &connection = {});
    // Gives up on a call after `timeoutMs` (a query that hangs is asked again
    // by its caller rather than eating the whole wait).
    // `exitCode`, when given: xdotool's, or -1 when it did not run to its end.
    bool xdotool(const QStringList &arguments, QString *output = nullptr, int timeoutMs = 30000,
                 int *exitCode = nullptr);
    bool keys(const QString &sequence)
    {
        return xdotool(QStringList{QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("40")} +
                       sequence.split(QLatin1Char(' ')));
    }
    bool type(const QString &text)
    {
        return xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), text});
    }
    bool waitForFocusedWindow(const QString &title, int timeoutMs = 30000);
    // A window whose title contains `title` is mapped (shown) or not; popups
    // are among them, though the window manager never gives them the focus.
    bool waitForWindowShown(const QString &title, bool shown, int timeoutMs = 30000);
    bool untilWindowOpens(const std::function<bool()> &press, const QString &title);
    QList<QJsonObject> patchesTo(const QString &pathPrefix) const;
    int getsTo(const QString &path) const;
    bool untilRequestsSettle(const QString &path, int timeoutMs = 60000);
    QStringList linesOf(const QString &path) const;
    // Ctrl+Shift+E, the file's path typed into the save dialog, Enter.
    bool exportTo(const QString &file);

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
void TestKeyboardE2E::startConsole(const QStringList &extraArguments, const QStringList &connection)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("PROVIDER_CONSOLE_TOKEN"), m_server->options().token);
    // No session bus, so no keychain: the same on every machine.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_console.setProcessEnvironment(environment);
    m_console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_console.start(QStringLiteral(PROVIDER_CONSOLE_PATH),
                    (connection.isEmpty()
                         ? QStringList{QStringLiteral("--api-url"), m_server->baseUrl().toString(),
                                       QStringLiteral("--account"), m_server->options().account}
                         : connection) +
                        extraArguments);
    QVERIFY(m_console.waitForStarted(10000));
    // Generous: the machines are shared, and a loaded one starts slowly.
    QVERIFY(waitForFocusedWindow(QStringLiteral("Provider Console"), 60000));
    // The first pages are in before anyone types (a person sees them).
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(*m_server, QStringLiteral("/v1/app_offerings"), "GET").isEmpty(),
                             20000);
}

// Runs xdotool with the event loop turning (the sandbox answers meanwhile).
bool TestKeyboardE2E::xdotool(const QStringList &arguments, QString *output, int timeoutMs, int *exitCode)
{
    if (exitCode)
        *exitCode = -1;
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("xdotool"), arguments);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (exitCode && process.exitStatus() == QProcess::NormalExit)
        *exitCode = process.exitCode();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A window whose title contains `title` is shown and has the keyboard: keys
// sent after this reach it, as they would a person's once they see it.
// When none comes, it says which window had the keyboard and which of the
// console's windows were shown (their titles end in the program's name), so
// a failure says whether the window never opened (a key that went astray
// before it) or opened without the keyboard.
bool TestKeyboardE2E::waitForFocusedWindow(const QString &title, int timeoutMs)
{
    QString focused;
    const bool came = QTest::qWaitFor(
        [this, &title, &focused] {
            return xdotool({QStringLiteral("getwindowfocus"), QStringLiteral("getwindowname")}, &focused,
                           5000) &&
                   focused.contains(title);
        },
        timeoutMs);
    if (!came) {
        QString shown;
        xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                 QStringLiteral("Provider Console"), QStringLiteral("getwindowname"), QStringLiteral("%@")},
                &shown, 5000);
        qWarning(
            "No window titled \"%s\" had the keyboard within %d ms. The last window that had it: \"%s\"; "
            "the console's windows shown: \"%s\"",
            qPrintable(title), timeoutMs, qPrintable(focused),
            qPrintable(shown.replace(QLatin1Char('\n'), QStringLiteral("\", \""))));
    }
    return came;
}

bool TestKeyboardE2E::waitForWindowShown(const QString &title, bool shown, int timeoutMs)
{
    // search lists the windows that match and exits 0, or exits 1 with none;
    // a search that failed otherwise (timed out, did not start) proves
    // neither, and is asked again.
    const bool came = QTest::qWaitFor(
        [this, &title, shown] {
            QString found;
            int exitCode = -1;
            xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                     QRegularExpression::escape(title)},
                    &found, 5000, &exitCode);
            return shown ? exitCode == 0 && !found.isEmpty() : exitCode == 1 && found.isEmpty();
        },
        timeoutMs);
    if (!came)
        qWarning("The window titled \"%s\" was %s after %d ms", qPrintable(title),
                 shown ? "still not shown" : "still shown", timeoutMs);
    return came;
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

int TestKeyboardE2E::getsTo(const QString &path) const
{
    return int(requestsTo(*m_server, path, "GET").size());
}

// A walk is over when no request has come for a while; a person would see
// the status bar say so.
bool TestKeyboardE2E::untilRequestsSettle(const QString &path, int timeoutMs)
{
    int seen = -1;
    QElapsedTimer quiet;
    return QTest::qWaitFor(
        [&] {
            const int now = getsTo(path);
            if (now != seen) {
                seen = now;
                quiet.start();
            }
            return seen > 0 && quiet.elapsed() > 1500;
        },
        timeoutMs);
}

QStringList TestKeyboardE2E::linesOf(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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
    QTRY_VERIFY_WITH_TIMEOUT(offeringReads(*m_server) > 0, 20000);
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
    // Enter once the list is there, as a person presses it on the row they
    // see; the chooser closes on it, and the keys after it belong to the form.
    QVERIFY(waitForWindowShown(QStringLiteral("Choose a service instance"), true));
    QVERIFY(untilRequestsSettle(QStringLiteral("/v1/service_instances")));
    QVERIFY(keys(QStringLiteral("Return")));
    QVERIFY(waitForWindowShown(QStringLiteral("Choose a service instance"), false));
    QVERIFY(keys(QStringLiteral("Tab e Tab")));
    QVERIFY(type(QStringLiteral("https://hooks.example.com/{account}/typed")));
    QVERIFY(keys(QStringLiteral("ctrl+s")));
    if (!waitForFocusedWindow(QStringLiteral("Create this offering?"))) {
        // Which of the form's steps reached the server (the chooser's list,
        // a reference check) tells where the typing went astray.
        QStringList seen;
        for (const sandbox::RecordedRequest &request : m_server->requests())
            seen.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toString());
        qWarning("The sandbox received: %s", qPrintable(seen.join(QStringLiteral(", "))));
        QFAIL("the review of the new offering never had the keyboard");
    }
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

void TestKeyboardE2E::loadAllFromThePalette()
{
    startConsole({QStringLiteral("--view"), QStringLiteral("instances")});
    const QString instances = QStringLiteral("/v1/app_instances");
    QTRY_VERIFY_WITH_TIMEOUT(getsTo(instances) > 0, 20000);
    QVERIFY(keys(QStringLiteral("ctrl+k")));
    QVERIFY(type(QStringLiteral("Load all")));
    QVERIFY(keys(QStringLiteral("Return")));
    // Every page: 2,500 instances are at least 25 pages of 100.
    QTRY_VERIFY_WITH_TIMEOUT(getsTo(instances) >= m_server->instanceCount() / 100, 60000);
    QVERIFY(untilRequestsSettle(instances));
    // Everything is loaded: the export writes every row without asking for one more page.
    const int walked = getsTo(instances);
    const QString file = m_home->filePath(QStringLiteral("all-instances.csv"));
    QVERIFY(exportTo(file));
    QTRY_COMPARE_WITH_TIMEOUT(linesOf(file).size(), m_server->instanceCount() + 1, 20000);
    QCOMPARE(getsTo(instances), walked);
}

void TestKeyboardE2E::exportByTypingTheFileName()
{
    startConsole();
    // The save dialog opens with its name field focused: the typed path replaces the proposal.
    const QString file = m_home->filePath(QStringLiteral("typed-offerings.csv"));
    QVERIFY(exportTo(file));
    QTRY_COMPARE_WITH_TIMEOUT(linesOf(file).size(), ownOfferingCount(*m_server) + 1, 20000);
    QVERIFY(linesOf(file).first().contains(QStringLiteral("Name")));
}

void TestKeyboardE2E::serverFilterByKeyboard()
{
    startConsole();
    const QString offerings = QStringLiteral("/v1/app_offerings");
    QTRY_VERIFY_WITH_TIMEOUT(getsTo(offerings) > 0, 20000);
    // The bar opens in its field chooser: the field's first letters, Enter
    // goes on to the value, Enter applies it.
    QVERIFY(keys(QStringLiteral("ctrl+shift+f")));
    QVERIFY(type(QStringLiteral("Refer")));
    QVERIFY(keys(QStringLiteral("Return")));
    QVERIFY(type(QStringLiteral("wdc_typed")));
    QVERIFY(keys(QStringLiteral("Return")));
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (const sandbox::RecordedRequest &request :
                 requestsTo(*m_server, QStringLiteral("/v1/app_offerings"), "GET"))
                if (request.path == QStringLiteral("/v1/app_offerings") &&
                    request.query.queryItemValue(QStringLiteral("reference")) == QStringLiteral("wdc_typed"))
                    return true;
            return false;
        }(),
        20000);
}

// Two saved profiles, the console opened on the first; Ctrl+Shift+O, the
// second chosen in the list, its token typed (no keychain on this machine):
// the second account's API is asked, with its token.
void TestKeyboardE2E::switchProfile()
{
    sandbox::SandboxOptions secondOptions;
    secondOptions.burstLimit = false;
    secondOptions.account = QStringLiteral("globex");
    secondOptions.token = QStringLiteral("second-token");
    std::unique_ptr<sandbox::SandboxServer> second = startSandbox(secondOptions);
    {
        QDir().mkpath(m_home->filePath(QStringLiteral("config/provider-console")));
        pc::ProfileStore store(
            m_home->filePath(QStringLiteral("config/provider-console/provider-console.conf")));
        for (const auto &[name, server] : {std::pair{QStringLiteral("Alpha"), m_server.get()},
                                           std::pair{QStringLiteral("Beta"), second.get()}}) {
            pc::Profile profile;
            profile.name = name;
            profile.customBaseUrl = server->baseUrl().toString();
            profile.account = server->options().account;
            QString error;
            QVERIFY2(store.save(profile, {}, &error), qPrintable(error));
        }
    }
    startConsole({}, {QStringLiteral("--profile"), QStringLiteral("Alpha")});
    QVERIFY(keys(QStringLiteral("ctrl+shift+o")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("Switch profile")));
    QVERIFY(keys(QStringLiteral("End Return")));
    // No keychain here: the console says so and offers a token for this session.
    QVERIFY(waitForFocusedWindow(QStringLiteral("keychain")));
    QVERIFY(keys(QStringLiteral("Return")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("API token for this session")));
    QVERIFY(type(secondOptions.token));
    QVERIFY(keys(QStringLiteral("Return")));
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(*second, QStringLiteral("/v1/app_offerings"), "GET").isEmpty(),
                             20000);
    const sandbox::RecordedRequest first =
        requestsTo(*second, QStringLiteral("/v1/app_offerings"), "GET").first();
    QCOMPARE(first.header("x-4me-account"), QByteArray("globex"));
    QCOMPARE(first.header("authorization"), QByteArray("Bearer second-token"));
}

// F1 opens the key help over the window and Esc closes it, giving the keys
// back to the table: F2 then edits the current offering.
void TestKeyboardE2E::keyHelpOpensAndCloses()
{
    startConsole();
    QVERIFY(untilWindowOpens([this] { return keys(QStringLiteral("F1 Escape Home F2")); },
                             QStringLiteral("Offering")));
    QVERIFY(keys(QStringLiteral("Escape")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("Provider Console")));
    // A slow machine may have had the keys pressed twice: the second form's
    // read comes in before counting, not while.
    QVERIFY(untilRequestsSettle(QStringLiteral("/v1/app_offerings/")));
    // While the help is shown, the keys do not reach the table beneath it.
    const int before = offeringReads(*m_server);
    QVERIFY(keys(QStringLiteral("F1 Return F1 ctrl+n")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("New offering")));
    QCOMPARE(offeringReads(*m_server), before);
    // The control: the same Enter on the table, without the help, opens the detail (a GET of the record).
    QVERIFY(keys(QStringLiteral("Escape")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("wdc @")));
    QVERIFY(keys(QStringLiteral("Return")));
    QTRY_VERIFY_WITH_TIMEOUT(offeringReads(*m_server) > before, 20000);
}

// A suspension, then Ctrl+3: the journal shows it; Enter opens the entry,
// Esc closes it, and Ctrl+1 with Enter opens an offering's detail again.
void TestKeyboardE2E::journalOpensAnEntryAndCloses()
{
    startConsole({QStringLiteral("--view"), QStringLiteral("instances")});
    QVERIFY(untilWindowOpens([this] { return keys(QStringLiteral("Home ctrl+alt+s")); },
                             QStringLiteral("Suspend instances")));
    QVERIFY(type(QStringLiteral("For the journal")));
    QVERIFY(keys(QStringLiteral("ctrl+Return")));
    QTRY_COMPARE_WITH_TIMEOUT(patchesTo(QStringLiteral("/v1/app_instances/")).size(), 1, 20000);
    // The dialog stays to show the result; Esc closes it.
    QVERIFY(untilWindowOpens([this] { return keys(QStringLiteral("Escape")); }, QStringLiteral("wdc @")));
    QVERIFY(keys(QStringLiteral("ctrl+3 Home Return")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("Journal entry")));
    QVERIFY(keys(QStringLiteral("Escape")));
    QVERIFY(waitForFocusedWindow(QStringLiteral("Provider Console")));
    const QString journal = m_home->filePath(QStringLiteral("journal.csv"));
    QVERIFY(exportTo(journal));
    QTRY_VERIFY_WITH_TIMEOUT(
        linesOf(journal).join(QLatin1Char('\n')).contains(QStringLiteral("For the journal")), 20000);
}

bool TestKeyboardE2E::exportTo(const QString &file)
{
    return keys(QStringLiteral("ctrl+shift+e")) && waitForFocusedWindow(QStringLiteral("Export")) &&
           type(file) && keys(QStringLiteral("Return"));
}

// Issue 15, as a new user would meet a 2021 server (offerings sorted by
// reference, a sort by name refused): Ctrl+Shift+S on the current column
// twice, then the table exported as shown. Every offering is there, by name
// in reverse: the refused server sort ended in the loaded rows sorted here.
void TestKeyboardE2E::sortTwiceOnA2021Server()
{
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    options.generation = sandbox::ApiGeneration::V2021;
    m_server = startSandbox(options);
    startConsole();
    // The keys come once the table shows its rows, the export once it shows
    // the outcome, as a person sees them.
    QVERIFY(untilRequestsSettle(QStringLiteral("/v1/app_offerings")));
    QVERIFY(keys(QStringLiteral("ctrl+shift+s")));
    QVERIFY(keys(QStringLiteral("ctrl+shift+s")));
    QVERIFY(untilRequestsSettle(QStringLiteral("/v1/app_offerings")));
    const QString file = m_home->filePath(QStringLiteral("sorted-offerings.csv"));
    QVERIFY(exportTo(file));
    const int offerings = ownOfferingCount(*m_server);
    QTRY_COMPARE_WITH_TIMEOUT(linesOf(file).size(), offerings + 1, 20000);
    QStringList names;
    for (const QString &line : linesOf(file).mid(1)) {
        // The first column is the name, quoted when it holds a comma or a quote.
        QString name = line.section(QLatin1Char(','), 0, 0);
        if (line.startsWith(QLatin1Char('"')))
            name = line.mid(1, line.indexOf(QLatin1String("\","), 1) - 1)
                       .replace(QLatin1String("\"\""), QLatin1String("\""));
        names.append(name);
    }
    for (qsizetype row = 1; row < names.size(); ++row)
        QVERIFY2(QString::localeAwareCompare(names.at(row - 1).toLower(), names.at(row).toLower()) >= 0,
                 qPrintable(names.at(row - 1) + QStringLiteral(" / ") + names.at(row)));
    QVERIFY(names.first() != names.last());
}

QTEST_GUILESS_MAIN(TestKeyboardE2E)
#include "tst_keyboard_e2e.moc"
