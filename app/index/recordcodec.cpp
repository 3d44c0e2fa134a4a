#include "app/index/recordcodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace pc {

namespace {

// Append-only: a key's number is its place here, written into every stored
// record. New names go at the end; none is ever removed or moved.
const QStringList &dictionary()
{
    static const QStringList keys = {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("nodeID"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("disabled"),
        QStringLiteral("enabled_by_customer"),
        QStringLiteral("suspended"),
        QStringLiteral("suspension_comment"),
        QStringLiteral("custom_fields"),
        QStringLiteral("customer_account"),
        QStringLiteral("customer_representative"),
        QStringLiteral("app_offering"),
        QStringLiteral("webhook"),
        QStringLiteral("webhook_policy"),
        QStringLiteral("reference"),
        QStringLiteral("source"),
        QStringLiteral("sourceID"),
        QStringLiteral("policy_jwt_alg"),
        QStringLiteral("policy_jwt_audience"),
        QStringLiteral("policy_jwt_claim_expires_in"),
        QStringLiteral("webhook_uri_template"),
        QStringLiteral("configuration_uri_template"),
        QStringLiteral("card_description"),
        QStringLiteral("description"),
        QStringLiteral("features"),
        QStringLiteral("compliance"),
        QStringLiteral("picture_uri"),
        QStringLiteral("service_instance"),
        QStringLiteral("ui_extension_version"),
        QStringLiteral("attachments"),
        QStringLiteral("account"),
        QStringLiteral("value"),
        QStringLiteral("openid_connect_discovery"),
        QStringLiteral("requires_enabled_oauth_person"),
        QStringLiteral("integration"),
    };
    return keys;
}

const QHash<QString, int> &keyNumbers()
{
    static const QHash<QString, int> numbers = [] {
        QHash<QString, int> map;
        const QStringList &keys = dictionary();
        for (int i = 0; i < keys.size(); ++i)
            map.insert(keys.at(i), i);
        return map;
    }();
    return numbers;
}

QCborValue toCbor(const QJsonValue &value);

QCborValue toCbor(const QJsonObject &object)
{
    QCborMap map;
    const QHash<QString, int> &numbers = keyNumbers();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto number = numbers.constFind(it.key());
        const QCborValue key = number == numbers.constEnd() ? QCborValue(it.key()) : QCborValue(*number);
        map.insert(key, toCbor(it.value()));
    }
    return map;
}

QCborValue toCbor(const QJsonValue &value)
{
    if (value.isObject())
        return toCbor(value.toObject());
    if (value.isArray()) {
        QCborArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(toCbor(item));
        return array;
    }
    return QCborValue::fromJsonValue(value);
}

QJsonValue toJson(const QCborValue &value);

QJsonObject toJsonObject(const QCborMap &map)
{
    QJsonObject object;
    const QStringList &keys = dictionary();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QCborValue key = it.key();
        QString name;
        if (key.isInteger() && key.toInteger() >= 0 && key.toInteger() < keys.size())
            name = keys.at(static_cast<int>(key.toInteger()));
        else
            name = key.toString();
        object.insert(name, toJson(it.value()));
    }
    return object;
}

QJsonValue toJson(const QCborValue &value)
{
    if (value.isMap())
        return toJsonObject(value.toMap());
    if (value.isArray()) {
        QJsonArray array;
        for (const QCborValue &item : value.toArray())
            array.append(toJson(item));
        return array;
    }
    return value.toJsonValue();
}

} // namespace

QString indexCollectionName(IndexCollection collection)
{
    return collection == IndexCollection::Offerings ? QStringLiteral("offerings")
                                                    : QStringLiteral("instances");
}

QString indexCollectionPath(IndexCollection collection)
{
    return collection == IndexCollection::Offerings ? QStringLiteral("app_offerings")
                                                    : QStringLiteral("app_instances");
}

QJsonObject normalizedRecord(IndexCollection collection, QJsonObject record)
{
    const QString legacy = QStringLiteral("integration");
    const QString current = QStringLiteral("app_offering");
    if (collection == IndexCollection::Instances && record.contains(legacy) && !record.contains(current))
        record.insert(current, record.take(legacy));
    return record;
}

QByteArray encodeRecord(const QJsonObject &record)
{
    return QByteArray(1, kRecordCodecVersion) + toCbor(record).toCbor();
}

QJsonObject decodeRecord(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.at(0) != kRecordCodecVersion)
        return {};
    const QCborValue value = QCborValue::fromCbor(bytes.mid(1));
    return value.isMap() ? toJsonObject(value.toMap()) : QJsonObject();
}

} // namespace pc
