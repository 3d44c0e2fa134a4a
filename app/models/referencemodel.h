#pragma once

#include "app/models/pagedtablemodel.h"

#include <QList>
#include <QString>

namespace pc {

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
    QList<ColumnSpec> columnSpecs() const override;
    QString collectionPath() const override;
    void appendRecords(const QJsonArray &records) override;
    void clearRows() override;
    int rowOfId(qint64 id) const override;
    void replaceRecord(int row, const QJsonObject &record) override;
    void removeRecordRow(int row) override;

private:
    QString m_collection;
    QList<Row> m_rows;
};

} // namespace pc
