#pragma once

#include "app/overview/overviewfigures.h"
#include "app/overview/visitsnapshot.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace pc {

// The overview's numbers as tables: what the charts draw, for a screen
// reader, for copy and paste and for the CSV export. Each is set whole.

// The figures: one row each, with its change since the last visit.
class FiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row {
        Offerings,
        Published,
        Drafts,
        DisabledOfferings,
        Instances,
        Active,
        NotEnabled,
        Suspended,
        DisabledInstances,
        RowCount
    };
    enum Column { Figure, Now, Change, ColumnCount };
    // Qt::UserRole on any cell: the row's number (-1 when not known).
    using QAbstractTableModel::QAbstractTableModel;

    // `before`: the figures at the last visit (nullopt: none yet).
    void setFigures(const OverviewFigures &now, const std::optional<OverviewFigures> &before);
    static qint64 value(const OverviewFigures &figures, Row row);
    static QString rowTitle(Row row);
    // "+12", "−3", "±0"; empty without a last visit or a number.
    QString changeText(Row row) const;
    qint64 valueAt(Row row) const { return value(m_now, row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OverviewFigures m_now;
    std::optional<OverviewFigures> m_before;
};

// Installs per offering by state: every offering with instances.
class OfferingBarsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Offering, Active, NotEnabled, Suspended, Disabled, Total, ColumnCount };
    // Qt::UserRole on the Offering column: the offering's id (0: "other").
    using QAbstractTableModel::QAbstractTableModel;

    void setBars(const QList<OfferingBar> &bars);
    const QList<OfferingBar> &bars() const { return m_bars; }
    static Column columnOf(InstanceState state) { return Column(int(state) + 1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OfferingBar> m_bars;
};

// Installs per month and the running total.
class AdoptionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Month, Installs, RunningTotal, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPoints(const QList<MonthPoint> &points);
    const QList<MonthPoint> &points() const { return m_points; }
    static QString monthText(const QDate &month);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MonthPoint> m_points;
};

// "Since your last visit": one change per row.
class VisitChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { What, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(const QList<VisitChange> &changes);
    const QList<VisitChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VisitChange> m_changes;
};

} // namespace pc
