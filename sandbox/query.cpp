#include "sandbox/query.h"

#include "sandbox/collections.h"
#include "sandbox/util.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace sandbox {

QueryParams parseQuery(const QByteArray &rawQuery)
{
    QueryParams params;
    const QList<QByteArray> items = rawQuery.split('&');
    for (const QByteArray &item : items) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        QByteArray key = eq < 0 ? item : item.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        params.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return params;
}

QByteArray encodeQuery(const QueryParams &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += key.toUtf8().toPercentEncoding(",!:") + '=' + value.toUtf8().toPercentEncoding(",!:");
    }
    return out;
}

QString queryValue(const QueryParams &params, const QString &key, bool *present)
{
    // The last occurrence wins, as in Rails.
    for (auto it = params.crbegin(); it != params.crend(); ++it) {
        if (it->first == key) {
            if (present)
                *present = true;
            return it->second;
        }
    }
    if (present)
        *present = false;
    return {};
}

ApiResult errorResult(int status, const QString &message)
{
    ApiResult r;
    r.status = status;
    r.json = QJsonObject{{QStringLiteral("message"), message}};
    return r;
}

bool parseFields(const QueryParams &params, QSet<QString> *fields)
{
    bool present = false;
    const QString value = queryValue(params, QStringLiteral("fields"), &present);
    if (!present || value.trimmed().isEmpty())
        return false;
    fields->clear();
    const QStringList names = value.split(QLatin1Char(','));
    for (const QString &name : names) {
        if (!name.trimmed().isEmpty())
            fields->insert(name.trimmed());
    }
    fields->insert(QStringLiteral("id"));
    return true;
}

namespace {

struct SortKey
{
    int key;
    bool descending;
};

struct Condition
{
    enum Op { Eq, In, Empty, Present, Lt, Le, Gt, Ge, Range };
    int key = 0;
    Op op = Eq;
    bool negate = false;
    QList<Value> values;
    Value lo, hi;
    bool loInclusive = false, hiInclusive = false;

