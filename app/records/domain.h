#pragma once

#include "app/net/recordid.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLoggingCategory>
#include <QString>

// Typed values for the records the console shows. Decoding is tolerant: a
// missing or null field gives the default (the API writes blanks as null and
// ?fields= leaves fields out), a field of the wrong type gives the default and
// a warning, and fields this client does not know are kept in `extra` for the
// detail view. A bad field never loses the record or the page.
namespace pc {

Q_DECLARE_LOGGING_CATEGORY(lcDecode)

// A reference to another record, rendered by the API as {"id": 83, "name": …}.
struct Reference
{
    qint64 id = 0;
    QString name;
    QString reference; // some references (the legacy `integration`) carry it
    bool isNull() const { return id == 0 && name.isEmpty() && reference.isEmpty(); }
    QString displayText() const; // "Name (#83)", or what there is
};

// An account reference: its id is a short string such as "wdc".
struct AccountRef
{
    QString id;
    QString name;
    bool isNull() const { return id.isEmpty() && name.isEmpty(); }
    QString displayText() const;
};

struct AppOffering
{
    qint64 id = 0;
    QString nodeId;
    QString name;
    QString reference;
    QString source;
    QString sourceId;
    Reference serviceInstance;
    Reference uiExtensionVersion;
    AccountRef account; // set when the offering belongs to a trusted account
    QString policyJwtAlg;
    QString policyJwtAudience;
    int policyJwtClaimExpiresIn = -1; // minutes; -1 when blank
    QString webhookUriTemplate;
    QString configurationUriTemplate;
    QString cardDescription;
    QString description;
    QString features;
    QString compliance;
    QString pictureUri;
    bool disabled = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject extra; // fields this client does not model
};

struct AppInstance
{
    qint64 id = 0;
    QString nodeId;
    Reference appOffering; // `app_offering`, or `integration` on the legacy API
    AccountRef customerAccount;
    Reference customerRepresentative;
    Reference webhook;
    Reference webhookPolicy;
    bool disabled = false;
    bool enabledByCustomer = false;
    bool suspended = false;
    QString suspensionComment;
    QJsonValue customFields;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject extra;
};

// Decoders. `warnings`, when given, receives one line per field that had the
// wrong type (also logged under pc.decode).
AppOffering decodeOffering(const QJsonObject &object, QStringList *warnings = nullptr);
AppInstance decodeInstance(const QJsonObject &object, QStringList *warnings = nullptr);
Reference decodeReference(const QJsonValue &value, QStringList *warnings = nullptr,
                          const QString &field = QString());
AccountRef decodeAccount(const QJsonValue &value, QStringList *warnings = nullptr,
                         const QString &field = QString());

} // namespace pc
