#include "app/program/demosandbox.h"

#include "sandbox/sandboxserver.h"
#include "ui/shell/mainwindow.h" // the QPointer<MainWindow> of appcontroller.h needs the type

#include <QCoreApplication>
#include <QHostAddress>
#include <memory>

namespace pc::program {

// The sandbox is started only when the demo is asked for (on the command line
// or from the welcome screen), on 127.0.0.1 with a port of its own.
AppController::DemoStarter demoStarter(QObject *owner, int instanceCount)
{
    return [owner, instanceCount](QString *error) -> std::optional<AppController::DemoTarget> {
        sandbox::SandboxOptions options;
        options.instanceCount = instanceCount;
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        if (server->listen(QHostAddress::LocalHost, 0) == 0) {
            *error = QCoreApplication::translate("main", "The demo sandbox could not listen on 127.0.0.1.");
            return std::nullopt;
        }
        const QUrl baseUrl = server->baseUrl();
        server.release()->setParent(owner); // runs as long as the program
        return AppController::DemoTarget{baseUrl, options.account, options.token.toUtf8()};
    };
}

} // namespace pc::program
