#include "app/editing/draftstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace pc {

namespace {
Q_LOGGING_CATEGORY(lcDrafts, "pc.drafts")
}

DraftStore::DraftStore(const QString &directory)
    : m_directory(directory)
{
}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::scopeDirectory(const QString &scope) const
{
    // Percent-encoded, so any host or account is one safe folder name.
    return m_directory + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(scope, QByteArray("@-_.")).replace('%', '='));
}

QString DraftStore::fileName(const QString &key)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(key, QByteArray("-_.")).replace('%', '='))
        + QStringLiteral(".json");
}

bool DraftStore::save(const QString &scope, const QString &key, const QJsonObject &content, QString *error)
{
    const QString folder = scopeDirectory(scope);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("The drafts folder %1 could not be created.").arg(folder);
        return false;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(folder + QLatin1Char('/') + fileName(key));
    const QJsonObject wrapped{{QStringLiteral("key"), key},
                              {QStringLiteral("scope"), scope},
                              {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("content"), content}};
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = file.write(QJsonDocument(wrapped).toJson(QJsonDocument::Compact)) >= 0 && file.commit();
    }
    if (!ok && error)
        *error = tr("The draft could not be written: %1").arg(file.errorString());
    return ok;
}

bool DraftStore::remove(const QString &scope, const QString &key)
{
    const QString path = scopeDirectory(scope) + QLatin1Char('/') + fileName(key);
    return !QFile::exists(path) || QFile::remove(path);
}

QList<DraftStore::Draft> DraftStore::drafts(const QString &scope) const
{
    QList<Draft> list;
    const QDir folder(scopeDirectory(scope));
    // Hidden too: a key starting with a dot ("..", ".x") makes a dot file.
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject wrapped = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject content = wrapped.value(QStringLiteral("content")).toObject();
        if (content.isEmpty() || wrapped.value(QStringLiteral("scope")).toString() != scope) {
            qCWarning(lcDrafts) << "skipped an unreadable draft" << name;
            continue;
        }
        list.append({wrapped.value(QStringLiteral("key")).toString(),
                     QDateTime::fromString(wrapped.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs),
                     content});
    }
    std::sort(list.begin(), list.end(), [](const Draft &a, const Draft &b) { return a.savedAt < b.savedAt; });
    return list;
}

} // namespace pc
