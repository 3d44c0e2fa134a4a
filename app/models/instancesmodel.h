#pragma once

#include "app/models/instancetable.h"
#include "app/models/pagedtablemodel.h"
#include "app/records/domain.h"

#include <QCollator>
#include <QHash>
#include <QList>

namespace pc {

class InstancesModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        CustomerAccount,
        AppOfferingColumn,
        State, // the three booleans as one badge: Active, Not enabled, Suspended, Disabled
        EnabledByCustomer,
        Suspended,
        Disabled,
        SuspensionComment,
        UpdatedAt,
        CreatedAt,
        ColumnCount
    };

    explicit InstancesModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QStringList predefinedFilters() const override;
    QStringList serverFilterFields() const override;
    // The row's record, rebuilt from the compact table (see InstanceTable).
    AppInstance instance(int row) const { return m_rows.instance(row); }
    const InstanceTable &table() const { return m_rows; }

    std::unique_ptr<RowMatcher> matcher(const QString &needle, const QList<int> &columns) const override;
    std::optional<bool> lessThan(int column, int left, int right) const override;
    QList<quint64> sortKeys(int column) const override;

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
    QList<ColumnSpec> columnSpecs() const override;
    // The API gives instances in no documented order; asking for id order
    // costs nothing and lets Load all walk several cursors at once.
    QString implicitSortField() const override { return QStringLiteral("id"); }
    QString collectionPath() const override;
    QStringList essentialFields() const override;
    void appendRecords(const QJsonArray &records) override;
    void appendRecordObjects(const QList<QJsonObject> &records) override;
    // The drill-down over the local copy: the offering's instances.
    std::optional<RecordPredicate> localFilter() const override;
    // The list in id order with no condition (the table at start, an
    // offering's instances): the local copy's table, taken whole.
    bool readLocalQuickly(const std::function<bool()> &current) override;
    // Takes the local copy's table in place of the rows held (its first
    // rows, or none); returns how many rows were added.
    int adoptLocalTable(const InstanceTable &table);
    int rowOfId(qint64 id) const override;
    void replaceRecord(int row, const QJsonObject &record) override;
    void removeRecordRow(int row) override;
    void clearRows() override;
    bool recoverFrom(const ApiError &error) override;
    void reserveRows(qint64 rows) override;
    void holdRecords(int key, const QJsonArray &records) override;
    bool releaseHeld(int key) override;
    void dropHeld() override;

private:
    // A row's state in words ("Suspended, Not enabled by customer", "Active"):
    // what a screen reader says of each of its cells, shown columns or not.
    QString stateText(qsizetype row) const;
    // The State column: the words, the description, the state's rank.
    QVariant stateCell(qsizetype row, int role) const;
    int stateRank(int row) const;
    std::optional<quint64> sortKey(int column, qsizetype row) const;
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

} // namespace pc
