#pragma once

#include "app/records/textlimit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pc {

// The rules of the App Offerings field list, on the client: the form checks
// them as the user types, so a save is only offered when the server would
// accept it. The server keeps the last word (its 422 is mapped back to the
// fields); these rules only spare the user the round trip.
class OfferingRules
{
    Q_DECLARE_TR_FUNCTIONS(OfferingRules)

public:
    enum class Kind { Text, LongText, Enum, HttpsTemplate, Url, Duration, Reference, Boolean };

    struct Field
    {
        QString field; // the API field ("service_instance" for the reference)
        Kind kind = Kind::Text;
        bool required = false;
        TextLimit limit; // characters for most fields, UTF-8 bytes for the "max 64KB / 2KB" ones
        const char *hintSource = nullptr; // the rule in words (QT_TR_NOOP): hint()
        // A plain http URL is a warning the user may accept (warning()), not
        // an error: the source documents do not forbid it, and the server has
        // the last word with its 422.
        bool plainHttpWarns = false;

        // The rule in words, shown beside the control, in the current language.
        QString hint() const { return OfferingRules::tr(hintSource); }
    };

    static const QList<Field> &fields();
    static const Field *field(const QString &name);
    static QString label(const QString &field);

    // The message for one value, empty when it is valid. Values are as the
    // API takes them: strings, numbers, booleans, a reference's id (a number).
    static QString validate(const QString &field, const QJsonValue &value);
    // Every problem of a whole offering, by field.
    static QMap<QString, QString> validateAll(const QJsonObject &offering);
    // What the user should know before a valid value is sent, empty when
    // nothing: a plain http webhook URI (its payload and JWT unencrypted).
    // Not a problem: the value may be saved once the user accepts it.
    static QString warning(const QString &field, const QJsonValue &value);

    // Characters as a person counts them (an emoji is one), not UTF-16 units.
    static qsizetype characterCount(const QString &text) { return TextLimit::characterCount(text); }

    static const QStringList &jwtAlgorithms();
    static QString jwtAlgorithmDescription(const QString &algorithm);

    // `<account>_<name lower-cased, spaces to underscores>`, as the API defaults it.
    static QString defaultReference(const QString &account, const QString &name);
    // The webhook URI a customer account would get: {account} filled in.
    static QString previewTemplate(const QString &uriTemplate, const QString &account);
    // A 422's field names the request's key (service_instance_id); the form's
    // control is the reference field (service_instance).
    static QString fieldForApiError(const QString &apiField);
};

} // namespace pc
