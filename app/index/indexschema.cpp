#include "app/index/indexschema.h"

#include "app/records/timestamp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace pc::indexschema {

namespace {

QVariant referenceId(const QJsonObject &record, const QString &field)
{
    const QJsonValue id = record.value(field).toObject().value(QLatin1String("id"));
    return id.isUndefined() || id.isNull() ? QVariant() : id.toVariant();
}

QVariant flag(const QJsonObject &record, const QString &field)
{
    const QJsonValue value = record.value(field);
    return value.isBool() ? QVariant(value.toBool() ? 1 : 0) : QVariant();
}

QVariant text(const QJsonObject &record, const QString &field)
{
    const QJsonValue value = record.value(field);
    return value.isString() ? QVariant(value.toString()) : QVariant();
}

QString recordTable(IndexCollection collection)
{
    const QString table = indexCollectionName(collection);
    QString sql = QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, updated_at INTEGER NOT NULL, "
                                 "data BLOB NOT NULL, first_seen INTEGER NOT NULL, "
                                 "last_changed INTEGER NOT NULL")
                      .arg(table);
    for (const Column &column : columns(collection))
        sql += QStringLiteral(", %1 %2").arg(column.name, column.type);
    return sql + QLatin1Char(')');
}

// Drill-down (the instances of one offering) reads this.
QString instancesByOffering()
{
    return QStringLiteral("CREATE INDEX instances_offering ON instances (offering_id)");
}

// The tables of the sync's own bookkeeping (version 1 had a simpler sync_state).
const QStringList &syncStatements()
{
    static const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE sync_state (collection TEXT PRIMARY KEY, "
            "high_water INTEGER NOT NULL DEFAULT -1, walk_running INTEGER NOT NULL DEFAULT 0, "
            "walk_done_through_id INTEGER NOT NULL DEFAULT -1, "
            "last_walk_end INTEGER NOT NULL DEFAULT 0, last_reconcile_end INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE sync_lock (id INTEGER PRIMARY KEY CHECK (id = 1), owner TEXT NOT NULL, "
                       "host TEXT NOT NULL, pid INTEGER NOT NULL, heartbeat INTEGER NOT NULL)"),
    };
    return statements;
}

const QStringList &currentStatements()
{
    static const QStringList statements =
        QStringList{
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            recordTable(IndexCollection::Offerings),
            recordTable(IndexCollection::Instances),
            instancesByOffering(),
        } +
        syncStatements();
    return statements;
}

bool setVersion(QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"));
    query.addBindValue(QString::number(version));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!exec(db, sql, error))
            return false;
    }
    return true;
}

qint64 epochOf(const QString &apiTime)
{
    const QDateTime time = parseApiTimestamp(apiTime);
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

// Version 1 kept each record's JSON as text: every row is decoded and
// written again in the codec, with its columns.
bool migrateRecords(QSqlDatabase &db, IndexCollection collection, QString *error)
{
    const QString table = indexCollectionName(collection);
    const QString old = table + QStringLiteral("_v1");
    if (!exec(db, QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table, old), error) ||
        !exec(db, recordTable(collection), error))
        return false;
    QStringList names{QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("data"),
                      QStringLiteral("first_seen"), QStringLiteral("last_changed")};
    for (const Column &column : columns(collection))
        names.append(column.name);
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
            .arg(table, names.join(QLatin1Char(',')), QStringLiteral(",?").repeated(names.size() - 1)));
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    // Version 1 did not note when a record was first seen: the migration is
    // the earliest time this index can vouch for.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!rows.exec(QStringLiteral("SELECT id, json FROM %1").arg(old))) {
        *error = rows.lastError().text();
        return false;
    }
    while (rows.next()) {
        const QJsonObject record =
            normalizedRecord(collection, QJsonDocument::fromJson(rows.value(1).toByteArray()).object());
        insert.addBindValue(rows.value(0));
        insert.addBindValue(epochOf(record.value(QLatin1String("updated_at")).toString()));
        insert.addBindValue(encodeRecord(record));
        insert.addBindValue(now);
        insert.addBindValue(now);
        for (const Column &column : columns(collection))
            insert.addBindValue(column.read(record));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return exec(db, QStringLiteral("DROP TABLE %1").arg(old), error);
}

