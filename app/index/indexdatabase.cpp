#include "app/index/indexdatabase.h"

#include "app/index/indexschema.h"
#include "app/index/instancetablereader.h"
#include "app/net/recordid.h"
#include "app/records/timestamp.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QSysInfo>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <utility>
#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif
#endif

namespace pc {

Q_LOGGING_CATEGORY(lcIndex, "pc.index")

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// The files SQLite keeps beside the database, and the clean-close stamp (closedStampPath()).
const QStringList kCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                 QStringLiteral("-closed")};

// SQLite's SQLITE_BUSY and SQLITE_LOCKED: another connection is writing.
// That is no damage and must never move a file aside.
bool isBusy(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6");
}

bool processIsGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    return false; // the heartbeat's staleness decides
#endif
}

// The file exists before SQLite opens it, created owner-only: SQLite makes
// its -wal and -shm files with the main file's permissions, so they are
// owner-only too. A folder made here is the owner's alone as well.
bool prepareFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!folder.mkpath(QStringLiteral("."))) {
            *error = IndexDatabase::tr("The folder %1 could not be made.").arg(folder.path());
            return false;
        }
        QFile::setPermissions(folder.path(), kOwnerOnly | QFileDevice::ExeOwner);
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly) && !file.exists()) {
            *error = IndexDatabase::tr("The file %1 could not be made: %2").arg(path, file.errorString());
            return false;
        }
    }
    // A file an older console made with the default permissions is narrowed.
    QFile::setPermissions(path, kOwnerOnly);
    for (const QString &suffix : kCompanions) {
        if (QFile::exists(path + suffix))
            QFile::setPermissions(path + suffix, kOwnerOnly);
    }
    return true;
}

// What the file looked like when this console last closed it cleanly: its
// size and the time it was last written, in "<file>-closed" (no records, no
// secret). The same at the next open means nothing has written to the file
// since, so SQLite's quick_check, which reads every page of it (170 ms at
// 100,000 instances), is not needed to trust it.
QString closedStampPath(const QString &path)
{
    return path + QStringLiteral("-closed");
}

QByteArray fileStamp(const QString &path)
{
#ifdef Q_OS_LINUX
    // To the nanosecond, and the inode's change time too: a write in the
    // same millisecond as the close still shows.
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QByteArray::number(qint64(info.st_size)) + ' ' + QByteArray::number(qint64(info.st_ino)) + ' ' +
           QByteArray::number(qint64(info.st_mtim.tv_sec)) + '.' +
           QByteArray::number(qint64(info.st_mtim.tv_nsec)) + ' ' +
           QByteArray::number(qint64(info.st_ctim.tv_sec)) + '.' +
           QByteArray::number(qint64(info.st_ctim.tv_nsec));
#else
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QByteArray::number(info.size()) + ' ' +
           QByteArray::number(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
#endif
}

// True when the file is as this console left it; the stamp is used up
// either way (the file is about to be written to again).
bool closedCleanly(const QString &path)
{
    QFile stamp(closedStampPath(path));
    if (!stamp.open(QIODevice::ReadOnly))
        return false;
    const QByteArray recorded = stamp.readAll().trimmed();
    stamp.close();
    stamp.remove();
    return !recorded.isEmpty() && recorded == fileStamp(path);
}

void recordCleanClose(const QString &path)
{
    const QByteArray stamp = fileStamp(path);
    QFile file(closedStampPath(path));
    if (!stamp.isEmpty() && file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerOnly))
        file.write(stamp + '\n');
}

QString pragmaValue(QSqlDatabase &db, const QString &pragma, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma)) {
        *error = query.lastError();
        return {};
    }
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    return rows.join(QLatin1Char('\n'));
}

QString compactText(const QJsonObject &record)
{
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact).left(200));
}

} // namespace

IndexDatabase::IndexDatabase(const QString &connectionName)
    : m_connectionName(connectionName)
{}

IndexDatabase::~IndexDatabase()
{
    close();
}

