#include "tests/support/console.h"

#include <QProcess>
#include <QTest>

namespace testsupport {

QStringList ConsoleRun::errorLines() const
{
    QStringList lines = QString::fromLocal8Bit(err).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

Console::Console(const QString &program, const QString &root)
    : m_program(program)
    , m_root(root)
{}

QString Console::home(const QString &variable) const
{
    if (variable == QLatin1String("XDG_CONFIG_HOME"))
        return m_root + QStringLiteral("/.config");
    if (variable == QLatin1String("XDG_DATA_HOME"))
        return m_root + QStringLiteral("/.local/share");
    if (variable == QLatin1String("XDG_CACHE_HOME"))
        return m_root + QStringLiteral("/.cache");
    if (variable == QLatin1String("XDG_STATE_HOME"))
        return m_root + QStringLiteral("/.local/state");
    return m_root;
}

QString Console::settingsFile() const
{
    return home(QStringLiteral("XDG_CONFIG_HOME")) +
           QStringLiteral("/provider-console/provider-console.conf");
}

QString Console::indexFolder() const
{
    return home(QStringLiteral("XDG_DATA_HOME")) + QStringLiteral("/provider-console/provider-console/index");
}

ConsoleRun Console::run(const QStringList &arguments, const QString &token) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("PROVIDER_CONSOLE_TOKEN"));
    for (const char *variable :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(variable), home(QString::fromLatin1(variable)));
    if (!m_keychainReachable)
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (!token.isNull())
        environment.insert(QStringLiteral("PROVIDER_CONSOLE_TOKEN"), token);
    process.setProcessEnvironment(environment);
    process.start(m_program, arguments);
    ConsoleRun run;
    // The sandbox answers from this process's event loop, so wait without blocking it.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace testsupport
