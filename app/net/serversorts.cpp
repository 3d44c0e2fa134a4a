#include "app/net/serversorts.h"

#include "app/net/instancepaths.h"

#include <QUrlQuery>

namespace pc {

ServerSorts::Support ServerSorts::support(const QString &collection, const QString &field) const
{
    return m_support.value(collection).value(field, Support::Unknown);
}

QString ServerSorts::resource(const QString &relativePath)
{
    const QStringList segments = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return {};
    bool numeric = false;
    QString name = segments.first();
    if (segments.size() >= 3 && (segments.at(1).toLongLong(&numeric), numeric))
        name = segments.at(2); // a nested list: the records are the inner collection's
    return name == kLegacyInstances ? QString(kCurrentInstances) : name;
}

bool ServerSorts::note(const QString &collection, const QString &field, Support support)
{
    Support &known = m_support[collection][field];
    if (known == support)
        return false;
    known = support;
    return true;
}

bool ServerSorts::learn(const QUrl &url, const QString &basePath, bool success,
                        const QStringList &refusedFields)
{
    QString path = url.path();
    if (!path.startsWith(basePath + QLatin1Char('/')))
        return false;
    const QString collection = resource(path.mid(basePath.size() + 1));
    if (collection.isEmpty())
        return false;
    bool learned = false;
    for (const QString &field : refusedFields)
        learned |= note(collection, field, Support::Refused);
    if (!success)
        return learned;
    const QString sort = QUrlQuery(url).queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded);
    for (QString field : sort.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        field = field.trimmed();
        if (field.startsWith(QLatin1Char('-')))
            field.remove(0, 1);
        if (!field.isEmpty())
            learned |= note(collection, field, Support::Accepted);
    }
    return learned;
}

} // namespace pc