QString IndexDatabase::movedAsideName(const QString &path, const QDateTime &when)
{
    return path + QStringLiteral(".damaged-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

OpenResult IndexDatabase::open(const QString &path)
{
    close();
    m_path = path;
    bool damaged = false;
    OpenResult result = openFile(path, &damaged);
    return damaged ? rebuild(path, result.error) : result;
}

OpenResult IndexDatabase::openFile(const QString &path, bool *damagedOut)
{
    OpenResult result;
    // Before anything touches the file (narrowing its permissions changes
    // its inode's change time).
    m_trustedAsClosed = closedCleanly(path);
    m_checked = false;
    if (!prepareFile(path, &result.error))
        return result;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    m_open = db.open();
    bool damaged = false;
    if (!m_open) {
        result.error = db.lastError().text();
        damaged = !isBusy(db.lastError());
    } else if (configure(&result.error, &damaged)) {
        result.schemaVersion = indexschema::version(db, &result.error);
        if (result.schemaVersion == 0) {
            // Two consoles may make a new file at once: the version is read
            // again inside the writer's transaction.
            result.ok =
                begin(&result.error) &&
                (indexschema::version(db, &result.error) != 0 || indexschema::create(db, &result.error)) &&
                commit(&result.error);
            result.schemaVersion = indexschema::Current;
        } else if (result.schemaVersion > indexschema::Current) {
            result.error =
                tr("The local copy was written by a newer version of the console (schema %1); this "
                   "version reads schema %2 at most. It is left as it is.")
                    .arg(result.schemaVersion)
                    .arg(indexschema::Current);
        } else if (result.schemaVersion > 0) {
            result.migrated = result.schemaVersion < indexschema::Current;
            result.ok = !result.migrated || indexschema::migrate(db, result.schemaVersion, &result.error);
            damaged = !result.ok;
            result.schemaVersion = result.ok ? indexschema::Current : result.schemaVersion;
        } else {
            damaged = true;
        }
    }
    m_sound = result.ok;
    if (!result.ok) {
        qCWarning(lcIndex).noquote() << "index" << path << "not opened:" << result.error;
        rollback();
        db = QSqlDatabase(); // no handle may outlive the connection's removal
        close();
        *damagedOut = damaged;
    }
    return result;
}

// Sets the connection up; false with `damaged` when the file is not a
// sound SQLite database.
bool IndexDatabase::configure(QString *error, bool *damaged)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlError sqlError;
    pragmaValue(db, QStringLiteral("busy_timeout = %1").arg(BusyTimeoutMs), &sqlError);
    const QString mode = pragmaValue(db, QStringLiteral("journal_mode = WAL"), &sqlError);
    // WAL with synchronous=NORMAL: a power cut may lose the last commits,
    // never the file's consistency.
    pragmaValue(db, QStringLiteral("synchronous = NORMAL"), &sqlError);
    if (mode == QLatin1String("wal") && m_trustedAsClosed)
        return true;
    m_checked = true;
    const QString check =
        mode == QLatin1String("wal") ? pragmaValue(db, QStringLiteral("quick_check"), &sqlError) : QString();
    if (check == QLatin1String("ok"))
        return true;
    *damaged = !isBusy(sqlError);
    *error = sqlError.isValid() ? sqlError.text()
                                : tr("the file failed SQLite's check (%1)")
                                      .arg((check.isEmpty() ? mode : check).section(QLatin1Char('\n'), 0, 1));
    return false;
}

OpenResult IndexDatabase::rebuild(const QString &path, const QString &reason)
{
    const QString aside = movedAsideName(path, QDateTime::currentDateTime());
    OpenResult result;
    if (!QFile::rename(path, aside)) {
        result.error =
            tr("The local copy %1 cannot be read (%2) and could not be moved aside.").arg(path, reason);
        return result;
    }
    for (const QString &suffix : kCompanions) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    }
    bool damaged = false;
    result = openFile(path, &damaged);
    result.rebuilt = true;
    result.movedAsideTo = aside;
    result.message =
        tr("The local copy of this connection's records could not be read (%1). It was moved aside "
           "to %2 and an empty one made; the next sync fills it again.")
            .arg(reason, aside);
    qCWarning(lcIndex).noquote() << result.message;
    return result;
}

