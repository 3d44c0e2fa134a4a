#include "app/net/instancepaths.h"

#include <QStringList>
#include <QUrlQuery>

namespace pc {

QUrl toLegacyInstancesUrl(QUrl url, const QString &basePath)
{
    const QString prefix = basePath + QLatin1Char('/') + kCurrentInstances;
    const QString path = url.path();
    if (!path.startsWith(prefix))
        return url;
    url.setPath(basePath + QLatin1Char('/') + kLegacyInstances + path.mid(prefix.size()));
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
