#pragma once

// Validation of writes, following the field lists: an app offering's fields
// for POST/PATCH /app_offerings and the provider's writable app instance
// fields for PATCH /app_instances. Errors are [field, message] pairs, as in the
// 422 "Validation Failed" answer; one field may appear more than once.

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sandbox {

class Store;
struct Offering;
struct Instance;

using ValidationErrors = QList<QPair<QString, QString>>;

// Text fields documented as "max 64KB": counted as 65,535 characters (code
// points), since the limit is about text, not its encoding.
constexpr int kMaxTextBytes = 65535; // "max 64KB": UTF-8 bytes

// Validates changes (a whole record on create, existing == nullptr) and, when
// valid, returns the resulting attributes in *result.
ValidationErrors validateOffering(const Store &store, const QJsonObject &changes, const Offering *existing,
                                  const QString &accountId, QJsonObject *result);

// Validates a provider's PATCH of an instance and applies it to *instance when valid.
ValidationErrors validateInstancePatch(const Store &store, const QJsonObject &changes, Instance *instance);

} // namespace sandbox