    bool matches(const Value &v) const
    {
        bool result = false;
        switch (op) {
        case Eq:
            result = v.kind != Value::Null && compareValues(v, values.first()) == 0;
            break;
        case In:
            result = v.kind != Value::Null && std::any_of(values.cbegin(), values.cend(), [&](const Value &x) {
                         return compareValues(v, x) == 0;
                     });
            break;
        case Empty:
            result = v.kind == Value::Null || (v.kind == Value::Str && v.s.isEmpty());
            break;
        case Present:
            result = !(v.kind == Value::Null || (v.kind == Value::Str && v.s.isEmpty()));
            break;
        case Lt:
            result = v.kind != Value::Null && compareValues(v, values.first()) < 0;
            break;
        case Le:
            result = v.kind != Value::Null && compareValues(v, values.first()) <= 0;
            break;
        case Gt:
            result = v.kind != Value::Null && compareValues(v, values.first()) > 0;
            break;
        case Ge:
            result = v.kind != Value::Null && compareValues(v, values.first()) >= 0;
            break;
        case Range: {
            if (v.kind == Value::Null)
                return false;
            const int a = compareValues(v, lo);
            const int b = compareValues(v, hi);
            result = (loInclusive ? a >= 0 : a > 0) && (hiInclusive ? b <= 0 : b < 0);
            break;
        }
        }
        // A negation includes records without a value (they are not equal to x).
        return negate ? !result : result;
    }
};

// Parameters that are not filters.
bool isReservedParam(const QString &key)
{
    static const QSet<QString> reserved{QStringLiteral("per_page"),     QStringLiteral("fields"),
                                        QStringLiteral("sort"),         QStringLiteral("state"),
                                        QStringLiteral("search_after"), QStringLiteral("search_before"),
                                        QStringLiteral("page")};
    return reserved.contains(key);
}

bool parseValue(FieldType type, const QString &text, Value *out)
{
    switch (type) {
    case FieldType::Integer: {
        bool ok = false;
        const qint64 v = text.trimmed().toLongLong(&ok);
        *out = Value::integer(v);
        return ok;
    }
    case FieldType::Boolean:
        *out = Value::integer(isTrueInput(text) ? 1 : 0);
        return true;
    case FieldType::Timestamp: {
        qint64 t = 0;
        *out = Value::integer(t);
        if (!parseTimestamp(text, &t))
            return false;
        *out = Value::integer(t);
        return true;
    }
    case FieldType::String:
        *out = Value::string(text);
        return true;
    }
    return false;
}

// Returns an empty string on success, else the 400 message.
QString parseCondition(const KeyField &field, int key, bool negatedKey, QString text, Condition *c)
{
    c->key = key;
    c->negate = negatedKey;
    auto unsupported = [&](const QString &op) {
        return QStringLiteral("Field '%1' does not support the '%2' operator").arg(field.name, op);
    };
    auto invalid = [&](const QString &value) {
        return QStringLiteral("Invalid value '%1' for field '%2'").arg(value, field.name);
    };
    if (text.isEmpty()) {
        c->op = negatedKey ? Condition::Present : Condition::Empty;
        c->negate = false;
        return {};
    }
    if (text == QLatin1String("!")) {
        c->op = Condition::Present;
        c->negate = false;
        return {};
    }
    if (text.startsWith(QLatin1Char('!'))) {
        c->negate = !c->negate;
        text.remove(0, 1);
    }
    const bool ordered = field.type == FieldType::Integer || field.type == FieldType::Timestamp;
    if (text.startsWith(QLatin1Char('>')) || text.startsWith(QLatin1Char('<'))) {
        const bool greater = text.startsWith(QLatin1Char('>'));
        const bool inclusive = text.size() > 1 && text.at(1) == QLatin1Char('=');
        const QString op = QLatin1Char('=') + text.left(inclusive ? 2 : 1);
        if (!ordered || c->negate)
            return unsupported(c->negate ? QStringLiteral("=!") + op.mid(1) : op);
        QString rest = text.mid(inclusive ? 2 : 1);
        const qsizetype upper = greater ? rest.indexOf(QLatin1Char('<')) : -1;
        if (upper >= 0) {
            // A range: >a<b or >=a<=b (mixed inclusivity is accepted too).
            c->op = Condition::Range;
            c->loInclusive = inclusive;
            QString high = rest.mid(upper + 1);
            rest = rest.left(upper);
            c->hiInclusive = high.startsWith(QLatin1Char('='));
            if (c->hiInclusive)
                high.remove(0, 1);
            if (!parseValue(field.type, rest, &c->lo))
                return invalid(rest);
            if (!parseValue(field.type, high, &c->hi))
                return invalid(high);
            return {};
        }
        c->op = greater ? (inclusive ? Condition::Ge : Condition::Gt) : (inclusive ? Condition::Le : Condition::Lt);
        Value v;
        if (!parseValue(field.type, rest, &v))
            return invalid(rest);
        c->values = {v};
        return {};
    }
    if (text.contains(QLatin1Char(',')) && field.type != FieldType::String) {
        // "in" is for integers (and enums) only; a string keeps its comma.
        if (field.type != FieldType::Integer)
            return unsupported(QStringLiteral("in"));
        c->op = Condition::In;
        const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            Value v;
            if (!parseValue(field.type, part, &v))
                return invalid(part);
            c->values.append(v);
        }
        return {};
    }
    c->op = Condition::Eq;
    Value v;
    if (!parseValue(field.type, text, &v))
        return invalid(text);
    c->values = {v};
    return {};
}

QJsonValue toJson(const Value &v)
{
    switch (v.kind) {
    case Value::Null:
        return QJsonValue();
    case Value::Int:
        return QJsonValue(v.i);
    case Value::Str:
        return QJsonValue(v.s);
    }
    return {};
}

Value fromJson(const QJsonValue &v)
{
    if (v.isString())
        return Value::string(v.toString());
    if (v.isDouble())
        return Value::integer(v.toInteger());
    return {};
}

// A list request, read and checked: what to match, in which order, how
// many per page and which fields to render.
struct ListQuery
{
    int perPage = ListEngine::kDefaultPerPage;
    QString predefined;
    QList<SortKey> sort; // always ends with the id tie-break (unless id is sorted on)
    int idKey = -1;
    QString sortSignature; // "-created_at,id": cursors carry it
    QList<Condition> conditions;
    QString filterSignature; // the filters as given, part of the cache key
    QSet<QString> fields;
};

// Returns an empty string on success, else the 400 message.
QString parsePerPage(const QueryParams &params, int *perPage)
{
    bool present = false;
    const QString text = queryValue(params, QStringLiteral("per_page"), &present);
    if (!present)
        return {};
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return QStringLiteral("Parameter 'per_page' must be a number");
    if (value < 1)
        return QStringLiteral("Parameter 'per_page' cannot be less than 1");
    *perPage = std::min(value, ListEngine::kMaxPerPage);
    return {};
}

