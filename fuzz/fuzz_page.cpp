// libFuzzer target: a page body as the server sends it, turned into records
// the way the client does: QJsonDocument::fromJson (ApiCall), "is it an
// array" (Pager), every element that is an object decoded as an app offering
// and as an app instance (PagedTableModel::appendDecoded with decodeOffering /
// decodeInstance), the local drill-down's reference check
// (InstancesModel::appendRecords), and the same body read as an error answer
// (ApiError::fromReply). Then every decoded field is touched the way the
// tables and the detail pane show it.
// Any crash, sanitizer report or broken promise of domain.h aborts.

#include "app/net/apierror.h"
#include "app/records/domain.h"
#include "app/records/timestamp.h"
#include "longestrun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_page: %s\n", what);
    std::abort();
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}

quint64 touch(const QString &text)
{
    return quint64(text.size());
}

quint64 touch(const QDateTime &value)
{
    // A timestamp the decoder accepted must be writable again in the API's form.
    if (value.isValid() && pc::formatApiTimestamp(value).isEmpty())
        broken("a valid timestamp formats to nothing");
    return value.isValid() ? 1 : 0;
}

quint64 touch(const pc::Reference &reference)
{
    return quint64(reference.displayText().size()) + (reference.isNull() ? 0 : 1);
}

quint64 touch(const pc::AccountRef &account)
{
    return quint64(account.displayText().size()) + (account.isNull() ? 0 : 1);
}

quint64 touch(const QJsonObject &extra, const QJsonObject &record)
{
    // `extra` holds fields of the record only, unchanged.
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (record.value(it.key()) != it.value())
            broken("extra holds a field the record does not have");
    }
    return quint64(extra.size());
}

quint64 decodeOffering(const QJsonObject &object)
{
    QStringList warnings;
    const pc::AppOffering o = pc::decodeOffering(object, &warnings);
    quint64 n = quint64(o.id) + quint64(o.policyJwtClaimExpiresIn) + (o.disabled ? 1 : 0) + quint64(warnings.size());
    for (const QString *text : {&o.nodeId, &o.name, &o.reference, &o.source, &o.sourceId, &o.policyJwtAlg,
                                &o.policyJwtAudience, &o.webhookUriTemplate, &o.configurationUriTemplate,
                                &o.cardDescription, &o.description, &o.features, &o.compliance, &o.pictureUri})
        n += touch(*text);
    n += touch(o.serviceInstance) + touch(o.uiExtensionVersion) + touch(o.account);
    n += touch(o.createdAt) + touch(o.updatedAt) + touch(o.extra, object);
    return n;
}

quint64 decodeInstance(const QJsonObject &object)
{
    QStringList warnings;
    const pc::AppInstance i = pc::decodeInstance(object, &warnings);
    quint64 n = quint64(i.id) + (i.disabled ? 1 : 0) + (i.enabledByCustomer ? 1 : 0) + (i.suspended ? 1 : 0)
        + quint64(warnings.size());
    n += touch(i.nodeId) + touch(i.suspensionComment);
    n += touch(i.appOffering) + touch(i.customerAccount) + touch(i.customerRepresentative) + touch(i.webhook)
        + touch(i.webhookPolicy);
    if (i.customFields.isUndefined())
        broken("custom_fields left undefined");
    n += i.customFields.isArray() ? quint64(i.customFields.toArray().size()) : 0;
    n += touch(i.createdAt) + touch(i.updatedAt) + touch(i.extra, object);
    return n;
}

volatile quint64 sink = 0;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_HASH_SEED", "0"); // the same input takes the same path
    qInstallMessageHandler(quietMessages);
    // The decoders log every field of the wrong type; keep the run fast.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const LongestRun timing(size);
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // The same body as an error answer (a 422's "errors", a proxy's HTML page).
    const pc::ApiError error = pc::ApiError::fromReply(422, QNetworkReply::NoError, QString(), body,
                                                       QByteArrayLiteral("application/json"));
    sink = sink + quint64(error.message.size()) + quint64(error.fieldErrors.size());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return 0; // the Pager reports "not a list of records"

    const QJsonArray records = document.array();
    quint64 n = 0;
    for (const QJsonValue &value : records) {
        if (!value.isObject())
            continue; // appendDecoded skips it
        const QJsonObject object = value.toObject();
        n += decodeOffering(object);
        n += decodeInstance(object);
        // InstancesModel::appendRecords with a drill-down filtered locally.
        n += quint64(pc::decodeReference(object.value(QStringLiteral("app_offering"))).id)
            + quint64(pc::decodeReference(object.value(QStringLiteral("integration"))).id);
    }
    sink = sink + n;
    return 0;
}
