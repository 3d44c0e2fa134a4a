#pragma once

#include <QLatin1String>
#include <QString>
#include <QUrl>

// The two names of the instance collection: current servers list app
// instances at /app_instances (with an `app_offering` reference), 2021 ones
// at /integration_instances (with `integration`). The client probes which
// one a server has (ApiCall) and asks for the right one from then on.
namespace pc {

inline const QLatin1String kCurrentInstances("app_instances");
inline const QLatin1String kLegacyInstances("integration_instances");

// The same request on the legacy collection: the path's app_instances becomes
// integration_instances (the list, a record, a predefined filter, and an
// offering's nested list: app_offerings/12/integration_instances), and a
// ?fields= naming app_offering names the legacy field `integration` instead.
// Other URLs are returned as they are.
QUrl toLegacyInstancesUrl(QUrl url, const QString &basePath);
// Whether `path` (absolute, under `basePath`) is on the current instance
// collection: /app_instances… or an offering's nested /app_instances.
bool isCurrentInstancesPath(const QString &path, const QString &basePath);

} // namespace pc
