#include "app/net/instancepaths.h"

#include <QStringList>
#include <QUrlQuery>

namespace pc {

namespace {

// Where in `path` the current collection's name starts (after the base, or
// after app_offerings/<id>/), -1 when the path is not on it.
qsizetype currentInstancesAt(const QString &path, const QString &basePath)
{
    const QString base = basePath + QLatin1Char('/');
    if (!path.startsWith(base))
        return -1;
    const QStringList segments = path.mid(base.size()).split(QLatin1Char('/'));
    qsizetype at = base.size();
    qsizetype index = 0;
    bool numeric = false;
    if (segments.size() >= 3 && segments.at(0) == QLatin1String("app_offerings") &&
        (segments.at(1).toLongLong(&numeric), numeric)) {
        at += segments.at(0).size() + segments.at(1).size() + 2;
        index = 2;
    }
    return segments.value(index) == kCurrentInstances ? at : -1;
}

} // namespace

bool isCurrentInstancesPath(const QString &path, const QString &basePath)
{
    return currentInstancesAt(path, basePath) >= 0;
}

QUrl toLegacyInstancesUrl(QUrl url, const QString &basePath)
{
    const QString path = url.path();
    const qsizetype at = currentInstancesAt(path, basePath);
    if (at < 0)
        return url;
    url.setPath(path.left(at) + kLegacyInstances + path.mid(at + kCurrentInstances.size()));
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("fields"))) {
        QStringList fields = query.queryItemValue(QStringLiteral("fields")).split(QLatin1Char(','));
        for (QString &field : fields) {
            if (field == QLatin1String("app_offering"))
                field = QStringLiteral("integration");
        }
        query.removeAllQueryItems(QStringLiteral("fields"));
        query.addQueryItem(QStringLiteral("fields"), fields.join(QLatin1Char(',')));
        url.setQuery(query);
    }
    return url;
}

} // namespace pc