void IndexDatabase::close()
{
    const bool sound = std::exchange(m_sound, false);
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
    // After SQLite's own close, which folds the write-ahead log into the
    // file; only for a file that opened sound (checked, or trusted so).
    if (sound && !m_path.isEmpty())
        recordCleanClose(m_path);
}

bool IndexDatabase::begin(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!m_open) {
        *error = tr("The local copy is not open.");
        return false;
    }
    return indexschema::exec(db, QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool IndexDatabase::commit(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return indexschema::exec(db, QStringLiteral("COMMIT"), error);
}

void IndexDatabase::rollback()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen()) {
        QString ignored;
        indexschema::exec(db, QStringLiteral("ROLLBACK"), &ignored);
    }
}

CollectionState IndexDatabase::state(IndexCollection collection, QString *error)
{
    CollectionState state;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT high_water, walk_running, walk_done_through_id, last_walk_end, "
                                 "last_reconcile_end FROM sync_state WHERE collection = ?"));
    query.addBindValue(indexCollectionName(collection));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return state;
    }
    if (query.next()) {
        state.highWater = query.value(0).toLongLong();
        state.walkRunning = query.value(1).toBool();
        state.walkDoneThroughId = query.value(2).toLongLong();
        state.lastWalkEnd = query.value(3).toLongLong();
        state.lastReconcileEnd = query.value(4).toLongLong();
    }
    if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(indexCollectionName(collection))) &&
        query.next())
        state.recordCount = query.value(0).toLongLong();
    return state;
}

