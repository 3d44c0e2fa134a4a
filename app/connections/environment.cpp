#include "app/connections/environment.h"

#include <QHostAddress>

namespace pc {

QUrl ApiEndpoints::baseUrl(Environment environment, Region region, Brand brand)
{
    const bool xurrent = brand == Brand::Xurrent;
    QString domain;
    switch (environment) {
    case Environment::Production:
        domain = xurrent ? QStringLiteral("xurrent.com") : QStringLiteral("4me.com");
        break;
    case Environment::Qa:
        domain = xurrent ? QStringLiteral("xurrent.qa") : QStringLiteral("4me.qa");
        break;
    case Environment::Demo:
        domain = xurrent ? QStringLiteral("xurrent-demo.com") : QStringLiteral("4me-demo.com");
        region = Region::Global;
        break;
    }
    QString prefix;
    switch (region) {
    case Region::Global: break;
    case Region::Au: prefix = QStringLiteral("au."); break;
    case Region::Uk: prefix = QStringLiteral("uk."); break;
    case Region::Ch: prefix = QStringLiteral("ch."); break;
    case Region::Us: prefix = QStringLiteral("us."); break;
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("api.") + prefix + domain);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

bool ApiEndpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QUrl> ApiEndpoints::normalizeCustomBaseUrl(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QUrl> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("The API URL is empty. Enter it like https://api.xurrent.com/v1."));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a valid URL. Enter it like https://api.xurrent.com/v1.").arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(tr("The API URL must start with https://."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return fail(tr("Plain http:// is only allowed for this computer (localhost); use https:// for %1 so "
                       "the API token is never sent unencrypted.")
                        .arg(url.host()));
    if (!url.userInfo().isEmpty())
        return fail(tr("The API URL must not contain a user name or password; the token is entered separately."));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The API URL must not contain a query (?…) or a fragment (#…)."));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/v1");
    url.setScheme(scheme);
    url.setPath(path);
    return url;
}

} // namespace pc
