// Provider Console: reads the command line, wires the core, the widgets and
// (for --demo only) the in-process sandbox together, and runs. Everything
// else lives in the rooms of app/ (core) and ui/ (docs/architecture.md).

#include "app/connections/profilestore.h"
#include "app/keychain/keychainsecretstore.h"
#include "app/program/commandline.h"
#include "app/program/demosandbox.h"
#include "app/program/headlessrun.h"
#include "app/program/startupreports.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/darkpalette.h"
#include "ui/shell/languages.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QNetworkProxyFactory>
#include <QTimer>
#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int print(const pc::program::Answer &answer)
{
    const QString text =
        answer.text.endsWith(QLatin1Char('\n')) ? answer.text : answer.text + QLatin1Char('\n');
    std::fputs(qPrintable(text), answer.exitCode == 0 ? stdout : stderr);
    return answer.exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("provider-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("provider-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION));
    // The token: from the environment (scripting, CI), read once and then
    // taken out of it, so child processes and crash reporters never see it.
    const QByteArray environmentToken = qgetenv("PROVIDER_CONSOLE_TOKEN").trimmed();
    qunsetenv("PROVIDER_CONSOLE_TOKEN");

    // --help, --version, a command line that cannot be used and the commands
    // for scripts (sync, export) run without a window, so they work where
    // there is no display.
    const QStringList arguments = argumentsOf(argc, argv);
    const auto early = pc::program::CommandLine().read(arguments, !environmentToken.isEmpty(),
                                                       pc::program::Reading::BeforeApplication);
    const auto *earlyOptions = std::get_if<pc::program::StartOptions>(&early);
    if (!earlyOptions || earlyOptions->command || pc::program::CommandLine::namesHeadlessCommand(arguments)) {
        QCoreApplication app(argc, argv);
        pc::Languages::apply(pc::Languages::stored());
        const auto reading = pc::program::CommandLine().read(arguments, !environmentToken.isEmpty());
        if (const auto *answer = std::get_if<pc::program::Answer>(&reading))
            return print(*answer);
        pc::program::HeadlessRun run(std::get<pc::program::StartOptions>(reading), environmentToken);
        QObject::connect(&run, &pc::program::HeadlessRun::finished, &app, &QCoreApplication::exit);
        QTimer::singleShot(0, &run, &pc::program::HeadlessRun::start); // exit() works only once exec() runs
        return QCoreApplication::exec();
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Provider Console"));
    // The desktop file's id (packaging/), so a Wayland desktop puts the window
    // under the launcher's icon and name.
    QApplication::setDesktopFileName(QStringLiteral("io.github.providerconsole.ProviderConsole"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/provider-console.svg")));
    // The language chosen in View → Language (the system's until then), before any window is built.
    pc::Languages::apply(pc::Languages::stored());
    pc::program::CommandLine commandLine;
    const auto reading = commandLine.read(QCoreApplication::arguments(), !environmentToken.isEmpty());
    if (const auto *answer = std::get_if<pc::program::Answer>(&reading))
        return print(*answer);
    const auto options = std::get<pc::program::StartOptions>(reading);
    if (options.dark)
        pc::useDarkPalette();

    // The proxy of profiles that leave it to the system (the default).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    pc::ProfileStore profiles;
    pc::KeychainSecretStore secrets;
    pc::AppController controller(&profiles, &secrets, pc::program::demoStarter(&app, options.demoInstances));
    controller.setForceReadOnly(options.readOnly);
    if (options.initialArea)
        controller.setInitialArea(*options.initialArea);
    QObject::connect(&controller, &pc::AppController::finished, &app, &QCoreApplication::quit);
    if (!options.screenshotPath.isEmpty()) {
        QObject::connect(&controller, &pc::AppController::windowOpened, &app,
                         [path = options.screenshotPath](pc::MainWindow *window) {
                             pc::program::scheduleScreenshot(window, path);
                         });
    }
    if (options.reportFirstPaint)
        QObject::connect(&controller, &pc::AppController::windowOpened, &app, &pc::program::reportFirstPaint);

    if (options.demo) {
        controller.openDemo();
    } else if (options.apiUrl) {
        controller.openProfile(options.commandLineProfile(), environmentToken);
    } else if (!options.profile.isEmpty()) {
        const std::optional<pc::Profile> profile = profiles.profile(options.profile);
        if (!profile)
            return print(pc::program::CommandLine::unknownProfile(options.profile, profiles.names()));
        controller.openProfile(*profile, environmentToken);
    } else if (const std::optional<pc::Profile> last = profiles.profile(profiles.lastUsed())) {
        // The environment's token is for a connection named on the command
        // line, never for whichever profile happened to be used last.
        if (!environmentToken.isEmpty())
            print({1,
                   QStringLiteral("provider-console: ") +
                       QCoreApplication::translate(
                           "main",
                           "PROVIDER_CONSOLE_TOKEN is only used with --profile or --api-url; ignoring it.")});
        controller.openProfile(*last);
    } else {
        controller.showWelcome();
    }
    return QApplication::exec();
}
