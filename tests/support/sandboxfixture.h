#pragma once

// Shared set-up for tests that talk real HTTP to the sandbox on loopback.

#include "app/net/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

namespace testsupport {

inline std::unique_ptr<sandbox::SandboxServer> startSandbox(sandbox::SandboxOptions options = {},
                                                            const QHostAddress &address = QHostAddress::LocalHost)
{
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    if (server->listen(address, 0) == 0)
        qFatal("the sandbox could not listen on %s", qPrintable(address.toString()));
    return server;
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