bool migrateSyncState(QSqlDatabase &db, QString *error)
{
    if (!exec(db, QStringLiteral("ALTER TABLE sync_state RENAME TO sync_state_v1"), error) ||
        !execAll(db, syncStatements(), error))
        return false;
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT collection, high_water, last_walk_end FROM sync_state_v1"))) {
        *error = rows.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO sync_state (collection, high_water, last_walk_end) VALUES (?, ?, ?)"));
    while (rows.next()) {
        const QString highWater = rows.value(1).toString();
        insert.addBindValue(rows.value(0));
        insert.addBindValue(highWater.isEmpty() ? qint64(-1) : epochOf(highWater));
        insert.addBindValue(rows.value(2).toLongLong());
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return exec(db, QStringLiteral("DROP TABLE sync_state_v1"), error);
}

} // namespace

const QList<Column> &columns(IndexCollection collection)
{
    static const QList<Column> offerings = {
        {QStringLiteral("name"), QStringLiteral("TEXT"),
         [](const QJsonObject &r) { return text(r, QStringLiteral("name")); }},
        {QStringLiteral("reference"), QStringLiteral("TEXT"),
         [](const QJsonObject &r) { return text(r, QStringLiteral("reference")); }},
        {QStringLiteral("disabled"), QStringLiteral("INTEGER"),
         [](const QJsonObject &r) { return flag(r, QStringLiteral("disabled")); }},
    };
    static const QList<Column> instances = {
        {QStringLiteral("offering_id"), QStringLiteral("INTEGER"),
         [](const QJsonObject &r) { return referenceId(r, QStringLiteral("app_offering")); }},
        {QStringLiteral("customer_account"), QStringLiteral("TEXT"),
         [](const QJsonObject &r) { return referenceId(r, QStringLiteral("customer_account")); }},
        {QStringLiteral("disabled"), QStringLiteral("INTEGER"),
         [](const QJsonObject &r) { return flag(r, QStringLiteral("disabled")); }},
        {QStringLiteral("suspended"), QStringLiteral("INTEGER"),
         [](const QJsonObject &r) { return flag(r, QStringLiteral("suspended")); }},
        {QStringLiteral("enabled_by_customer"), QStringLiteral("INTEGER"),
         [](const QJsonObject &r) { return flag(r, QStringLiteral("enabled_by_customer")); }},
    };
    return collection == IndexCollection::Offerings ? offerings : instances;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

int version(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) ||
        !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !query.next()) {
        *error = query.lastError().isValid() ? query.lastError().text() : QStringLiteral("no schema_version");
        return -1;
    }
    return query.value(0).toInt();
}

bool create(QSqlDatabase &db, QString *error)
{
    return execAll(db, currentStatements(), error) && setVersion(db, Current, error);
}

bool createVersion1(QSqlDatabase &db, QString *error)
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE offerings (id INTEGER PRIMARY KEY, updated_at TEXT NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE instances (id INTEGER PRIMARY KEY, updated_at TEXT NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE sync_state (collection TEXT PRIMARY KEY, high_water TEXT, last_walk_end INTEGER)"),
    };
    return execAll(db, statements, error) && setVersion(db, Version1, error);
}

bool migrate(QSqlDatabase &db, int from, QString *error)
{
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    bool ok = true;
    if (from == Version1) {
        ok = migrateRecords(db, IndexCollection::Offerings, error) &&
             migrateRecords(db, IndexCollection::Instances, error) &&
             exec(db, instancesByOffering(), error) && migrateSyncState(db, error);
    }
    ok = ok && setVersion(db, Current, error) && exec(db, QStringLiteral("COMMIT"), error);
    if (!ok) {
        QString ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
    }
    return ok;
}

} // namespace pc::indexschema
