#pragma once

#include "app/connections/profile.h"
#include "app/index/recordcodec.h"
#include "app/models/recordexporter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>
#include <variant>

namespace pc::program {

// A command that runs without a window: `provider-console sync …` or
// `provider-console export …` (app/program/headlessrun.h).
struct HeadlessCommand
{
    enum class Kind { Sync, Export };
    Kind kind = Kind::Sync;
    QList<IndexCollection> collections; // sync: empty for both; export: exactly one
    bool full = false;                  // sync --full: a reconcile now, confirmed
    RecordExporter::Format format = RecordExporter::Format::Csv;
    QString output; // absolute; empty: standard output
    bool offline = false;
};

// What the command line asks the console to open, once it has been read and
// checked.
struct StartOptions
{
    bool demo = false;
    int demoInstances = 2500;
    std::optional<QUrl> apiUrl; // with account: a connection named on the command line
    QString account;
    QString profile; // --profile NAME
    bool readOnly = false;
    std::optional<int> initialArea; // 0 offerings, 1 instances, 2 journal, 3 overview
    bool dark = false;              // --dark: a dark palette whatever the desktop's
    QString screenshotPath;         // absolute; empty: none
    bool reportFirstPaint = false;
    std::optional<HeadlessCommand> command; // set: no window, the command runs

    // The connection --api-url and --account name, as a profile not saved.
    Profile commandLineProfile() const;
};

// An answer that needs no window: --help, --version, or why the command line
// cannot be used. Printed to standard output (exit code 0) or standard error.
struct Answer
{
    int exitCode = 0;
    QString text;
};

// Before the application object exists, the arguments still hold Qt's own
// options (-platform, -style, -reverse, …), which only QApplication takes
// out. So a first reading answers only what needs no window for sure; an
// unknown option may be Qt's, and the full reading after QApplication
// decides.
enum class Reading { BeforeApplication, Complete };

// The console's options and their checks. Reading needs no application object
// (so the program can tell, before it builds a QApplication, whether it has to
// open a window at all); the texts are translated once one is installed.
class CommandLine
{
public:
    CommandLine();

    // `arguments` includes the program name first; `hasEnvironmentToken`:
    // PROVIDER_CONSOLE_TOKEN is set (--api-url needs it).
    // BeforeApplication: an Answer only where no window is needed whatever
    // Qt's options are (help, version, a refused option of ours); otherwise
    // StartOptions, possibly not yet checked. --help-all lists Qt's options
    // too, so it is answered after QApplication (by Qt: it ends the program).
    std::variant<StartOptions, Answer> read(const QStringList &arguments, bool hasEnvironmentToken,
                                            Reading reading = Reading::Complete);

    // The first argument names a command that needs no window (sync, export):
    // then everything is read without Qt's own options, by a QCoreApplication.
    static bool namesHeadlessCommand(const QStringList &arguments);
    // The answer to --profile NAME when there is no such profile (exit code 2).
    static Answer unknownProfile(const QString &name, const QStringList &names);

private:
    std::optional<Answer> checkConnection(StartOptions &options, bool hasEnvironmentToken) const;
    std::optional<Answer> readCommand(StartOptions &options) const;
    std::optional<Answer> readExport(HeadlessCommand &command, const QStringList &words) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_demo;
    QCommandLineOption m_demoInstances;
    QCommandLineOption m_apiUrl;
    QCommandLineOption m_account;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_profile;
    QCommandLineOption m_readOnly;
    QCommandLineOption m_view;
    QCommandLineOption m_dark;
    QCommandLineOption m_firstPaint;
    QCommandLineOption m_full;
    QCommandLineOption m_format;
    QCommandLineOption m_output;
    QCommandLineOption m_offline;
};

} // namespace pc::program
