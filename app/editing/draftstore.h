#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pc {

// Unsaved forms on disk, so a crash or a kill loses at most a few seconds of
// typing. One file per form, grouped by connection (host and account: never
// the token), written aside and renamed so a crash mid-write leaves the last
// good draft. Readable by the user only.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    struct Draft
    {
        QString key;        // "offering-12", "new-<uuid>"
        QDateTime savedAt;
        QJsonObject content;
    };

    explicit DraftStore(const QString &directory = defaultDirectory());
    static QString defaultDirectory(); // <app data>/drafts

    QString directory() const { return m_directory; }
    // `scope` names the connection ("wdc@api.xurrent.com").
    bool save(const QString &scope, const QString &key, const QJsonObject &content, QString *error = nullptr);
    bool remove(const QString &scope, const QString &key);
    // The drafts of one connection, oldest first; unreadable files are skipped.
    QList<Draft> drafts(const QString &scope) const;

private:
    QString scopeDirectory(const QString &scope) const;
    static QString fileName(const QString &key);

    QString m_directory;
};

} // namespace pc
