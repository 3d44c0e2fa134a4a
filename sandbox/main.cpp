// provider-sandbox: the local 4me REST API emulator as a stand-alone server,
// for trying the console (or curl) against predictable data.

#include "sandbox/faults.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdlib>

namespace {

// The sandbox's strings, in the project's catalogues
// (translations/provider-console_<lang>.ts; the sandbox embeds its own .qm).
class SandboxText
{
    Q_DECLARE_TR_FUNCTIONS(SandboxText)
};

// Qt's own strings (QCommandLineParser's "Usage:", "Options:", --help and
// --version) and the sandbox's, in the user's language where there are any.
void installTranslators(QCoreApplication *app)
{
    const QList<QPair<QString, QString>> catalogues{
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("provider-console"), QStringLiteral(":/i18n")}};
    for (const auto &[name, folder] : catalogues) {
        auto *translator = new QTranslator(app);
        if (translator->load(QLocale(), name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
    }
}

// The --fault specs, each one a fault; false (said on `err`) at the first bad one.
bool parseFaults(const QStringList &specs, QList<sandbox::Fault> *faults, QTextStream &err)
{
    for (const QString &spec : specs) {
        sandbox::Fault fault;
        QString error;
        if (!sandbox::parseFaultSpec(spec, &fault, &error)) {
            err << "provider-sandbox: --fault " << spec << ": " << error << Qt::endl;
            return false;
        }
        faults->append(fault);
    }
    return true;
}

// The command line's options, each added to `parser` with its help.
struct Options
{
    QCommandLineOption port;
    QCommandLineOption bind;
    QCommandLineOption remote;
    QCommandLineOption offerings;
    QCommandLineOption instances;
    QCommandLineOption accounts;
    QCommandLineOption seed;
    QCommandLineOption token;
    QCommandLineOption account;
    QCommandLineOption noBurst;
    QCommandLineOption hourly;
    QCommandLineOption latency;
    QCommandLineOption legacyOnly;
    QCommandLineOption noLegacy;
    QCommandLineOption generation;
    QCommandLineOption tlsCert;
    QCommandLineOption tlsKey;
    QCommandLineOption fault;
};

Options addOptions(QCommandLineParser &parser)
{
    const sandbox::SandboxOptions defaults;
    auto value = [&](const char *name, const QString &description, const QString &valueName,
                     const QString &fallback) {
        QCommandLineOption option(QString::fromLatin1(name), description, valueName, fallback);
        parser.addOption(option);
        return option;
    };
    auto flag = [&](const char *name, const QString &description) {
        QCommandLineOption option(QString::fromLatin1(name), description);
        parser.addOption(option);
        return option;
    };
    return Options{
        .port = value("port", SandboxText::tr("Port to listen on (default 8080; 0 picks a free one)."),
                      QStringLiteral("N"), QStringLiteral("8080")),
        .bind = value("bind", SandboxText::tr("Address to bind (default 127.0.0.1)."),
                      SandboxText::tr("ADDRESS"), QStringLiteral("127.0.0.1")),
        .remote = flag("allow-remote",
                       SandboxText::tr("Allow binding a non-loopback address (the token is well known!).")),
        .offerings = value("offerings", SandboxText::tr("Number of seeded app offerings."),
                           QStringLiteral("N"), QString::number(defaults.offeringCount)),
        .instances = value("instances", SandboxText::tr("Number of seeded app instances."),
                           QStringLiteral("N"), QString::number(defaults.instanceCount)),
        .accounts = value("accounts", SandboxText::tr("Number of customer accounts."), QStringLiteral("N"),
                          QString::number(defaults.customerAccountCount)),
        .seed = value("seed", SandboxText::tr("Random seed of the data."), QStringLiteral("N"),
                      QString::number(defaults.seed)),
        .token = value("token", SandboxText::tr("The accepted Bearer token."), QStringLiteral("T"),
                       defaults.token),
        .account = value("account", SandboxText::tr("The provider's account id."), QStringLiteral("ID"),
                         defaults.account),
        .noBurst =
            flag("no-burst-limit", SandboxText::tr("Switch the burst limit (20 requests per 2 s) off.")),
        .hourly = value("hourly-limit", SandboxText::tr("Requests per rolling hour (0 = off)."),
                        QStringLiteral("N"), QString::number(defaults.hourlyLimit)),
        .latency = value("latency", SandboxText::tr("Milliseconds added to every answer."),
                         QStringLiteral("MS"), QStringLiteral("0")),
        .legacyOnly =
            flag("legacy-only", SandboxText::tr("Serve only /v1/integration_instances (an older server).")),
        .noLegacy = flag("no-legacy", SandboxText::tr("Do not serve the legacy /v1/integration_instances.")),
        .generation =
            value("api-generation",
                  SandboxText::tr("The API to answer as: current (default), or 2021 (offerings sorted by "
                                  "reference, instances only at /integration_instances)."),
                  SandboxText::tr("GENERATION"), QStringLiteral("current")),
        .tlsCert =
            value("tls-cert", SandboxText::tr("Serve HTTPS with this certificate (PEM); needs --tls-key."),
                  SandboxText::tr("FILE"), QString()),
        .tlsKey = value("tls-key", SandboxText::tr("The private key (PEM) of --tls-cert."),
                        SandboxText::tr("FILE"), QString()),
        .fault = value("fault", SandboxText::tr("Inject a fault (repeatable); see the grammar above."),
                       SandboxText::tr("SPEC"), QString()),
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("provider-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION));
    installTranslators(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        SandboxText::tr("A local emulator of the 4me / Xurrent REST API (app offerings and app instances).") +
        QStringLiteral("\n\n") + sandbox::faultSpecHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const Options given = addOptions(parser);
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    auto number = [&](const QCommandLineOption &option, int minimum) {
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < minimum) {
            err << "provider-sandbox: "
                << SandboxText::tr("--%1 needs a number >= %2")
                       .arg(option.names().first(), QString::number(minimum))
                << Qt::endl;
            std::exit(2);
        }
        return n;
    };

    sandbox::SandboxOptions options;
    options.offeringCount = number(given.offerings, 0);
    options.instanceCount = number(given.instances, 0);
    options.customerAccountCount = number(given.accounts, 1);
    options.seed = quint32(number(given.seed, 0));
    options.token = parser.value(given.token);
    options.account = parser.value(given.account);
    options.burstLimit = !parser.isSet(given.noBurst);
    options.hourlyLimit = number(given.hourly, 0);
    options.latencyMs = number(given.latency, 0);
    options.appInstancesEnabled = !parser.isSet(given.legacyOnly);
    options.integrationInstancesEnabled = !parser.isSet(given.noLegacy);
    const int port = number(given.port, 0);
    const QString generation = parser.value(given.generation);
    if (generation != QLatin1String("current") && generation != QLatin1String("2021")) {
        err << "provider-sandbox: "
            << SandboxText::tr("--api-generation takes current or 2021, not %1").arg(generation) << Qt::endl;
        return 2;
    }
    if (generation == QLatin1String("2021"))
        options.generation = sandbox::ApiGeneration::V2021;
    options.tlsCertificateFile = parser.value(given.tlsCert);
    options.tlsKeyFile = parser.value(given.tlsKey);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        err << "provider-sandbox: " << SandboxText::tr("--tls-cert and --tls-key go together") << Qt::endl;
        return 2;
    }

    QHostAddress address;
    if (!address.setAddress(parser.value(given.bind))) {
        err << "provider-sandbox: "
            << SandboxText::tr("cannot read the address %1").arg(parser.value(given.bind)) << Qt::endl;
        return 2;
    }
    if (!address.isLoopback() && !parser.isSet(given.remote)) {
        err << "provider-sandbox: "
            << SandboxText::tr(
                   "refusing to bind %1: the sandbox accepts a well-known token. Use --allow-remote if you "
                   "mean it.")
                   .arg(address.toString())
            << Qt::endl;
        return 2;
    }

    QList<sandbox::Fault> faults;
    if (!parseFaults(parser.values(given.fault), &faults, err))
        return 2;

    QElapsedTimer startup;
    startup.start();
    sandbox::SandboxServer server(options);
    for (const sandbox::Fault &fault : std::as_const(faults))
        server.addFault(fault);
    if (server.listen(address, quint16(port)) == 0) {
        const QString where = address.toString() + QLatin1Char(':') + QString::number(port);
        err << "provider-sandbox: "
            << (options.tlsCertificateFile.isEmpty()
                    ? SandboxText::tr("cannot listen on %1").arg(where)
                    : SandboxText::tr(
                          "cannot listen on %1 (or cannot read the TLS certificate and key %2, %3)")
                          .arg(where, options.tlsCertificateFile, options.tlsKeyFile))
            << Qt::endl;
        return 1;
    }
    QUrl url = server.baseUrl();
    url.setHost(address.toString());
    // bench/pc_bench.cpp reads the URL from this line, in whatever language.
    out << "provider-sandbox: "
        << SandboxText::tr(
               "listening on %1 (account %2, token %3; %4 offerings, %5 instances, ready in %6 ms)")
               .arg(url.toString(), options.account, options.token, QString::number(server.offeringCount()),
                    QString::number(server.instanceCount()), QString::number(startup.elapsed()))
        << Qt::endl;
    return app.exec();
}
