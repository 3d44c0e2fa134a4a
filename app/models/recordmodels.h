#pragma once

#include "app/records/domain.h"
#include "app/models/instancetable.h"
#include "app/models/pagedtablemodel.h"

#include <QCollator>
#include <QHash>
#include <QList>

namespace pc {

// Display helpers shared by the record tables (and the UI's detail views).
QString displayTimestamp(const QDateTime &value);
QString displayBoolean(bool value);

class OfferingsModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Reference, ServiceInstance, JwtAlg, WebhookUriTemplate, Disabled, UpdatedAt, CreatedAt, Id,
                  SourceId, ColumnCount };

    explicit OfferingsModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const AppOffering &offering(int row) const { return m_rows.at(row); }
    // Takes the server's answer after a save: the loaded row is replaced, a
    // new offering goes on top (it is the one the user just made).
    void upsertFromServer(const QJsonObject &record);

protected:
    QString collectionPath() const override;
    QStringList essentialFields() const override;
    void appendRecords(const QJsonArray &records) override;
    void clearRows() override;

private:
    QList<AppOffering> m_rows;
};

class InstancesModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Id, CustomerAccount, AppOfferingColumn, EnabledByCustomer, Suspended, Disabled, SuspensionComment,
                  UpdatedAt, CreatedAt, ColumnCount };

    explicit InstancesModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The row's record, rebuilt from the compact table (see InstanceTable).
    AppInstance instance(int row) const { return m_rows.instance(row); }
    const InstanceTable &table() const { return m_rows; }

    std::unique_ptr<RowMatcher> matcher(const QString &needle, const QList<int> &columns) const override;
    std::optional<bool> lessThan(int column, int left, int right) const override;

    // Drill-down: only the instances of one offering (a null reference: all).
    // Uses /app_offerings/:id/app_instances; where the server lacks it, the
    // whole collection is walked and the offering's rows kept.
    void setOfferingScope(const Reference &offering);
    Reference offeringScope() const { return m_scope; }
    bool isScopeFilteredLocally() const;
    // Takes the server's answer for one record (after a change): the row
    // shows what the server has, never a guess. Returns false when the record
    // is not loaded.
    bool updateFromServer(const QJsonObject &record);

Q_SIGNALS:
    void scopeChanged();

protected:
    // The API gives instances in no documented order; asking for id order
    // costs nothing and lets Load all walk several cursors at once.
    QString implicitSortField() const override { return QStringLiteral("id"); }
    QString collectionPath() const override;
    QStringList essentialFields() const override;
    void appendRecords(const QJsonArray &records) override;
    void clearRows() override;
    bool recoverFrom(const ApiError &error) override;
    void reserveRows(qint64 rows) override;
    void holdRecords(int key, const QJsonArray &records) override;
    bool releaseHeld(int key) override;
    void dropHeld() override;

private:
    // The records of a page a local drill-down keeps (all of them otherwise).
    QJsonArray inScope(const QJsonArray &records) const;
    QList<InstanceTable::PackedRow> packPage(const QJsonArray &records);
    void insertPacked(const QList<InstanceTable::PackedRow> &rows);
    // Sort ranks of the distinct names (equal names, equal ranks), brought up
    // to date when names were added since.
    const QList<quint32> &accountRanks() const;
    const QList<quint32> &offeringRanks() const;

    InstanceTable m_rows;
    QHash<int, QList<InstanceTable::PackedRow>> m_held;
    mutable QList<quint32> m_accountRanks;
    mutable QList<quint32> m_offeringRanks;
    mutable QCollator m_collator;
    Reference m_scope;
    bool m_nestedUnavailable = false;
};

// The records a form's reference picker offers: service instances or UI
// extension versions (id, name and, for versions, the version), paged like
// the record tables.
class ReferenceModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Version, Id, ColumnCount };
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString version;
    };

    // `collection`: "service_instances" or "ui_extension_versions".
    ReferenceModel(ApiClient *client, const QString &collection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const Row &record(int row) const { return m_rows.at(row); }
    // What a picker shows for a row: the name, with the version when there is one.
    QString displayName(int row) const;

protected:
    QString collectionPath() const override;
    void appendRecords(const QJsonArray &records) override;
    void clearRows() override;

private:
    QString m_collection;
    QList<Row> m_rows;
};

} // namespace pc
