#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pc {

// The editing state behind an offering form: the record as it was opened and
// the values as they are now. References (service_instance,
// ui_extension_version) are held by id. It says what changed, builds the
// request (POST with every value set for a new offering; PATCH with only the
// changed fields for an existing one, references as *_id), maps a 422 back to
// the fields, and round-trips through a crash draft.
class OfferingEdit
{
    Q_DECLARE_TR_FUNCTIONS(OfferingEdit)

public:
    struct Change
    {
        QString field;
        QString before; // as a person reads it
        QString after;
    };

    // `original` as GET /app_offerings/:id returns it; empty for a new one.
    // `account` is for the default reference of a new offering.
    explicit OfferingEdit(const QJsonObject &original = {}, const QString &account = QString());

    bool isNew() const { return m_id == 0; }
    qint64 id() const { return m_id; }
    // The updated_at of the version the form was opened on (conflict checks).
    QString openedVersion() const { return m_openedVersion; }

    QJsonValue value(const QString &field) const;
    // A reference's name, when the record or the picker gave one.
    QString referenceName(const QString &field) const;
    void setValue(const QString &field, const QJsonValue &value);
    void setReference(const QString &field, qint64 id, const QString &name);

    QStringList changedFields() const;
    bool isDirty() const { return !changedFields().isEmpty(); }
    QList<Change> changes() const;
    QMap<QString, QString> problems() const; // by field; empty when the server would accept it
    bool isValid() const { return problems().isEmpty(); }

    QString requestPath() const; // app_offerings or app_offerings/:id
    QJsonObject requestBody() const;

    // A 422's messages by form field (service_instance_id → service_instance);
    // those for no field of the form are listed under the empty key.
    static QMap<QString, QString> fieldMessages(const ApiError &error);

    QJsonObject toDraft() const;
    static OfferingEdit fromDraft(const QJsonObject &draft);

private:
    static bool isReference(const QString &field);
    QString display(const QString &field, const QJsonValue &value, bool current) const;

    qint64 m_id = 0;
    QString m_account;
    QString m_openedVersion;
    QJsonObject m_original; // writable fields only, references as ids
    QJsonObject m_current;
    QMap<QString, QString> m_originalNames; // reference field → name
    QMap<QString, QString> m_currentNames;
    bool m_referenceEdited = false;
};

} // namespace pc
