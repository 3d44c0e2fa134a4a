#pragma once

#include "app/net/apierror.h"

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
    // What the user should know about the values now, by field (a plain http
    // webhook URI): not problems, a save may send them once accepted.
    QMap<QString, QString> warnings() const;
    // The warnings about values the next save sends (every value of a new
    // offering, the changed ones of an update) that the user has not
    // accepted yet. Nothing is to be sent while this is not empty.
    QMap<QString, QString> warningsToAccept() const;
    // The user accepts the warnings about the values now: they are not asked
    // about again while those values stay.
    void acceptWarnings();

    QString requestPath() const; // app_offerings or app_offerings/:id
    QJsonObject requestBody() const;

    // A 422's messages by form field (service_instance_id → service_instance);
    // those for no field of the form are listed under the empty key.
    static QMap<QString, QString> fieldMessages(const ApiError &error);

    // The value the form was opened with (conflict views, the journal).
    QJsonValue originalValue(const QString &field) const { return m_original.value(field); }
    QString display(const QString &field, const QJsonValue &value, const QMap<QString, QString> &names) const;

    // A save found that someone else changed the record since the form was
    // opened: per field, the version the form was opened on, the user's, and
    // the server's now. Only fields that differ somewhere are listed.
    struct ConflictField
    {
        QString field;
        QString original; // as a person reads it
        QString yours;
        QString theirs;
        bool changedByYou = false;
        bool changedByThem = false;
        bool clash() const { return changedByYou && changedByThem; } // both changed it, differently
    };
    enum class Pick { Yours, Theirs };
    QList<ConflictField> conflictsWith(const QJsonObject &server) const;
    // Takes the server's record (GET /app_offerings/:id) as the new base:
    // fields only the server changed take its value; fields the user changed
    // follow `picks` (the user's value when a field is not in it), so every
    // pick Theirs is the server's version with nothing left to send. The form is then opened on the
    // server's version, so the next save sends only what still differs.
    void rebase(const QJsonObject &server, const QMap<QString, Pick> &picks);

    QJsonObject toDraft() const;
    static OfferingEdit fromDraft(const QJsonObject &draft);

private:
    static bool isReference(const QString &field);
    static bool isBlank(const QJsonValue &value);
    static bool sameValue(const QJsonValue &a, const QJsonValue &b);
    // The writable fields of a record as the API renders it, references as ids.
    static void readRecord(const QJsonObject &record, QJsonObject *values, QMap<QString, QString> *names);

    qint64 m_id = 0;
    QString m_account;
    QString m_openedVersion;
    QJsonObject m_original; // writable fields only, references as ids
    QJsonObject m_current;
    QMap<QString, QString> m_originalNames; // reference field → name
    QMap<QString, QString> m_currentNames;
    bool m_referenceEdited = false;
    QJsonObject m_acceptedWarnings; // field → the value whose warning the user accepted
};

} // namespace pc
