// The endpoints under /v1: routing and the handlers.

#include "sandbox/collections.h"
#include "sandbox/sandboxserver_p.h"
#include "sandbox/util.h"
#include "sandbox/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sandbox {

namespace {

ApiResult notFound()
{
    return errorResult(404, QStringLiteral("Not Found"));
}

ApiResult validationFailed(const ValidationErrors &errors)
{
    QJsonArray list;
    for (const auto &[field, message] : errors)
        list.append(QJsonArray{field, message});
    ApiResult r;
    r.status = 422;
    r.json = QJsonObject{{QStringLiteral("message"), QStringLiteral("Validation Failed")}, {QStringLiteral("errors"), list}};
    return r;
}

// An empty body is an empty change set; anything else must be a JSON object.
bool parseBody(const QByteArray &body, QJsonObject *object, ApiResult *error)
{
    if (body.trimmed().isEmpty()) {
        *object = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = errorResult(400, QStringLiteral("Invalid JSON in request body: %1").arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        *error = errorResult(400, QStringLiteral("Invalid request body: a JSON object is expected"));
        return false;
    }
    *object = doc.object();
    return true;
}

ApiResult single(const QJsonObject &record, int status = 200)
{
    ApiResult r;
    r.status = status;
    r.json = record;
    return r;
}

bool isRead(const QByteArray &method)
{
    return method == "GET";
}

bool isWrite(const QByteArray &method)
{
    return method == "PATCH" || method == "PUT"; // PUT is an alias
}

} // namespace

ApiResult SandboxServerPrivate::route(const HttpRequest &request, const QStringList &segments)
{
    const QByteArray &method = request.method;
    if (segments.isEmpty())
        return isRead(method) ? single({}) : notFound();

    const QString resource = segments.first();
    const qsizetype n = segments.size();
    const QueryParams params = parseQuery(request.rawQuery);
    const QString base = absoluteBase(request) + request.path;

    if (resource == QLatin1String("app_offerings")) {
        const ResourceSpec &spec = OfferingCollection::resourceSpec(is2021());
        if (n == 1) {
            if (isRead(method))
                return listOfferings(request, {});
            if (method == "POST")
                return createOffering(request);
            return notFound();
        }
        if (n == 2 && spec.predefinedFilters.contains(segments.at(1)))
            return isRead(method) ? listOfferings(request, segments.at(1)) : notFound();
        const qint64 id = idFromPathSegment(segments.at(1), QStringLiteral("AppOffering"));
        if (id < 0)
            return notFound();
        if (n == 2) {
            if (isRead(method))
                return getOffering(request, id);
            if (isWrite(method))
                return updateOffering(request, id);
            return notFound();
        }
        // The nested list has the instances' name of the generation.
        const QLatin1String nested = is2021() ? QLatin1String("integration_instances") : QLatin1String("app_instances");
        if (segments.at(2) == nested && options.nestedInstancesEnabled && n <= 4 && isRead(method)) {
            if (store.offeringRow(id) < 0)
                return notFound();
            const QString predefined = n == 4 ? segments.at(3) : QString();
            if (n == 4 && !InstanceCollection::resourceSpec(is2021()).predefinedFilters.contains(predefined))
                return notFound();
            return listInstances(request, is2021(), id, predefined);
        }
        return notFound();
    }

    const bool current = resource == QLatin1String("app_instances") && options.appInstancesEnabled && !is2021();
    const bool legacy = resource == QLatin1String("integration_instances") && options.integrationInstancesEnabled;
    if (current || legacy) {
        if (n == 1)
            return isRead(method) ? listInstances(request, legacy, 0, {}) : notFound();
        if (n != 2)
            return notFound();
        if (InstanceCollection::resourceSpec(legacy).predefinedFilters.contains(segments.at(1)))
            return isRead(method) ? listInstances(request, legacy, 0, segments.at(1)) : notFound();
        const qint64 id = idFromPathSegment(segments.at(1), legacy ? QStringLiteral("IntegrationInstance") : QStringLiteral("AppInstance"));
        if (id < 0)
            return notFound();
        if (isRead(method))
            return getInstance(request, legacy, id);
        if (isWrite(method))
            return updateInstance(request, legacy, id);
        return notFound();
    }

    const QList<QPair<QString, SimpleCollection::Kind>> simple{
        {QStringLiteral("people"), SimpleCollection::Kind::People},
        {QStringLiteral("service_instances"), SimpleCollection::Kind::ServiceInstances},
        {QStringLiteral("ui_extension_versions"), SimpleCollection::Kind::UiExtensionVersions}};
    for (const auto &[name, kind] : simple) {
        if (resource != name || !isRead(method) || n > 2)
            continue;
        const SimpleCollection collection(store, kind);
        if (n == 1)
            return lists.list(collection, params, {}, base, store.version);
        static const QStringList types{QStringLiteral("Person"), QStringLiteral("ServiceInstance"), QStringLiteral("UiExtensionVersion")};
        const int row = collection.rowOf(idFromPathSegment(segments.at(1), types.at(int(kind))));
        if (row < 0)
            return notFound();
        return single(collection.render(row, nullptr));
    }

    if (resource == QLatin1String("me") && n == 1 && isRead(method))
        return single(renderPerson(store, 0, nullptr)); // person 1 owns the token

    if (resource == QLatin1String("rate_limit") && n == 1 && isRead(method)) {
        // The shape of this answer is not documented; it mirrors the headers.
        return single({{QStringLiteral("limit"), limiter.limitHeader()},
                       {QStringLiteral("remaining"), limiter.remaining()},
                       {QStringLiteral("reset"), limiter.resetEpochSeconds()}});
    }
    return notFound();
}

ApiResult SandboxServerPrivate::listOfferings(const HttpRequest &request, const QString &predefined)
{
    return lists.list(OfferingCollection(store, is2021()), parseQuery(request.rawQuery), predefined,
                      absoluteBase(request) + request.path, store.version);
}

ApiResult SandboxServerPrivate::getOffering(const HttpRequest &request, qint64 id)
{
    const int row = store.offeringRow(id);
    if (row < 0)
        return notFound();
    QSet<QString> fields;
    const bool selected = parseFields(parseQuery(request.rawQuery), &fields);
    return single(OfferingCollection(store, is2021()).render(row, selected ? &fields : nullptr));
}

ApiResult SandboxServerPrivate::createOffering(const HttpRequest &request)
{
    QJsonObject body;
    ApiResult error;
    if (!parseBody(request.body, &body, &error))
        return error;
    QJsonObject attributes;
    const ValidationErrors errors = validateOffering(store, body, nullptr, options.account, &attributes);
    if (!errors.isEmpty())
        return validationFailed(errors);
    Offering o;
    o.id = store.nextOfferingId++;
    o.state = OfferingState::Draft; // a new offering is a draft until published
    o.createdAt = o.updatedAt = store.tick();
    o.attributes = attributes;
    store.offerings.append(o);
    return single(OfferingCollection(store, is2021()).render(int(store.offerings.size() - 1), nullptr), 201);
}

ApiResult SandboxServerPrivate::updateOffering(const HttpRequest &request, qint64 id)
{
    const int row = store.offeringRow(id);
    if (row < 0)
        return notFound();
    Offering &o = store.offerings[row];
    if (o.account != 0) // a trusted account's offering is visible, not writable
        return errorResult(403, QStringLiteral("Forbidden"));
    QJsonObject body;
    ApiResult error;
    if (!parseBody(request.body, &body, &error))
        return error;
    QJsonObject attributes;
    const ValidationErrors errors = validateOffering(store, body, &o, options.account, &attributes);
    if (!errors.isEmpty())
        return validationFailed(errors);
    o.attributes = attributes;
    o.updatedAt = store.tick();
    return single(OfferingCollection(store, is2021()).render(row, nullptr));
}

ApiResult SandboxServerPrivate::listInstances(const HttpRequest &request, bool legacy, qint64 offeringId,
                                              const QString &predefined)
{
    return lists.list(InstanceCollection(store, legacy, offeringId), parseQuery(request.rawQuery), predefined,
                      absoluteBase(request) + request.path, store.version);
}

ApiResult SandboxServerPrivate::getInstance(const HttpRequest &request, bool legacy, qint64 id)
{
    const int row = store.instanceRow(id);
    if (row < 0)
        return notFound();
    QSet<QString> fields;
    const bool selected = parseFields(parseQuery(request.rawQuery), &fields);
    return single(InstanceCollection(store, legacy).render(row, selected ? &fields : nullptr));
}

ApiResult SandboxServerPrivate::updateInstance(const HttpRequest &request, bool legacy, qint64 id)
{
    const int row = store.instanceRow(id);
    if (row < 0)
        return notFound();
    QJsonObject body;
    ApiResult error;
    if (!parseBody(request.body, &body, &error))
        return error;
    Instance &instance = store.instances[size_t(row)];
    const ValidationErrors errors = validateInstancePatch(store, body, &instance);
    if (!errors.isEmpty())
        return validationFailed(errors);
    instance.updatedAt = store.tick();
    return single(InstanceCollection(store, legacy).render(row, nullptr));
}

} // namespace sandbox
