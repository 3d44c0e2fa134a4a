#include "app/connections/profile.h"

#include "app/connections/secretstore.h"
#include "app/net/apiclient.h"

#include <QFileInfo>
#include <algorithm>

namespace pc {

namespace {

const QLatin1String kViewsGroup("profile-views");

} // namespace

QString ProxySettings::secretKey() const
{
    if (!isManual() || user.trimmed().isEmpty() || host.trimmed().isEmpty())
        return {};
    return QStringLiteral("proxy:") +
           SecretStore::keyFor(host + QLatin1Char(':') + QString::number(port), user);
}

QUrl Profile::baseUrl() const
{
    if (usesCustomUrl())
        return ApiEndpoints::normalizeCustomBaseUrl(customBaseUrl, nullptr).value_or(QUrl());
    return ApiEndpoints::baseUrl(environment, region, brand);
}

Profile::EnvironmentKind Profile::environmentKind() const
{
    auto kindOf = [](Environment environment) {
        switch (environment) {
        case Environment::Production:
            return EnvironmentKind::Production;
        case Environment::Qa:
            return EnvironmentKind::Qa;
        case Environment::Demo:
            return EnvironmentKind::Demo;
        }
        return EnvironmentKind::Custom;
    };
    if (!usesCustomUrl())
        return kindOf(environment);
    QString host = baseUrl().host().toLower();
    // "api.xurrent.com." (the fully qualified form) is the same host.
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty())
        return EnvironmentKind::Custom;
    if (ApiEndpoints::isLoopbackHost(host))
        return EnvironmentKind::Sandbox;
    // Any host under a known domain (api.uk.xurrent.com, but also a typo'd
    // path on it) is that environment.
    for (const Environment environment : {Environment::Production, Environment::Qa, Environment::Demo}) {
        for (const Brand brand : {Brand::Xurrent, Brand::FourMe}) {
            const QString domain =
                ApiEndpoints::baseUrl(environment, Region::Global, brand).host().mid(4); // "api."
            if (host == domain || host.endsWith(QLatin1Char('.') + domain))
                return kindOf(environment);
        }
    }
    return EnvironmentKind::Custom;
}

QString Profile::environmentKindName(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Production:
        return tr("Production");
    case EnvironmentKind::Qa:
        return tr("QA");
    case EnvironmentKind::Demo:
        return tr("Demo");
    case EnvironmentKind::Sandbox:
        return tr("Sandbox");
    case EnvironmentKind::Custom:
        return tr("Custom");
    }
    return {};
}

QString Profile::secretKey() const
{
    return SecretStore::keyFor(baseUrl().host(), account);
}

// '/' and '\' would start subgroups, so
// they (and '%', to keep the mapping unique) are percent-encoded. The real
// name is kept as a value in the group.
QString Profile::settingsKey(const QString &name)
{
    QString key = name;
    key.replace(QLatin1Char('%'), QLatin1String("%25"));
    key.replace(QLatin1Char('/'), QLatin1String("%2F"));
    key.replace(QLatin1Char('\\'), QLatin1String("%5C"));
    return key;
}

QString Profile::settingsGroupOf(const QString &name)
{
    return kViewsGroup + QLatin1Char('/') + settingsKey(name.trimmed());
}

QString Profile::settingsGroup() const
{
    return settingsGroupOf(name);
}

ConnectionSettings Profile::connectionSettings(const QByteArray &token) const
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl();
    settings.account = account.trimmed();
    settings.token = token;
    settings.readOnly = readOnly; // enforced by the client itself (ApiCall)
    return settings;
}

QList<ProfileIssue> Profile::validate() const
{
    QList<ProfileIssue> issues;
    if (name.trimmed().isEmpty())
        issues.append({ProfileIssue::Field::Name, tr("Enter a name for the profile.")});
    const QString trimmedAccount = account.trimmed();
    if (trimmedAccount.isEmpty()) {
        issues.append({ProfileIssue::Field::Account, tr("Enter the account id, for example wdc.")});
    } else if (std::any_of(trimmedAccount.begin(), trimmedAccount.end(),
                           [](QChar c) { return c.isSpace(); })) {
        issues.append({ProfileIssue::Field::Account,
                       tr("The account id \"%1\" must not contain spaces.").arg(trimmedAccount)});
    }
    if (usesCustomUrl()) {
        QString error;
        if (!ApiEndpoints::normalizeCustomBaseUrl(customBaseUrl, &error))
            issues.append({ProfileIssue::Field::BaseUrl, error});
    }
    if (proxy.isManual()) {
        if (proxy.host.trimmed().isEmpty())
            issues.append({ProfileIssue::Field::Proxy, tr("Enter the proxy's host name.")});
        if (proxy.port == 0)
            issues.append({ProfileIssue::Field::Proxy, tr("Enter the proxy's port (1 to 65535).")});
    }
    const QString bundle = caBundlePath.trimmed();
    if (!bundle.isEmpty() && !QFileInfo(bundle).isFile())
        issues.append({ProfileIssue::Field::CaBundle, tr("The CA bundle %1 does not exist.").arg(bundle)});
    return issues;
}

Profile Profile::normalized() const
{
    Profile p = *this;
    p.name = name.trimmed();
    p.account = account.trimmed();
    p.customBaseUrl = customBaseUrl.trimmed();
    if (const auto url = ApiEndpoints::normalizeCustomBaseUrl(p.customBaseUrl, nullptr))
        p.customBaseUrl = url->toString();
    p.proxy.host = proxy.host.trimmed();
    p.proxy.user = proxy.user.trimmed();
    p.caBundlePath = caBundlePath.trimmed();
    return p;
}

Profile Profile::forSandbox(const QUrl &baseUrl, const QString &account, const QString &name)
{
    Profile p;
    p.name = name.isEmpty() ? tr("Demo sandbox") : name;
    p.customBaseUrl = baseUrl.toString();
    p.account = account;
    p.proxy.mode = ProxyMode::None; // loopback never goes through a proxy
    return p;
}

} // namespace pc