// The predefined filter: the path suffix, else ?state=. Returns the 400
// message, if any.
QString parsePredefined(const ResourceSpec &spec, const QueryParams &params, const QString &pathFilter,
                        QString *predefined)
{
    *predefined = pathFilter;
    if (!predefined->isEmpty())
        return {};
    bool present = false;
    *predefined = queryValue(params, QStringLiteral("state"), &present);
    if (present && !predefined->isEmpty() && !spec.predefinedFilters.contains(*predefined))
        return QStringLiteral("Predefined filter '%1' is not supported").arg(*predefined);
    return {};
}

// ?sort= (else the resource's default), with id appended as the tie-break
// that makes cursors exact. Returns the 400 message, if any.
QString parseSort(const ResourceSpec &spec, const QueryParams &params, ListQuery *query)
{
    QString sortText = queryValue(params, QStringLiteral("sort"));
    if (sortText.trimmed().isEmpty())
        sortText = spec.defaultSort;
    QStringList notAllowed;
    const QStringList sortParts = sortText.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString part : sortParts) {
        part = part.trimmed();
        const bool descending = part.startsWith(QLatin1Char('-'));
        if (descending)
            part.remove(0, 1);
        const int key = spec.keyIndex(part);
        if (key < 0 || !spec.keys.at(key).sortable)
            notAllowed.append(part);
        else
            query->sort.append({key, descending});
    }
    if (!notAllowed.isEmpty())
        return QStringLiteral("Sorting not allowed on fields: %1").arg(notAllowed.join(QStringLiteral(", ")));
    query->idKey = spec.keyIndex(QStringLiteral("id"));
    if (std::none_of(query->sort.cbegin(), query->sort.cend(),
                     [&](const SortKey &k) { return k.key == query->idKey; }))
        query->sort.append({query->idKey, false});
    QStringList signature;
    for (const SortKey &k : std::as_const(query->sort))
        signature.append((k.descending ? QStringLiteral("-") : QString()) + spec.keys.at(k.key).name);
    query->sortSignature = signature.join(QLatin1Char(','));
    return {};
}

// Every parameter that is not reserved is a filter ("name!" negates, "ids"
// is "id"). Returns the 400 message, if any.
QString parseFilters(const ResourceSpec &spec, const QueryParams &params, ListQuery *query)
{
    QStringList notAllowed;
    QStringList signature;
    for (const auto &[rawKey, text] : params) {
        if (isReservedParam(rawKey))
            continue;
        QString name = rawKey;
        const bool negatedKey = name.endsWith(QLatin1Char('!'));
        if (negatedKey)
            name.chop(1);
        if (name == QLatin1String("ids"))
            name = QStringLiteral("id");
        const int key = spec.keyIndex(name);
        if (key < 0 || !spec.keys.at(key).filterable) {
            notAllowed.append(name);
            continue;
        }
        Condition c;
        const QString error = parseCondition(spec.keys.at(key), key, negatedKey, text, &c);
        if (!error.isEmpty())
            return error;
        query->conditions.append(c);
        signature.append(rawKey + QLatin1Char('=') + text);
    }
    if (!notAllowed.isEmpty())
        return QStringLiteral("Filtering not allowed on fields: %1")
            .arg(notAllowed.join(QStringLiteral(", ")));
    query->filterSignature = signature.join(QLatin1Char('&'));
    return {};
}

// The whole request, checked in the order the real API reports problems.
// Returns the 400 message, if any.
QString parseListQuery(const ResourceSpec &spec, const QueryParams &params, const QString &pathFilter,
                       ListQuery *query)
{
    QString error = parsePerPage(params, &query->perPage);
    if (error.isEmpty())
        error = parsePredefined(spec, params, pathFilter, &query->predefined);
    if (error.isEmpty())
        error = parseSort(spec, params, query);
    if (error.isEmpty())
        error = parseFilters(spec, params, query);
    if (!error.isEmpty())
        return error;
    if (!parseFields(params, &query->fields)) {
        for (const QString &f : spec.collectionFields)
            query->fields.insert(f);
    }
    return {};
}

// The rows in scope that meet every condition, in the store's (id) order.
std::vector<int> matchingRows(const Collection &collection, const ListQuery &query)
{
    std::vector<int> rows;
    const int n = collection.size();
    rows.reserve(size_t(n));
    for (int row = 0; row < n; ++row) {
        if (!collection.inScope(row, query.predefined))
            continue;
        const bool ok =
            std::all_of(query.conditions.cbegin(), query.conditions.cend(),
                        [&](const Condition &c) { return c.matches(collection.value(row, c.key)); });
        if (ok)
            rows.push_back(row);
    }
    return rows;
}

