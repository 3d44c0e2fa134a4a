#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pc {

// One write the console made: what was asked, of which record, on which
// connection, and what came of it. Never the token: the connection is named
// by its host and account only.
struct JournalEntry
{
    QDateTime time;
    QString host;
    QString account;
    QString recordType;   // "app_offering", "app_instance"
    qint64 recordId = 0;  // 0 for a create that failed
    QString action;       // "create", "update", "suspend", "resume", "disable", "enable"
    QJsonObject before;   // the changed fields' old values
    QJsonObject after;    // their new values (as sent, or as the server answered)
    bool ok = false;
    int httpStatus = 0;
    QString message;      // the error, when it failed

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &object);
};

// The local journal: JSON lines, appended one write at a time (a crash loses
// at most the line being written), read back tolerating damaged lines.
class ActionJournal
{
    Q_DECLARE_TR_FUNCTIONS(ActionJournal)

public:
    explicit ActionJournal(const QString &filePath = defaultPath());
    static QString defaultPath(); // <app data>/journal.jsonl

    QString filePath() const { return m_path; }
    bool append(const JournalEntry &entry, QString *error = nullptr);
    // Every readable entry, oldest first; `skipped` counts lines that were not.
    QList<JournalEntry> readAll(int *skipped = nullptr) const;

private:
    QString m_path;
};

} // namespace pc
