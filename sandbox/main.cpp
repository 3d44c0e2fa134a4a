// provider-sandbox: the local 4me REST API emulator as a stand-alone server,
// for trying the console (or curl) against predictable data.

#include "sandbox/faults.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTextStream>

#include <cstdlib>

namespace {

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("provider-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local emulator of the 4me / Xurrent REST API (app offerings and app instances).\n\n")
        + sandbox::faultSpecHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const sandbox::SandboxOptions defaults;
    auto value = [&](const char *name, const char *description, const QString &valueName, const QString &fallback) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(description), valueName, fallback);
        parser.addOption(option);
        return option;
    };
    auto flag = [&](const char *name, const char *description) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(description));
        parser.addOption(option);
        return option;
    };
    const auto portOption = value("port", "Port to listen on (default 8080; 0 picks a free one).", QStringLiteral("N"), QStringLiteral("8080"));
    const auto bindOption = value("bind", "Address to bind (default 127.0.0.1).", QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const auto remoteOption = flag("allow-remote", "Allow binding a non-loopback address (the token is well known!).");
    const auto offeringsOption = value("offerings", "Number of seeded app offerings.", QStringLiteral("N"), QString::number(defaults.offeringCount));
    const auto instancesOption = value("instances", "Number of seeded app instances.", QStringLiteral("N"), QString::number(defaults.instanceCount));
    const auto accountsOption = value("accounts", "Number of customer accounts.", QStringLiteral("N"), QString::number(defaults.customerAccountCount));
    const auto seedOption = value("seed", "Random seed of the data.", QStringLiteral("N"), QString::number(defaults.seed));
    const auto tokenOption = value("token", "The accepted Bearer token.", QStringLiteral("T"), defaults.token);
    const auto accountOption = value("account", "The provider's account id.", QStringLiteral("ID"), defaults.account);
    const auto noBurstOption = flag("no-burst-limit", "Switch the burst limit (20 requests per 2 s) off.");
    const auto hourlyOption = value("hourly-limit", "Requests per rolling hour (0 = off).", QStringLiteral("N"), QString::number(defaults.hourlyLimit));
    const auto latencyOption = value("latency", "Milliseconds added to every answer.", QStringLiteral("MS"), QStringLiteral("0"));
    const auto legacyOnlyOption = flag("legacy-only", "Serve only /v1/integration_instances (an older server).");
    const auto noLegacyOption = flag("no-legacy", "Do not serve the legacy /v1/integration_instances.");
    const auto generationOption = value("api-generation",
                                        "The API to answer as: current (default), or 2021 (offerings sorted by "
                                        "reference, instances only at /integration_instances).",
                                        QStringLiteral("GENERATION"), QStringLiteral("current"));
    const auto tlsCertOption = value("tls-cert", "Serve HTTPS with this certificate (PEM); needs --tls-key.",
                                     QStringLiteral("FILE"), QString());
    const auto tlsKeyOption = value("tls-key", "The private key (PEM) of --tls-cert.", QStringLiteral("FILE"), QString());
    const auto faultOption = value("fault", "Inject a fault (repeatable); see the grammar above.", QStringLiteral("SPEC"), QString());
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    auto number = [&](const QCommandLineOption &option, int minimum) {
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < minimum) {
            err << "provider-sandbox: --" << option.names().first() << " needs a number >= " << minimum << Qt::endl;
            std::exit(2);
        }
        return n;
    };

    sandbox::SandboxOptions options;
    options.offeringCount = number(offeringsOption, 0);
    options.instanceCount = number(instancesOption, 0);
    options.customerAccountCount = number(accountsOption, 1);
    options.seed = quint32(number(seedOption, 0));
    options.token = parser.value(tokenOption);
    options.account = parser.value(accountOption);
    options.burstLimit = !parser.isSet(noBurstOption);
    options.hourlyLimit = number(hourlyOption, 0);
    options.latencyMs = number(latencyOption, 0);
    options.appInstancesEnabled = !parser.isSet(legacyOnlyOption);
    options.integrationInstancesEnabled = !parser.isSet(noLegacyOption);
    const int port = number(portOption, 0);
    const QString generation = parser.value(generationOption);
    if (generation != QLatin1String("current") && generation != QLatin1String("2021")) {
        err << "provider-sandbox: --api-generation takes current or 2021, not " << generation << Qt::endl;
        return 2;
    }
    if (generation == QLatin1String("2021"))
        options.generation = sandbox::ApiGeneration::V2021;
    options.tlsCertificateFile = parser.value(tlsCertOption);
    options.tlsKeyFile = parser.value(tlsKeyOption);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        err << "provider-sandbox: --tls-cert and --tls-key go together" << Qt::endl;
        return 2;
    }

    QHostAddress address;
    if (!address.setAddress(parser.value(bindOption))) {
        err << "provider-sandbox: cannot read the address " << parser.value(bindOption) << Qt::endl;
        return 2;
    }
    if (!address.isLoopback() && !parser.isSet(remoteOption)) {
        err << "provider-sandbox: refusing to bind " << address.toString()
            << ": the sandbox accepts a well-known token. Use --allow-remote if you mean it." << Qt::endl;
        return 2;
    }

    QList<sandbox::Fault> faults;
    if (!parseFaults(parser.values(faultOption), &faults, err))
        return 2;

    QElapsedTimer startup;
    startup.start();
    sandbox::SandboxServer server(options);
    for (const sandbox::Fault &fault : std::as_const(faults))
        server.addFault(fault);
    if (server.listen(address, quint16(port)) == 0) {
        err << "provider-sandbox: cannot listen on " << address.toString() << ':' << port;
        if (!options.tlsCertificateFile.isEmpty())
            err << " (or cannot read the TLS certificate and key " << options.tlsCertificateFile << ", "
                << options.tlsKeyFile << ')';
        err << Qt::endl;
        return 1;
    }
    QUrl url = server.baseUrl();
    url.setHost(address.toString());
    out << "provider-sandbox listening on " << url.toString() << " (account " << options.account << ", token "
        << options.token << "; " << server.offeringCount() << " offerings, " << server.instanceCount()
        << " instances, ready in " << startup.elapsed() << " ms)" << Qt::endl;
    return app.exec();
}