// The order of `rows` when every sort key is a number (integers, booleans,
// timestamps): one flat array of keys, negated for descending, compared
// lexicographically without building a Value per comparison.
std::vector<int> integerKeyOrder(const Collection &collection, const QList<SortKey> &sort,
                                 const std::vector<int> &rows)
{
    const size_t k = size_t(sort.size());
    std::vector<int> order(rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::vector<qint64> keys(rows.size() * k);
    for (size_t i = 0; i < rows.size(); ++i) {
        for (size_t j = 0; j < k; ++j) {
            const qint64 v = collection.value(rows[i], sort.at(qsizetype(j)).key).i;
            keys[i * k + j] = sort.at(qsizetype(j)).descending ? -v : v;
        }
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return std::lexicographical_compare(
            keys.begin() + a * qsizetype(k), keys.begin() + (a + 1) * qsizetype(k),
            keys.begin() + b * qsizetype(k), keys.begin() + (b + 1) * qsizetype(k));
    });
    return order;
}

// The order of `rows` when some sort key is a string: the keys' Values,
// compared one by one.
std::vector<int> valueKeyOrder(const Collection &collection, const QList<SortKey> &sort,
                               const std::vector<int> &rows)
{
    std::vector<int> order(rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::vector<QList<Value>> keys(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        for (const SortKey &s : sort)
            keys[i].append(collection.value(rows[i], s.key));
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        for (qsizetype j = 0; j < sort.size(); ++j) {
            int c = compareValues(keys[size_t(a)].at(j), keys[size_t(b)].at(j));
            if (sort.at(j).descending)
                c = -c;
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    return order;
}

// Puts rows (in id order) into the query's sort order.
void sortRows(const Collection &collection, const ListQuery &query, std::vector<int> *rows)
{
    const QList<SortKey> &sort = query.sort;
    // Rows are stored in id order, so ascending id needs no sort.
    if (sort.size() == 1 && sort.first().key == query.idKey && !sort.first().descending)
        return;
    const ResourceSpec &spec = collection.spec();
    const bool allInts = std::all_of(sort.cbegin(), sort.cend(), [&](const SortKey &s) {
        return spec.keys.at(s.key).type != FieldType::String;
    });
    const std::vector<int> order =
        allInts ? integerKeyOrder(collection, sort, *rows) : valueKeyOrder(collection, sort, *rows);
    std::vector<int> sorted(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        sorted[i] = (*rows)[size_t(order[i])];
    rows->swap(sorted);
}

// Cursors on (sort keys, id): base64url JSON [sort signature, values…], so a
// cursor made for another sort order is refused rather than misread.
class Cursors
{
public:
    Cursors(const Collection &collection, const ListQuery &query)
        : m_collection(collection)
        , m_sort(query.sort)
        , m_signature(query.sortSignature)
    {}

    // <0, 0, >0 as the row sorts before, at or after the cursor.
    int compare(int row, const QList<Value> &cursor) const
    {
        for (qsizetype j = 0; j < m_sort.size(); ++j) {
            int c = compareValues(m_collection.value(row, m_sort.at(j).key), cursor.at(j));
            if (m_sort.at(j).descending)
                c = -c;
            if (c != 0)
                return c;
        }
        return 0;
    }

    QString encode(int row) const
    {
        QJsonArray array{m_signature};
        for (const SortKey &s : m_sort)
            array.append(toJson(m_collection.value(row, s.key)));
        return QString::fromLatin1(base64UrlEncode(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    }

    bool decode(const QString &token, QList<Value> *cursor) const
    {
        bool ok = false;
        const QByteArray json = base64UrlDecode(token.toLatin1(), &ok);
        const QJsonArray array = QJsonDocument::fromJson(json).array();
        if (!ok || array.size() != m_sort.size() + 1 || array.at(0).toString() != m_signature)
            return false;
        for (qsizetype j = 1; j < array.size(); ++j)
            cursor->append(fromJson(array.at(j)));
        return true;
    }

private:
    const Collection &m_collection;
    const QList<SortKey> &m_sort;
    const QString &m_signature;
};

// Rows [start, end) of the first `total` sorted rows.
struct PageBounds
{
    int start = 0;
    int end = 0;
};

// The page: after / before a cursor on (sort keys, id), not an offset, so
// records created or deleted meanwhile neither repeat nor vanish. Returns
// the 400 message for a cursor that does not fit, if any.
QString findPage(const QueryParams &params, const std::vector<int> &rows, int total, int perPage,
                 const Cursors &cursors, PageBounds *page)
{
    page->start = 0;
    page->end = std::min(total, perPage);
    bool afterPresent = false, beforePresent = false;
    const QString after = queryValue(params, QStringLiteral("search_after"), &afterPresent);
    const QString before = queryValue(params, QStringLiteral("search_before"), &beforePresent);
    const auto first = rows.cbegin();
    const auto last = rows.cbegin() + total;
    if (afterPresent) {
        QList<Value> cursor;
        if (!cursors.decode(after, &cursor))
            return QStringLiteral("Parameter 'search_after' is invalid");
        page->start = int(
            std::partition_point(first, last, [&](int row) { return cursors.compare(row, cursor) <= 0; }) -
            first);
        page->end = std::min(total, page->start + perPage);
    } else if (beforePresent) {
        QList<Value> cursor;
        if (!cursors.decode(before, &cursor))
            return QStringLiteral("Parameter 'search_before' is invalid");
        page->end =
            int(std::partition_point(first, last, [&](int row) { return cursors.compare(row, cursor) < 0; }) -
                first);
        page->start = std::max(0, page->end - perPage);
    }
    return {};
}

// The x-pagination-* headers the real API sends with every list.
void addPaginationHeaders(ApiResult *result, int perPage, int start, int total, bool throttled)
{
    const int totalPages = std::max(1, (total + perPage - 1) / perPage);
    result->headers.append({QByteArray("x-pagination-per-page"), QByteArray::number(perPage)});
    result->headers.append({QByteArray("x-pagination-current-page"),
                            QByteArray::number(std::min(totalPages, start / perPage + 1))});
    result->headers.append({QByteArray("x-pagination-total-pages"), QByteArray::number(totalPages)});
    result->headers.append({QByteArray("x-pagination-total-entries"), QByteArray::number(total)});
    if (throttled)
        result->headers.append({QByteArray("x-pagination-throttled"), QByteArray("true")});
}

// The link URLs: the request's own parameters with the page's cursor. first
// and prev on every page but the first; next on every page but the last;
// never last.
void addLinks(ApiResult *result, const QueryParams &params, const QString &baseUrl,
              const std::vector<int> &rows, const PageBounds &page, int total, const Cursors &cursors)
{
    QueryParams linkParams;
    for (const auto &p : params) {
        if (p.first != QLatin1String("search_after") && p.first != QLatin1String("search_before"))
            linkParams.append(p);
    }
    auto url = [&](const QueryParams &extra) {
        const QByteArray query = encodeQuery(linkParams + extra);
        return query.isEmpty() ? baseUrl : baseUrl + QLatin1Char('?') + QString::fromLatin1(query);
    };
    if (page.start > 0) {
        result->first = url({});
        result->prev = url({{QStringLiteral("search_before"), cursors.encode(rows[size_t(page.start)])}});
    }
    if (page.end < total && page.end > page.start)
        result->next = url({{QStringLiteral("search_after"), cursors.encode(rows[size_t(page.end - 1)])}});
}

} // namespace

ApiResult ListEngine::list(const Collection &collection, const QueryParams &params, const QString &pathFilter,
                           const QString &baseUrl, quint64 dataVersion)
{
    ListQuery query;
    const QString error = parseListQuery(collection.spec(), params, pathFilter, &query);
    if (!error.isEmpty())
        return errorResult(400, error);

    // Matching rows in sort order, cached per query shape until the next write.
    const QString cacheKey = collection.cacheKey() + QLatin1Char('|') + query.predefined + QLatin1Char('|') +
                             query.filterSignature + QLatin1Char('|') + query.sortSignature;
    CacheEntry &entry = m_cache[cacheKey];
    if (entry.version != dataVersion) {
        if (m_cache.size() > 64) { // bounded: drop everything else, keep this one
            CacheEntry kept;
            m_cache.clear();
            m_cache.insert(cacheKey, kept);
        }
        CacheEntry &fresh = m_cache[cacheKey];
        fresh.version = dataVersion;
        fresh.rows = matchingRows(collection, query);
        sortRows(collection, query, &fresh.rows);
    }
    const std::vector<int> &rows = m_cache[cacheKey].rows;
    const bool throttled = rows.size() > size_t(kThrottleCap);
    const int total = int(std::min(rows.size(), size_t(kThrottleCap)));

    const Cursors cursors(collection, query);
    PageBounds page;
    const QString pageError = findPage(params, rows, total, query.perPage, cursors, &page);
    if (!pageError.isEmpty())
        return errorResult(400, pageError);

    QJsonArray records;
    for (int i = page.start; i < page.end; ++i)
        records.append(collection.render(rows[size_t(i)], &query.fields));
    ApiResult result;
    result.isList = true;
    result.json = records;
    addPaginationHeaders(&result, query.perPage, page.start, total, throttled);
    addLinks(&result, params, baseUrl, rows, page, total, cursors);
    return result;
}

} // namespace sandbox
