#pragma once

#include "app/index/recordcodec.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>

// The index's tables, how to make them, and how to bring an older file up to
// date. Every function runs on the connection's own (worker) thread.
namespace pc::indexschema {

// 1: the first layout (each record's JSON as text, updated_at as the API's
// text, no first-seen or changed-here times, no reconcile state, no lock).
// 2: records in the compact codec (recordcodec.h), updated_at as UTC epoch
// seconds, first_seen / last_changed, columns for local filtering, the walk's
// progress, the last reconcile, the sync lock.
constexpr int Version1 = 1;
constexpr int Current = 2;

// A column kept beside the record so the index can be filtered without
// decoding every record: its name, SQL type and how it is read from the JSON.
struct Column
{
    QString name;
    QString type;
    std::function<QVariant(const QJsonObject &)> read;
};
const QList<Column> &columns(IndexCollection collection);

// The version the file holds: 0 for an empty file, -1 (and `error`) when it
// cannot be read.
int version(QSqlDatabase &db, QString *error);
// Makes the current tables in an empty file.
bool create(QSqlDatabase &db, QString *error);
// Makes version 1's tables in an empty file: what an older console left
// behind (the migration test starts from one).
bool createVersion1(QSqlDatabase &db, QString *error);
// Brings a file of version `from` up to Current, in one transaction.
bool migrate(QSqlDatabase &db, int from, QString *error);

// Runs one statement; false (and `error`) when it fails.
bool exec(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace pc::indexschema
