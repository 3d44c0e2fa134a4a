#include "app/journal/actionjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace pc {

QJsonObject JournalEntry::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("host"), host);
    object.insert(QStringLiteral("account"), account);
    object.insert(QStringLiteral("record_type"), recordType);
    object.insert(QStringLiteral("record_id"), recordId);
    object.insert(QStringLiteral("action"), action);
    object.insert(QStringLiteral("before"), before);
    object.insert(QStringLiteral("after"), after);
    object.insert(QStringLiteral("ok"), ok);
    object.insert(QStringLiteral("http_status"), httpStatus);
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    return object;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &object)
{
    JournalEntry entry;
    entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    entry.host = object.value(QStringLiteral("host")).toString();
    entry.account = object.value(QStringLiteral("account")).toString();
    entry.recordType = object.value(QStringLiteral("record_type")).toString();
    entry.recordId = object.value(QStringLiteral("record_id")).toInteger();
    entry.action = object.value(QStringLiteral("action")).toString();
    entry.before = object.value(QStringLiteral("before")).toObject();
    entry.after = object.value(QStringLiteral("after")).toObject();
    entry.ok = object.value(QStringLiteral("ok")).toBool();
    entry.httpStatus = object.value(QStringLiteral("http_status")).toInt();
    entry.message = object.value(QStringLiteral("message")).toString();
    return entry;
}

ActionJournal::ActionJournal(const QString &filePath)
    : m_path(filePath)
{
}

QString ActionJournal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.jsonl"));
}

namespace {

// A crash mid-write leaves a last line without its newline: the next entry
// must start a line of its own, or it is glued to the cut one and lost too.
bool endsMidLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0 || !file.seek(file.size() - 1))
        return false;
    char last = '\n';
    return file.getChar(&last) && last != '\n';
}

} // namespace

bool ActionJournal::append(const JournalEntry &entry, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool afterCutLine = endsMidLine(m_path);
    QFile file(m_path);
    // Append-only and owner-only: a record of what was changed where.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("The journal %1 could not be opened: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = (afterCutLine ? QByteArray("\n") : QByteArray())
        + QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = tr("The journal %1 could not be written: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QList<JournalEntry> ActionJournal::readAll(int *skipped) const
{
    QList<JournalEntry> entries;
    int bad = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                ++bad; // a line cut short by a crash, or edited by hand
                continue;
            }
            entries.append(JournalEntry::fromJson(document.object()));
        }
    }
    if (skipped)
        *skipped = bad;
    return entries;
}

} // namespace pc
