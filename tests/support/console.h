#pragma once

// The real program as a child process, started as a user would start it,
// for the tests of tests/program/.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testsupport {

struct ConsoleRun
{
    int exitCode = -1; // -1: it crashed or did not end in time
    QByteArray out;    // standard output
    QByteArray err;    // standard error

    QString output() const { return QString::fromLocal8Bit(out + err); }
    // The lines of standard error (without the empty one after the last).
    QStringList errorLines() const;
};

class Console
{
public:
    // `program`: provider-console's path. Everything the program writes goes
    // under `root` (HOME and the XDG folders), where a test can search it;
    // no keychain is within reach (no D-Bus session), so none can prompt, and
    // no display.
    Console(const QString &program, const QString &root);

    // The program reaches this process's D-Bus session, and so its keychain:
    // only for a test that runs inside tests/run-with-keyring.sh, whose
    // keyring is a throw-away one that cannot prompt.
    void setKeychainReachable(bool reachable) { m_keychainReachable = reachable; }

    // HOME, or where one of XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME,
    // XDG_STATE_HOME points.
    QString home(const QString &variable = QStringLiteral("HOME")) const;
    // The settings file the program reads its profiles from.
    QString settingsFile() const;
    // The folder of the local indexes (IndexStore::defaultPath()).
    QString indexFolder() const;

    // Runs the program to its end (60 s at most) with the token in
    // PROVIDER_CONSOLE_TOKEN (none when null), keeping this process's event
    // loop running: an in-process sandbox answers from it.
    ConsoleRun run(const QStringList &arguments, const QString &token) const;

private:
    QString m_program;
    QString m_root;
    bool m_keychainReachable = false;
};

} // namespace testsupport
