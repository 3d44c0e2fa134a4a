#include "app/program/commandline.h"

#include "app/connections/environment.h"
#include "app/program/versiontext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pc::program {

namespace {

// The strings keep the "main" context they had when main.cpp held them, and
// with it their translations; QT_TRANSLATE_NOOP lets lupdate find them.
QString text(const char *source)
{
    return QCoreApplication::translate("main", source);
}

Answer refusal(const QString &message)
{
    return Answer{2, QStringLiteral("provider-console: ") + message};
}

// A separate string from the description before it, which keeps its translations.
const char *const kCommandsHelp = QT_TRANSLATE_NOOP(
    "main",
    "Commands, for scripts (no window, no display needed; exit code 0 on success, 1 on failure with one\n"
    "line on standard error, 2 for a usage error):\n"
    "  sync [offerings|instances] [--full]\n"
    "      Bring the local copy of the connection up to date (both collections by default);\n"
    "      a one-line summary on success.\n"
    "  export offerings|instances [--format csv|json] [--output FILE] [--offline]\n"
    "      Bring the local copy up to date, then write every record it holds. A profile that\n"
    "      keeps no local copy is exported straight from the API, nothing stored (and\n"
    "      --offline is refused for it).\n"
    "The connection: --profile NAME, or --api-url URL --account ID.");

const QString kSync = QStringLiteral("sync");
const QString kExport = QStringLiteral("export");

std::optional<IndexCollection> collectionNamed(const QString &word)
{
    for (IndexCollection collection : {IndexCollection::Offerings, IndexCollection::Instances}) {
        if (word == indexCollectionName(collection))
            return collection;
    }
    return std::nullopt;
}

Answer unknownCollection(const QString &word)
{
    return refusal(
        text(QT_TRANSLATE_NOOP("main", "There is no collection \"%1\": name offerings or instances."))
            .arg(word));
}

// An option of ours that does not belong where it was given.
std::optional<Answer> misplaced(const QCommandLineParser &parser,
                                const QList<const QCommandLineOption *> &options, const QString &command)
{
    for (const QCommandLineOption *option : options) {
        if (!parser.isSet(*option))
            continue;
        if (command.isEmpty())
            return refusal(
                text(QT_TRANSLATE_NOOP("main", "--%1 goes with a command: sync or export (see --help)."))
                    .arg(option->names().constFirst()));
        return refusal(text(QT_TRANSLATE_NOOP("main", "--%1 does not go with %2 (see --help)."))
                           .arg(option->names().constFirst(), command));
    }
    return std::nullopt;
}

} // namespace

Profile StartOptions::commandLineProfile() const
{
    Profile profile;
    if (!apiUrl)
        return profile;
    profile.name = QStringLiteral("%1@%2").arg(account, apiUrl->host());
    profile.customBaseUrl = apiUrl->toString();
    profile.account = account;
    return profile;
}

