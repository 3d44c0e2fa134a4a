#include "app/program/commandline.h"

#include "app/connections/environment.h"

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

} // namespace

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
                   QStringLiteral("FILE"))
    , m_profile(QStringLiteral("profile"), text(QT_TRANSLATE_NOOP("main", "Open the saved profile NAME.")),
                QStringLiteral("NAME"))
    , m_readOnly(QStringLiteral("read-only"),
                 text(QT_TRANSLATE_NOOP("main", "Make no changes: every write action is disabled.")))
    , m_view(QStringLiteral("view"),
             text(QT_TRANSLATE_NOOP("main", "The area to show first: offerings or instances.")),
             QStringLiteral("AREA"), QStringLiteral("offerings"))
    , m_firstPaint(
          QStringLiteral("report-first-paint"),
          text(QT_TRANSLATE_NOOP(
              "main", "Print when the first page of offerings is painted, then quit (for benchmarks).")))
{
    m_parser.setApplicationDescription(text(QT_TRANSLATE_NOOP(
        "main", "A desktop console for 4me / Xurrent app providers.\n\n"
                "The API token is read from the environment variable PROVIDER_CONSOLE_TOKEN;\n"
                "it is never accepted on the command line, where other users could read it.")));
    m_parser.addOptions({m_profile, m_apiUrl, m_account, m_readOnly, m_demo, m_demoInstances, m_screenshot,
                         m_view, m_firstPaint});
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
    if (!m_parser.parse(arguments)) {
        if (reading == Reading::BeforeApplication)
            return StartOptions{}; // maybe one of Qt's options: QApplication takes those out
        return Answer{1, QStringLiteral("provider-console: ") + m_parser.errorText()};
    }
    if (m_parser.isSet(QStringLiteral("help-all"))) {
        if (reading == Reading::BeforeApplication)
            return StartOptions{};
        m_parser.process(arguments); // prints every option, Qt's too, and ends the program
    }
    if (m_parser.isSet(m_help))
        return Answer{0, m_parser.helpText()};
    if (m_parser.isSet(m_version))
        return Answer{0, QStringLiteral("provider-console %1").arg(QCoreApplication::applicationVersion())};

    StartOptions options;
    bool instancesOk = false;
    options.demoInstances = m_parser.value(m_demoInstances).toInt(&instancesOk);
    if (!instancesOk || options.demoInstances < 0 || options.demoInstances > 1000000)
        return refusal(text(QT_TRANSLATE_NOOP("main", "--demo-instances takes a number from 0 to 1000000.")));
    options.demo = m_parser.isSet(m_demo);
    options.profile = m_parser.value(m_profile);
    options.readOnly = m_parser.isSet(m_readOnly);
    if (m_parser.isSet(m_view))
        options.initialArea = m_parser.value(m_view) == QLatin1String("instances") ? 1 : 0;
    if (m_parser.isSet(m_screenshot))
        options.screenshotPath = QFileInfo(m_parser.value(m_screenshot)).absoluteFilePath();
    options.reportFirstPaint = m_parser.isSet(m_firstPaint);
    if (const std::optional<Answer> refused = checkConnection(options, hasEnvironmentToken))
        return *refused;
    return options;
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
    if (!hasEnvironmentToken)
        return refusal(text(QT_TRANSLATE_NOOP(
            "main", "Set the API token in the environment variable PROVIDER_CONSOLE_TOKEN, or save a "
                    "profile (start without options) to keep it in the keychain.")));
    return std::nullopt;
}

} // namespace pc::program
