#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pc {

// What one server sorts by, as it has told this connection: a list answered
// with ?sort=field is sortable by that field; a 400 "Sorting not allowed on
// fields: …" names fields that are not. Servers differ (the 2021 API sorts
// offerings by `reference`, the current one by `name`), and no setting says
// which one a connection meets: the models ask here before offering a
// server sort, and fall back to sorting locally what the server refused.
// Kept in memory for the connection's client; not persisted.
class ServerSorts
{
public:
    enum class Support { Unknown, Accepted, Refused };

    // `collection` as resource() names it ("app_offerings", "app_instances").
    Support support(const QString &collection, const QString &field) const;

    // Learns from the answer to a GET of `url` (the final one, after any
    // rewrite to the legacy instance path): a success accepts the sort
    // fields the URL named; `refusedFields` (ApiError::refusedSortFields)
    // are refused. Returns true when something new was learned.
    bool learn(const QUrl &url, const QString &basePath, bool success, const QStringList &refusedFields);

    // The resource a list path belongs to, relative to the base path:
    // "app_offerings/latest_internal" and "app_offerings" are app_offerings;
    // "app_offerings/12/app_instances" is app_instances; the legacy
    // integration_instances is app_instances too (the same records).
    static QString resource(const QString &relativePath);

private:
    bool note(const QString &collection, const QString &field, Support support);

    QHash<QString, QHash<QString, Support>> m_support;
};

} // namespace pc
