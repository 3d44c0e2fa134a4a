#pragma once

#include "app/models/pagedtablemodel.h"
#include "app/records/domain.h"

#include <QList>

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
        Disabled,
        UpdatedAt,
        CreatedAt,
        Id,
        SourceId,
        ColumnCount
    };

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

} // namespace pc
