#pragma once

// The list query engine: per_page, ?fields=, ?sort=, filters, predefined
// filters and cursor pagination (search_after / search_before), with the
// pagination headers and link URLs the real API sends.

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <vector>

namespace sandbox {

class Collection;

using QueryParams = QList<QPair<QString, QString>>;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Splits a raw query string and percent-decodes it ("+" is a space).
QueryParams parseQuery(const QByteArray &rawQuery);
// Re-encodes parameters the way the real server renders link URLs: commas
// (and "!" and ":") stay unencoded, so "fields=id,name" keeps its commas.
QByteArray encodeQuery(const QueryParams &params);
QString queryValue(const QueryParams &params, const QString &key, bool *present = nullptr);

// One API answer before it becomes HTTP bytes (faults may still change it).
struct ApiResult
{
    int status = 200;
    QJsonValue json = QJsonValue(QJsonValue::Object);
    HeaderList headers;
    bool isList = false;
    bool quotaExhausted = false; // a 429 of the hourly limit: x-ratelimit-remaining 0
    QString first, prev, next; // absolute link URLs, empty when absent
};

ApiResult errorResult(int status, const QString &message);

// Parses ?fields=. Unknown field names are ignored silently (the docs do not
// say what the server does with them); id is always included. Returns false
// when no fields parameter was given (then the default set applies).
bool parseFields(const QueryParams &params, QSet<QString> *fields);

class ListEngine
{
public:
    static constexpr int kDefaultPerPage = 20;
    static constexpr int kMaxPerPage = 100; // larger values are clamped to 100
    static constexpr int kThrottleCap = 100000;

    // baseUrl is the absolute URL of the request's path (no query), used for
    // the link header. predefined comes from the path suffix ("" = none).
    ApiResult list(const Collection &collection, const QueryParams &params, const QString &predefined,
                   const QString &baseUrl, quint64 dataVersion);

private:
    struct CacheEntry
    {
        quint64 version = 0;
        std::vector<int> rows;
    };
    QHash<QString, CacheEntry> m_cache;
};

} // namespace sandbox