CommandLine::CommandLine()
    : m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
    , m_demo(QStringLiteral("demo"),
             text(QT_TRANSLATE_NOOP("main", "Run on the built-in sandbox (no account needed).")))
    , m_demoInstances(QStringLiteral("demo-instances"),
                      text(QT_TRANSLATE_NOOP("main", "Number of app instances in the demo sandbox.")),
                      QStringLiteral("N"), QStringLiteral("2500"))
    , m_apiUrl(QStringLiteral("api-url"),
               text(QT_TRANSLATE_NOOP("main", "The API base URL, e.g. https://api.xurrent.com/v1.")),
               QStringLiteral("URL"))
    , m_account(QStringLiteral("account"), text(QT_TRANSLATE_NOOP("main", "The account id, e.g. wdc.")),
                QStringLiteral("ID"))
    , m_screenshot(QStringLiteral("screenshot"),
                   text(QT_TRANSLATE_NOOP(
                       "main", "Save the window to a PNG once the first pages are shown, then quit.")),
                   text(QT_TRANSLATE_NOOP("main", "FILE")))
    , m_profile(QStringLiteral("profile"), text(QT_TRANSLATE_NOOP("main", "Open the saved profile NAME.")),
                text(QT_TRANSLATE_NOOP("main", "NAME")))
    , m_readOnly(QStringLiteral("read-only"),
                 text(QT_TRANSLATE_NOOP("main", "Make no changes: every write action is disabled.")))
    , m_view(QStringLiteral("view"),
             text(QT_TRANSLATE_NOOP("main",
                                    "The area to show first: overview, offerings, instances or journal.")),
             text(QT_TRANSLATE_NOOP("main", "AREA")), QStringLiteral("offerings"))
    , m_dark(QStringLiteral("dark"),
             text(QT_TRANSLATE_NOOP("main", "Use a dark palette, whatever the desktop's (for screenshots).")))
    , m_firstPaint(
          QStringLiteral("report-first-paint"),
          text(QT_TRANSLATE_NOOP(
              "main",
              "Print when the first rows of the area shown are painted, then quit (for benchmarks).")))
    , m_full(
          QStringLiteral("full"),
          text(QT_TRANSLATE_NOOP("main", "sync: also look for deleted records now (every id is listed), even "
                                         "when that takes more than the usual share of the hour's quota.")))
    , m_format(QStringLiteral("format"),
               text(QT_TRANSLATE_NOOP("main",
                                      "export: csv (the columns the console's Export writes) or json (every "
                                      "record whole, with the API's field names). Default: the --output "
                                      "file's extension, otherwise csv.")),
               text(QT_TRANSLATE_NOOP("main", "FORMAT")))
    , m_output(
          QStringLiteral("output"),
          text(QT_TRANSLATE_NOOP("main", "export: write to FILE (replaced only once complete) instead of "
                                         "standard output.")),
          text(QT_TRANSLATE_NOOP("main", "FILE")))
    , m_offline(QStringLiteral("offline"),
                text(QT_TRANSLATE_NOOP("main", "export: send nothing; write what the local copy holds.")))
{
    m_parser.setApplicationDescription(
        text(QT_TRANSLATE_NOOP(
            "main", "A desktop console for 4me / Xurrent app providers.\n\n"
                    "The API token is read from the environment variable PROVIDER_CONSOLE_TOKEN;\n"
                    "it is never accepted on the command line, where other users could read it.")) +
        QStringLiteral("\n\n") + text(kCommandsHelp));
    m_parser.addPositionalArgument(
        text(QT_TRANSLATE_NOOP("main", "command")),
        text(QT_TRANSLATE_NOOP("main", "sync or export, with what they take (see Commands above).")),
        QStringLiteral("[sync|export …]"));
    m_parser.addOptions({m_profile, m_apiUrl, m_account, m_readOnly, m_demo, m_demoInstances, m_screenshot,
                         m_view, m_dark, m_firstPaint, m_full, m_format, m_output, m_offline});
}

bool CommandLine::namesHeadlessCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && (arguments.at(1) == kSync || arguments.at(1) == kExport);
}

Answer CommandLine::unknownProfile(const QString &name, const QStringList &names)
{
    const QString known =
        names.isEmpty() ? text(QT_TRANSLATE_NOOP("main", "none yet")) : names.join(QStringLiteral(", "));
    return refusal(
        text(QT_TRANSLATE_NOOP("main", "There is no profile named \"%1\". Profiles: %2.")).arg(name, known));
}

std::variant<StartOptions, Answer> CommandLine::read(const QStringList &arguments, bool hasEnvironmentToken,
                                                     Reading reading)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument.startsWith(QLatin1String("--token")) || argument.startsWith(QLatin1String("-token")))
            return refusal(text(QT_TRANSLATE_NOOP(
                "main", "The API token is not accepted on the command line, where other users can read "
                        "it. Set PROVIDER_CONSOLE_TOKEN in the environment instead.")));
    }
    const bool headless = namesHeadlessCommand(arguments);
    if (!m_parser.parse(arguments)) {
        if (reading == Reading::BeforeApplication && !headless)
            return StartOptions{}; // maybe one of Qt's options: QApplication takes those out
        // A command takes no Qt options: what is not ours is a usage error.
        return Answer{headless ? 2 : 1, QStringLiteral("provider-console: ") + m_parser.errorText()};
    }
    if (m_parser.isSet(QStringLiteral("help-all"))) {
        if (reading == Reading::BeforeApplication)
            return StartOptions{};
        m_parser.process(arguments); // prints every option, Qt's too, and ends the program
    }
    if (m_parser.isSet(m_help))
        return Answer{0, m_parser.helpText()};
    if (m_parser.isSet(m_version))
        return Answer{0, versionText()};

    StartOptions options;
    bool instancesOk = false;
    options.demoInstances = m_parser.value(m_demoInstances).toInt(&instancesOk);
    if (!instancesOk || options.demoInstances < 0 || options.demoInstances > 1000000)
        return refusal(text(QT_TRANSLATE_NOOP("main", "--demo-instances takes a number from 0 to 1000000.")));
    options.demo = m_parser.isSet(m_demo);
    options.profile = m_parser.value(m_profile);
    options.readOnly = m_parser.isSet(m_readOnly);
    if (m_parser.isSet(m_view)) {
        static const QStringList areas = {QStringLiteral("offerings"), QStringLiteral("instances"),
                                          QStringLiteral("journal"), QStringLiteral("overview")};
        const qsizetype area = areas.indexOf(m_parser.value(m_view));
        if (area < 0)
            return refusal(
                text(QT_TRANSLATE_NOOP("main", "--view takes overview, offerings, instances or journal.")));
        options.initialArea = int(area);
    }
    options.dark = m_parser.isSet(m_dark);
    if (m_parser.isSet(m_screenshot))
        options.screenshotPath = QFileInfo(m_parser.value(m_screenshot)).absoluteFilePath();
    options.reportFirstPaint = m_parser.isSet(m_firstPaint);
    if (const std::optional<Answer> refused = readCommand(options))
        return *refused;
    if (const std::optional<Answer> refused = checkConnection(options, hasEnvironmentToken))
        return *refused;
    return options;
}

