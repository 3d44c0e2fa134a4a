// Provider Console: wires the core, the widgets and (for --demo only) the
// in-process sandbox together. Everything else lives in app/ (core) and ui/.

#include "app/net/apiclient.h"
#include "ui/shell/appcontroller.h"
#include "app/connections/environment.h"
#include "app/keychain/keychainsecretstore.h"
#include "ui/shell/mainwindow.h"
#include "app/connections/profile.h"
#include "app/models/recordmodels.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTimer>
#include <QTranslator>

#include <memory>

#include <cstdio>
#include <ctime>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "provider-console: %s\n", qPrintable(message));
}

// --screenshot: once both areas show their first page (or an error), grab the
// window to a PNG and quit. Used for the README and as a smoke test.
void scheduleScreenshot(pc::MainWindow *window, const QString &path)
{
    auto pending = std::make_shared<int>(2);
    auto capture = [window, path] {
        const bool saved = window->grab().save(path, "PNG");
        if (!saved)
            printError(QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(path));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    auto oneReady = [pending, capture, window] {
        if (--*pending == 0)
            QTimer::singleShot(300, window, capture);
    };
    for (pc::PagedTableModel *model :
         {static_cast<pc::PagedTableModel *>(window->offeringsModel()), static_cast<pc::PagedTableModel *>(window->instancesModel())}) {
        auto done = std::make_shared<bool>(false);
        auto once = [done, oneReady] {
            if (!*done) {
                *done = true;
                oneReady();
            }
        };
        QObject::connect(model, &pc::PagedTableModel::pageLoaded, window, once);
        QObject::connect(model, &pc::PagedTableModel::errorOccurred, window, once);
    }
    QTimer::singleShot(60000, window, [] {
        printError(QCoreApplication::translate("main", "Timed out waiting for the first pages."));
        QCoreApplication::exit(1);
    });
}

// --report-first-paint: the moment the first page of offerings has been
// painted, print it (CLOCK_MONOTONIC, as bench/minimal_window does) and quit.
// The start-up benchmark needs "first page painted", which nothing else in
// the program observes.
class FirstPaintReporter : public QObject
{
public:
    FirstPaintReporter(QAbstractItemView *view, QAbstractItemModel *rows)
        : QObject(view)
        , m_view(view)
        , m_rows(rows)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_view->viewport() && m_rows->rowCount() > 0) {
            m_view->viewport()->removeEventFilter(this);
            // Queued: runs once this paint event has been handled.
            QMetaObject::invokeMethod(
                this,
                [] {
                    timespec now{};
                    clock_gettime(CLOCK_MONOTONIC, &now);
                    std::printf("{\"painted_monotonic_ns\": %lld}\n",
                                static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    QAbstractItemView *m_view;
    QAbstractItemModel *m_rows;
};

void reportFirstPaint(pc::MainWindow *window)
{
    // The view showing the offerings (through its filter proxy).
    const auto views = window->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
        if (view->model() == window->offeringsModel() || (proxy && proxy->sourceModel() == window->offeringsModel())) {
            new FirstPaintReporter(view, view->model());
            return;
        }
    }
    printError(QCoreApplication::translate("main", "--report-first-paint: no view shows the offerings."));
    QCoreApplication::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("provider-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Provider Console"));
    QApplication::setOrganizationName(QStringLiteral("provider-console"));
    QApplication::setApplicationVersion(QStringLiteral(PC_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/provider-console.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("provider-console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A desktop console for 4me / Xurrent app providers.\n\n"
                "The API token is read from the environment variable PROVIDER_CONSOLE_TOKEN;\n"
                "it is never accepted on the command line, where other users could read it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run on the built-in sandbox (no account needed)."));
    const QCommandLineOption demoInstancesOption(QStringLiteral("demo-instances"),
        QCoreApplication::translate("main", "Number of app instances in the demo sandbox."),
        QStringLiteral("N"), QStringLiteral("2500"));
    const QCommandLineOption apiUrlOption(QStringLiteral("api-url"),
        QCoreApplication::translate("main", "The API base URL, e.g. https://api.xurrent.com/v1."), QStringLiteral("URL"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
        QCoreApplication::translate("main", "The account id, e.g. wdc."), QStringLiteral("ID"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save the window to a PNG once the first pages are shown, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Open the saved profile NAME."), QStringLiteral("NAME"));
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"),
        QCoreApplication::translate("main", "Make no changes: every write action is disabled."));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QCoreApplication::translate("main", "The area to show first: offerings or instances."),
        QStringLiteral("AREA"), QStringLiteral("offerings"));
    const QCommandLineOption firstPaintOption(QStringLiteral("report-first-paint"),
        QCoreApplication::translate("main", "Print when the first page of offerings is painted, then quit (for benchmarks)."));
    parser.addOptions({profileOption, apiUrlOption, accountOption, readOnlyOption, demoOption, demoInstancesOption,
                       screenshotOption, viewOption, firstPaintOption});

    for (const QString &argument : QCoreApplication::arguments()) {
        if (argument.startsWith(QLatin1String("--token")) || argument.startsWith(QLatin1String("-token"))) {
            printError(QCoreApplication::translate(
                "main", "The API token is not accepted on the command line, where other users can read it. "
                        "Set PROVIDER_CONSOLE_TOKEN in the environment instead."));
            return 2;
        }
    }
    parser.process(app);

    // The proxy of profiles that leave it to the system (the default).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    pc::ProfileStore profiles;
    pc::KeychainSecretStore secrets;
    bool instancesOk = false;
    const int demoInstances = parser.value(demoInstancesOption).toInt(&instancesOk);
    if (!instancesOk || demoInstances < 0 || demoInstances > 1000000) {
        printError(QCoreApplication::translate("main", "--demo-instances takes a number from 0 to 1000000."));
        return 2;
    }
    // The sandbox is started only when the demo is asked for (here or from the
    // welcome screen), on 127.0.0.1 with a port of its own.
    auto startDemo = [&app, demoInstances](QString *error) -> std::optional<pc::AppController::DemoTarget> {
        sandbox::SandboxOptions options;
        options.instanceCount = demoInstances;
        auto *server = new sandbox::SandboxServer(options, &app);
        if (server->listen(QHostAddress::LocalHost, 0) == 0) {
            *error = QCoreApplication::translate("main", "The demo sandbox could not listen on 127.0.0.1.");
            delete server;
            return std::nullopt;
        }
        return pc::AppController::DemoTarget{server->baseUrl(), options.account, options.token.toUtf8()};
    };
    pc::AppController controller(&profiles, &secrets, startDemo);
    controller.setForceReadOnly(parser.isSet(readOnlyOption));
    if (parser.isSet(viewOption))
        controller.setInitialArea(parser.value(viewOption) == QLatin1String("instances") ? 1 : 0);
    QObject::connect(&controller, &pc::AppController::finished, &app, &QCoreApplication::quit);
    if (parser.isSet(screenshotOption)) {
        const QString path = QFileInfo(parser.value(screenshotOption)).absoluteFilePath();
        QObject::connect(&controller, &pc::AppController::windowOpened, &app,
                         [path](pc::MainWindow *window) { scheduleScreenshot(window, path); });
    }
    if (parser.isSet(firstPaintOption))
        QObject::connect(&controller, &pc::AppController::windowOpened, &app, &reportFirstPaint);

    // The token: from the environment (scripting, CI), read once and then
    // taken out of it, so child processes and crash reporters never see it.
    const QByteArray environmentToken = qgetenv("PROVIDER_CONSOLE_TOKEN").trimmed();
    qunsetenv("PROVIDER_CONSOLE_TOKEN");

    if (parser.isSet(demoOption)) {
        controller.openDemo();
    } else if (parser.isSet(apiUrlOption)) {
        QString error;
        const std::optional<QUrl> url = pc::ApiEndpoints::normalizeCustomBaseUrl(parser.value(apiUrlOption), &error);
        if (!url) {
            printError(error);
            return 2;
        }
        const QString account = parser.value(accountOption).trimmed();
        if (account.isEmpty()) {
            printError(QCoreApplication::translate("main", "--account is required with --api-url."));
            return 2;
        }
        if (environmentToken.isEmpty()) {
            printError(QCoreApplication::translate(
                "main", "Set the API token in the environment variable PROVIDER_CONSOLE_TOKEN, or save a "
                        "profile (start without options) to keep it in the keychain."));
            return 2;
        }
        pc::Profile profile;
        profile.name = QStringLiteral("%1@%2").arg(account, url->host());
        profile.customBaseUrl = url->toString();
        profile.account = account;
        controller.openProfile(profile, environmentToken);
    } else if (parser.isSet(profileOption)) {
        const std::optional<pc::Profile> profile = profiles.profile(parser.value(profileOption));
        if (!profile) {
            printError(QCoreApplication::translate("main", "There is no profile named \"%1\". Profiles: %2.")
                           .arg(parser.value(profileOption),
                                profiles.names().isEmpty() ? QCoreApplication::translate("main", "none yet")
                                                           : profiles.names().join(QStringLiteral(", "))));
            return 2;
        }
        controller.openProfile(*profile, environmentToken);
    } else if (const std::optional<pc::Profile> last = profiles.profile(profiles.lastUsed())) {
        // The environment's token is for a connection named on the command
        // line, never for whichever profile happened to be used last.
        if (!environmentToken.isEmpty())
            printError(QCoreApplication::translate(
                "main", "PROVIDER_CONSOLE_TOKEN is only used with --profile or --api-url; ignoring it."));
        controller.openProfile(*last);
    } else {
        controller.showWelcome();
    }
    return QApplication::exec();
}
