#pragma once

// Shared set-up for tests that talk real HTTP to the sandbox on loopback.

#include "app/net/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QString>
#include <QTest>
#include <QtGlobal>

#include <memory>

namespace testsupport {

// The API generation the sandboxes of this run answer as: PC_SANDBOX_GENERATION
// =2021 runs a test binary against 2021 servers (CTest registers the relevant
// tests a second time with it: pc_add_2021_run), anything else the current API.
inline sandbox::ApiGeneration sandboxGeneration()
{
    return qEnvironmentVariable("PC_SANDBOX_GENERATION") == QLatin1String("2021")
               ? sandbox::ApiGeneration::V2021
               : sandbox::ApiGeneration::Current;
}

inline bool sandboxIs2021()
{
    return sandboxGeneration() == sandbox::ApiGeneration::V2021;
}

// The instance collection's path on this run's sandboxes ("/v1/app_instances"
// or, on a 2021 server, "/v1/integration_instances"), `rest` appended.
inline QString instancesPath(const QString &rest = {})
{
    return (sandboxIs2021() ? QStringLiteral("/v1/integration_instances")
                            : QStringLiteral("/v1/app_instances")) +
           rest;
}

// An offering's nested instance list on this run's sandboxes.
inline QString nestedInstancesPath(qint64 offeringId)
{
    return QStringLiteral("/v1/app_offerings/%1/%2")
        .arg(offeringId)
        .arg(sandboxIs2021() ? QStringLiteral("integration_instances") : QStringLiteral("app_instances"));
}

// The name of an instance's offering reference on this run's sandboxes (what
// ?fields= asks for): `integration` on a 2021 server.
inline QString instanceOfferingField()
{
    return sandboxIs2021() ? QStringLiteral("integration") : QStringLiteral("app_offering");
}

// The field the offerings are listed by when no sort is asked for.
inline QString offeringsDefaultOrder()
{
    return sandboxIs2021() ? QStringLiteral("reference") : QStringLiteral("name");
}

// A sandbox on `address`, in this run's generation (sandboxGeneration())
// unless `options` asks for 2021 itself.
inline std::unique_ptr<sandbox::SandboxServer>
startSandbox(sandbox::SandboxOptions options = {}, const QHostAddress &address = QHostAddress::LocalHost)
{
    if (options.generation == sandbox::ApiGeneration::Current)
        options.generation = sandboxGeneration();
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    if (server->listen(address, 0) == 0)
        qFatal("the sandbox could not listen on %s", qPrintable(address.toString()));
    return server;
}

// The same over TLS, as production is, with the certificate made at build
// time in `tlsFolder` (a test's PC_TEST_TLS: localhost.crt and localhost.key).
// A profile trusts it with localhost.crt as its CA bundle.
inline std::unique_ptr<sandbox::SandboxServer> startTlsSandbox(const QString &tlsFolder,
                                                               sandbox::SandboxOptions options = {})
{
    options.tlsCertificateFile = tlsFolder + QStringLiteral("/localhost.crt");
    options.tlsKeyFile = tlsFolder + QStringLiteral("/localhost.key");
    return startSandbox(options);
}

// Settings for a client of `server`, with fast retries so tests stay quick.
inline pc::ConnectionSettings settingsFor(const sandbox::SandboxServer &server)
{
    pc::ConnectionSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.account = server.options().account;
    settings.token = server.options().token.toUtf8();
    settings.retryBaseDelayMs = 20;
    settings.transferTimeoutMs = 5000;
    return settings;
}

// The offerings the plain /app_offerings list holds: the account's own, not
// the ones trusted accounts published (those carry an `account` reference).
inline QList<qint64> ownOfferingIds(const sandbox::SandboxServer &server)
{
    QList<qint64> ids;
    for (qint64 id : server.offeringIds()) {
        if (!server.offering(id).contains(QStringLiteral("account")))
            ids.append(id);
    }
    return ids;
}

// The id of the offering an instance belongs to, as the sandbox has it.
inline qint64 offeringOf(const sandbox::SandboxServer &server, qint64 instanceId)
{
    return server.instance(instanceId).value(QStringLiteral("app_offering")).toObject().value(QStringLiteral("id")).toInteger();
}

// An instance as this run's sandbox answers with it: SandboxServer::instance()
// gives the current API's form; a 2021 server names the offering reference
// `integration` (with the offering's own reference in it) and the record's
// nodeID is an IntegrationInstance's.
inline QJsonObject servedInstance(const sandbox::SandboxServer &server, qint64 instanceId)
{
    QJsonObject record = server.instance(instanceId);
    if (!sandboxIs2021())
        return record;
    QJsonObject offering = record.take(QStringLiteral("app_offering")).toObject();
    if (!offering.isEmpty())
        offering.insert(QStringLiteral("reference"),
                        server.offering(offering.value(QStringLiteral("id")).toInteger()).value(QStringLiteral("reference")));
    record.insert(QStringLiteral("integration"), offering.isEmpty() ? QJsonValue() : QJsonValue(offering));
    if (record.contains(QStringLiteral("nodeID")))
        record.insert(QStringLiteral("nodeID"),
                      QString::fromLatin1(QByteArray("4me.com/IntegrationInstance/" + QByteArray::number(instanceId))
                                              .toBase64(QByteArray::OmitTrailingEquals)));
    return record;
}

// The same in the shape the console keeps it (the local index, its exports):
// the offering reference always named `app_offering`.
inline QJsonObject listedInstance(const sandbox::SandboxServer &server, qint64 instanceId)
{
    QJsonObject record = servedInstance(server, instanceId);
    if (record.contains(QStringLiteral("integration")))
        record.insert(QStringLiteral("app_offering"), record.take(QStringLiteral("integration")));
    return record;
}

// How many instances the sandbox has of one offering.
inline int instanceCountOf(const sandbox::SandboxServer &server, qint64 offeringId)
{
    int count = 0;
    for (qint64 id : server.instanceIds())
        count += offeringOf(server, id) == offeringId;
    return count;
}

inline int ownOfferingCount(const sandbox::SandboxServer &server)
{
    return static_cast<int>(ownOfferingIds(server).size());
}

} // namespace testsupport
