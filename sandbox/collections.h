#pragma once

// The list resources as the query engine sees them: which fields may be
// sorted and filtered on, the default collection fields, the predefined
// filters, and how one record renders.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sandbox {

class Store;

enum class FieldType { Integer, String, Boolean, Timestamp };

// A sortable or filterable value of one record. Null sorts first.
struct Value
{
    enum Kind : quint8 { Null, Int, Str };
    Kind kind = Null;
    qint64 i = 0;
    QString s;

    static Value integer(qint64 v) { return {Int, v, {}}; }
    static Value string(const QString &v) { return {Str, 0, v}; }
    static Value nullable(const QJsonValue &v);
};

int compareValues(const Value &a, const Value &b);

struct KeyField
{
    QString name;
    FieldType type;
    bool sortable;
    bool filterable;
};

struct ResourceSpec
{
    QString path; // "app_instances"
    QList<KeyField> keys;
    QStringList collectionFields;
    QString defaultSort;
    QStringList predefinedFilters;

    int keyIndex(const QString &name) const;
};

class Collection
{
public:
    virtual ~Collection() = default;
    virtual const ResourceSpec &spec() const = 0;
    // Distinguishes list caches (a nested collection adds its offering).
    virtual QString cacheKey() const { return spec().path; }
    virtual int size() const = 0;
    virtual qint64 idAt(int row) const = 0;
    virtual int rowOf(qint64 id) const = 0;
    virtual Value value(int row, int key) const = 0;
    // The collection's default scope narrowed by a predefined filter (empty = none).
    virtual bool inScope(int row, const QString &predefined) const = 0;
    // fields == nullptr renders every field (GET /:id); otherwise only those.
    virtual QJsonObject render(int row, const QSet<QString> *fields) const = 0;
};

class OfferingCollection : public Collection
{
public:
    OfferingCollection(const Store &store, bool generation2021)
        : m_store(store), m_generation2021(generation2021) {}
    // 2021: sorted by reference by default and sortable by it, not by name.
    static const ResourceSpec &resourceSpec(bool generation2021);
    const ResourceSpec &spec() const override { return resourceSpec(m_generation2021); }
    int size() const override;
    qint64 idAt(int row) const override;
    int rowOf(qint64 id) const override;
    Value value(int row, int key) const override;
    bool inScope(int row, const QString &predefined) const override;
    QJsonObject render(int row, const QSet<QString> *fields) const override;

private:
    const Store &m_store;
    bool m_generation2021;
};

class InstanceCollection : public Collection
{
public:
    // legacy renders /integration_instances (the offering as `integration`);
    // offeringId > 0 restricts to one offering's instances (the nested path).
    InstanceCollection(const Store &store, bool legacy, qint64 offeringId = 0)
        : m_store(store), m_legacy(legacy), m_offeringId(offeringId) {}
    static const ResourceSpec &resourceSpec(bool legacy);
    const ResourceSpec &spec() const override { return resourceSpec(m_legacy); }
    QString cacheKey() const override;
    int size() const override;
    qint64 idAt(int row) const override;
    int rowOf(qint64 id) const override;
    Value value(int row, int key) const override;
    bool inScope(int row, const QString &predefined) const override;
    QJsonObject render(int row, const QSet<QString> *fields) const override;

private:
    const Store &m_store;
    bool m_legacy;
    qint64 m_offeringId;
};

// People, service instances and UI extension versions: small, simple lists.
class SimpleCollection : public Collection
{
public:
    enum class Kind { People, ServiceInstances, UiExtensionVersions };
    SimpleCollection(const Store &store, Kind kind) : m_store(store), m_kind(kind) {}
    const ResourceSpec &spec() const override;
    int size() const override;
    qint64 idAt(int row) const override { return row + 1; } // numbered 1..n
    int rowOf(qint64 id) const override { return id >= 1 && id <= size() ? int(id - 1) : -1; }
    Value value(int row, int key) const override;
    bool inScope(int, const QString &) const override { return true; }
    QJsonObject render(int row, const QSet<QString> *fields) const override;

private:
    const Store &m_store;
    Kind m_kind;
};

// The references and records the renderers share (also used by /v1/me).
QJsonObject renderPerson(const Store &store, int row, const QSet<QString> *fields);

} // namespace sandbox