bool IndexDatabase::applyPatch(IndexCollection collection, const StatePatch &patch, QString *error,
                               qint64 highestUpdatedAt)
{
    if (patch.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_state (collection) VALUES (?)"));
    query.addBindValue(indexCollectionName(collection));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QStringList sets;
    QVariantList values;
    const auto add = [&](const char *column, const auto &value) {
        if (value) {
            sets.append(QLatin1String(column) + QStringLiteral(" = ?"));
            values.append(QVariant::fromValue(*value));
        }
    };
    add("high_water", patch.highWater);
    add("walk_running", patch.walkRunning);
    add("walk_done_through_id", patch.walkDoneThroughId);
    add("last_walk_end", patch.lastWalkEnd);
    add("last_reconcile_end", patch.lastReconcileEnd);
    if (patch.raiseHighWater && highestUpdatedAt >= 0) {
        sets.append(QStringLiteral("high_water = MAX(high_water, ?)"));
        values.append(highestUpdatedAt);
    }
    if (sets.isEmpty())
        return true;
    query.prepare(
        QStringLiteral("UPDATE sync_state SET %1 WHERE collection = ?").arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(indexCollectionName(collection));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

WriteResult IndexDatabase::writeState(IndexCollection collection, const StatePatch &patch)
{
    WriteResult result;
    if (!begin(&result.error))
        return result;
    if (!applyPatch(collection, patch, &result.error) || !commit(&result.error))
        rollback();
    return result;
}

// The three statements of an upsert, prepared once per page.
struct IndexDatabase::Statements
{
    QSqlQuery select;
    QSqlQuery insert;
    QSqlQuery update;
};

bool IndexDatabase::upsertOne(Statements &statements, IndexCollection collection, const QJsonObject &record,
                              qint64 now, WriteResult *result)
{
    const qint64 id = recordIdOf(record);
    const QDateTime updated = parseApiTimestamp(record.value(QLatin1String("updated_at")).toString());
    if (id <= 0 || !updated.isValid()) {
        result->error =
            tr("The server sent a record without a valid id or updated_at (%1); nothing of its page "
               "was stored.")
                .arg(compactText(record));
        return false;
    }
    const qint64 updatedAt = updated.toSecsSinceEpoch();
    result->highestUpdatedAt = std::max(result->highestUpdatedAt, updatedAt);
    const QByteArray data = encodeRecord(record);
    statements.select.addBindValue(id);
    if (!statements.select.exec()) {
        result->error = statements.select.lastError().text();
        return false;
    }
    const bool known = statements.select.next();
    const bool same = known && statements.select.value(0).toByteArray() == data;
    statements.select.finish();
    if (same) {
        ++result->unchanged;
        return true;
    }
    // insert: id, updated_at, data, first_seen, last_changed, columns…
    // update: updated_at, data, last_changed, columns…, id
    QSqlQuery &query = known ? statements.update : statements.insert;
    if (!known)
        query.addBindValue(id);
    query.addBindValue(updatedAt);
    query.addBindValue(data);
    if (!known)
        query.addBindValue(now);
    query.addBindValue(now);
    for (const indexschema::Column &column : indexschema::columns(collection))
        query.addBindValue(column.read(record));
    if (known)
        query.addBindValue(id);
    if (!query.exec()) {
        result->error = query.lastError().text();
        return false;
    }
    (known ? result->changed : result->added).append(id);
    return true;
}

WriteResult IndexDatabase::upsert(IndexCollection collection, const QJsonArray &records,
                                  const StatePatch &patch)
{
    WriteResult result;
    if (!begin(&result.error))
        return result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString table = indexCollectionName(collection);
    QStringList names;
    for (const indexschema::Column &column : indexschema::columns(collection))
        names.append(column.name);
    Statements statements{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)};
    statements.select.prepare(QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(table));
    statements.insert.prepare(
        QStringLiteral(
            "INSERT INTO %1 (id, updated_at, data, first_seen, last_changed, %2) VALUES (?, ?, ?, ?, ?%3)")
            .arg(table, names.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(names.size())));
    statements.update.prepare(
        QStringLiteral("UPDATE %1 SET updated_at = ?, data = ?, last_changed = ?, %2 = ? WHERE id = ?")
            .arg(table, names.join(QStringLiteral(" = ?, "))));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool ok = true;
    for (const QJsonValue &value : records) {
        if (!value.isObject()) {
            result.error =
                tr("The server sent a record that is not a JSON object; nothing of its page was stored.");
            ok = false;
            break;
        }
        if (!upsertOne(statements, collection, normalizedRecord(collection, value.toObject()), now,
                       &result)) {
            ok = false;
            break;
        }
    }
    if (ok && applyPatch(collection, patch, &result.error, result.highestUpdatedAt) && commit(&result.error))
        return result;
    rollback();
    result.added.clear();
    result.changed.clear();
    result.unchanged = 0;
    return result;
}

WriteResult IndexDatabase::removeMissing(IndexCollection collection, const QList<qint64> &present,
                                         qint64 seenBeforeMs, const StatePatch &patch)
{
    WriteResult result;
    if (!begin(&result.error))
        return result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const QString table = indexCollectionName(collection);
    const QString missing =
        QStringLiteral("FROM %1 WHERE first_seen < ? AND id NOT IN (SELECT id FROM present_ids)").arg(table);
    bool ok =
        query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS present_ids (id INTEGER PRIMARY KEY)")) &&
        query.exec(QStringLiteral("DELETE FROM present_ids")) &&
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO present_ids (id) VALUES (?)"));
    QVariantList ids;
    ids.reserve(present.size());
    for (qint64 id : present)
        ids.append(id);
    query.addBindValue(ids);
    ok = ok && query.execBatch() && query.prepare(QStringLiteral("SELECT id ") + missing);
    query.addBindValue(seenBeforeMs);
    ok = ok && query.exec();
    while (ok && query.next())
        result.removed.append(query.value(0).toLongLong());
    ok = ok && query.prepare(QStringLiteral("DELETE ") + missing);
    query.addBindValue(seenBeforeMs);
    ok = ok && query.exec() && query.exec(QStringLiteral("DELETE FROM present_ids"));
    if (!ok)
        result.error = query.lastError().text();
    if (ok && applyPatch(collection, patch, &result.error) && commit(&result.error))
        return result;
    rollback();
    result.removed.clear();
    return result;
}

bool IndexDatabase::forEachEncoded(IndexCollection collection,
                                   const std::function<void(const QByteArray &)> &visit, QString *error,
                                   int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT data FROM %1 ORDER BY id").arg(indexCollectionName(collection));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next())
        visit(query.value(0).toByteArray());
    return true;
}

QList<QJsonObject> IndexDatabase::records(IndexCollection collection, QString *error)
{
    QList<QJsonObject> records;
    forEachEncoded(
        collection, [&records](const QByteArray &encoded) { records.append(decodeRecord(encoded)); }, error);
    return records;
}

InstanceTable IndexDatabase::instanceTable(qint64 offeringScope, int limit, QString *error)
{
    InstanceTableReader reader(offeringScope);
    forEachEncoded(
        IndexCollection::Instances, [&reader](const QByteArray &encoded) { reader.add(encoded); }, error,
        limit);
    return reader.take();
}

QJsonObject IndexDatabase::record(IndexCollection collection, qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(indexCollectionName(collection)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return decodeRecord(query.value(0).toByteArray());
}

QString IndexDatabase::integrityCheck()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlError error;
    const QString result = pragmaValue(db, QStringLiteral("integrity_check"), &error);
    return error.isValid() ? error.text() : result;
}

qint64 IndexDatabase::fileBytes()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlError error;
    pragmaValue(db, QStringLiteral("wal_checkpoint(TRUNCATE)"), &error);
    return QFileInfo(m_path).size();
}

LockResult IndexDatabase::acquireLock(const QString &owner, qint64 staleMs)
{
    LockResult result;
    if (!begin(&result.error))
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString host = QSysInfo::machineHostName();
    if (query.exec(QStringLiteral("SELECT owner, host, pid, heartbeat FROM sync_lock WHERE id = 1")) &&
        query.next() && query.value(0).toString() != owner) {
        const QString holderHost = query.value(1).toString();
        const qint64 pid = query.value(2).toLongLong();
        const bool fresh = now - query.value(3).toLongLong() < staleMs;
        if (fresh && !(holderHost == host && processIsGone(pid))) {
            result.holder =
                tr("Another console (process %1 on %2) is bringing this local copy up to date; this one "
                   "reads it meanwhile.")
                    .arg(pid)
                    .arg(holderHost);
            query.finish();
            rollback();
            return result;
        }
        qCInfo(lcIndex) << "taking over a stale sync lock of process" << pid << "on" << holderHost;
    }
    query.finish();
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_lock (id, owner, host, pid, heartbeat) "
                                 "VALUES (1, ?, ?, ?, ?)"));
    query.addBindValue(owner);
    query.addBindValue(host);
    query.addBindValue(QCoreApplication::applicationPid());
    query.addBindValue(now);
    result.acquired = query.exec() && commit(&result.error);
    if (!result.acquired) {
        result.error = result.error.isEmpty() ? query.lastError().text() : result.error;
        rollback();
    }
    return result;
}

bool IndexDatabase::heartbeat(const QString &owner)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE sync_lock SET heartbeat = ? WHERE id = 1 AND owner = ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(owner);
    return query.exec() && query.numRowsAffected() == 1;
}

void IndexDatabase::releaseLock(const QString &owner)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM sync_lock WHERE id = 1 AND owner = ?"));
    query.addBindValue(owner);
    query.exec();
}

bool IndexDatabase::forget(QString *error)
{
    close();
    bool ok = !QFile::exists(m_path) || QFile::remove(m_path);
    for (const QString &suffix : kCompanions) {
        if (QFile::exists(m_path + suffix))
            ok = QFile::remove(m_path + suffix) && ok;
    }
    if (!ok && error)
        *error = tr("The local copy %1 could not be removed.").arg(m_path);
    return ok;
}

} // namespace pc
