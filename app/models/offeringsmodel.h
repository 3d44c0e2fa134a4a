#pragma once

#include "app/models/pagedtablemodel.h"
#include "app/models/recordstate.h"
#include "app/records/domain.h"

#include <QList>
#include <QSet>

namespace pc {

class OfferingsModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Reference,
        ServiceInstance,
        JwtAlg,
        WebhookUriTemplate,
        Disabled, // drawn as the offering's state: Published, Draft, Disabled
        UpdatedAt,
        CreatedAt,
        Id,
        SourceId,
        ColumnCount
    };

    explicit OfferingsModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QStringList predefinedFilters() const override;
    QStringList serverFilterFields() const override;
    const AppOffering &offering(int row) const { return m_rows.at(row); }
    // Which offerings are drafts: a record does not say, only the API's
    // `latest_internal` list does (DraftLookup reads it). Until set, an
    // offering that is not disabled is shown as "Enabled".
    void setDrafts(const QSet<qint64> &ids);
    bool draftsKnown() const { return m_draftsKnown; }
    const QSet<qint64> &drafts() const { return m_drafts; }
    OfferingState state(const AppOffering &offering) const;
    // Takes the server's answer after a save: the loaded row is replaced, a
    // new offering goes on top (it is the one the user just made).
    void upsertFromServer(const QJsonObject &record);

protected:
    QList<ColumnSpec> columnSpecs() const override;
    QString collectionPath() const override;
    QStringList essentialFields() const override;
    // The API lists offerings by name unless asked otherwise; the 2021 API
    // by reference (see listsByReference()).
    QString defaultOrderField() const override;
    // The 2021 API sorts by reference and not by name; the current one the
    // other way round.
    bool presumedServerSortable(const ColumnSpec &column) const override;
    void appendRecords(const QJsonArray &records) override;
    void appendRecordObjects(const QList<QJsonObject> &records) override;
    void clearRows() override;
    int rowOfId(qint64 id) const override;
    void replaceRecord(int row, const QJsonObject &record) override;
    void removeRecordRow(int row) override;
    bool reorderRows(const LocalQuery &order) override;

private:
    QVariant stateCell(const AppOffering &offering, int role) const;
    // Whether the server is of the 2021 API, as far as it has told: its
    // instances are at the legacy path, or it refused to sort offerings by
    // name, or sorted them by reference.
    bool listsByReference() const;

    QList<AppOffering> m_rows;
    QSet<qint64> m_drafts;
    bool m_draftsKnown = false;
};

} // namespace pc
