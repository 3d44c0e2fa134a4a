#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// Where a 4me / Xurrent account lives: the API base URL is derived from the
// environment, the region and the brand, or given as a custom URL.
namespace pc {

enum class Brand { Xurrent, FourMe };
enum class Environment { Production, Qa, Demo };
enum class Region { Global, Au, Uk, Ch, Us };

class ApiEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(ApiEndpoints)

public:
    // https://api.<region.>DOMAIN/v1. Demo exists only as a global host, so the
    // region is ignored there.
    static QUrl baseUrl(Environment environment, Region region, Brand brand);

    // Checks and normalises a user-given API URL: https for every host but
    // loopback, no credentials, no query; an empty path becomes /v1. Returns
    // nullopt and sets *error to a sentence a person can act on otherwise.
    static std::optional<QUrl> normalizeCustomBaseUrl(const QString &text, QString *error);

    static bool isLoopbackHost(const QString &host);
};

} // namespace pc