std::optional<Answer> CommandLine::readCommand(StartOptions &options) const
{
    const QStringList words = m_parser.positionalArguments();
    const QList<const QCommandLineOption *> windowOptions{&m_demo, &m_demoInstances, &m_screenshot,
                                                          &m_view, &m_dark,          &m_firstPaint};
    if (words.isEmpty())
        return misplaced(m_parser, {&m_full, &m_format, &m_output, &m_offline}, QString());
    const QString &name = words.constFirst();
    HeadlessCommand command;
    if (name == kSync) {
        if (const auto refused =
                misplaced(m_parser, windowOptions + QList{&m_format, &m_output, &m_offline}, name))
            return refused;
        if (words.size() > 2)
            return refusal(text(
                QT_TRANSLATE_NOOP("main", "sync takes one collection at most: offerings or instances.")));
        if (words.size() == 2) {
            const std::optional<IndexCollection> collection = collectionNamed(words.at(1));
            if (!collection)
                return unknownCollection(words.at(1));
            command.collections = {*collection};
        }
        command.full = m_parser.isSet(m_full);
    } else if (name == kExport) {
        if (const auto refused = misplaced(m_parser, windowOptions + QList{&m_full}, name))
            return refused;
        command.kind = HeadlessCommand::Kind::Export;
        if (const auto refused = readExport(command, words))
            return refused;
    } else {
        return refusal(
            text(QT_TRANSLATE_NOOP("main", "There is no command \"%1\": sync or export (see --help)."))
                .arg(name));
    }
    if (options.profile.isEmpty() && !m_parser.isSet(m_apiUrl))
        return refusal(
            text(QT_TRANSLATE_NOOP(
                     "main", "%1 needs a connection: --profile NAME, or --api-url URL with --account ID."))
                .arg(name));
    options.command = command;
    return std::nullopt;
}

std::optional<Answer> CommandLine::readExport(HeadlessCommand &command, const QStringList &words) const
{
    if (words.size() != 2)
        return refusal(
            text(QT_TRANSLATE_NOOP("main", "export takes one collection: offerings or instances.")));
    const std::optional<IndexCollection> collection = collectionNamed(words.at(1));
    if (!collection)
        return unknownCollection(words.at(1));
    command.collections = {*collection};
    command.offline = m_parser.isSet(m_offline);
    if (m_parser.isSet(m_output)) {
        if (m_parser.value(m_output).isEmpty())
            return refusal(text(QT_TRANSLATE_NOOP("main", "--output needs a file name.")));
        command.output = QFileInfo(m_parser.value(m_output)).absoluteFilePath();
    }
    const QString format = m_parser.isSet(m_format) ? m_parser.value(m_format).toLower()
                           : command.output.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                               ? QStringLiteral("json")
                               : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return refusal(text(QT_TRANSLATE_NOOP("main", "--format takes csv or json.")));
    command.format =
        format == QLatin1String("json") ? RecordExporter::Format::Json : RecordExporter::Format::Csv;
    return std::nullopt;
}

std::optional<Answer> CommandLine::checkConnection(StartOptions &options, bool hasEnvironmentToken) const
{
    if (options.demo || !m_parser.isSet(m_apiUrl))
        return std::nullopt;
    QString error;
    options.apiUrl = ApiEndpoints::normalizeCustomBaseUrl(m_parser.value(m_apiUrl), &error);
    if (!options.apiUrl)
        return refusal(error);
    options.account = m_parser.value(m_account).trimmed();
    if (options.account.isEmpty())
        return refusal(text(QT_TRANSLATE_NOOP("main", "--account is required with --api-url.")));
    // An export that sends nothing needs no token.
    const bool needsToken = !options.command || !options.command->offline;
    if (!hasEnvironmentToken && needsToken)
        return refusal(text(QT_TRANSLATE_NOOP(
            "main", "Set the API token in the environment variable PROVIDER_CONSOLE_TOKEN, or save a "
                    "profile (start without options) to keep it in the keychain.")));
    return std::nullopt;
}

} // namespace pc::program
