#include "app/overview/overviewtables.h"

#include <QLocale>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::FiguresModel).
class FiguresModel { Q_OBJECT };
class OfferingBarsModel { Q_OBJECT };
class AdoptionModel { Q_OBJECT };
class VisitChangesModel { Q_OBJECT };
#endif

namespace {

QString number(qint64 value)
{
    return value < 0 ? FiguresModel::tr("not known") : QLocale().toString(value);
}

} // namespace

// ---- figures ----------------------------------------------------------------

void FiguresModel::setFigures(const OverviewFigures &now, const std::optional<OverviewFigures> &before)
{
    m_now = now;
    m_before = before;
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

qint64 FiguresModel::value(const OverviewFigures &figures, Row row)
{
    switch (row) {
    case Offerings:
        return figures.offerings;
    case Published:
        return figures.published;
    case Drafts:
        return figures.drafts;
    case DisabledOfferings:
        return figures.disabledOfferings;
    case Instances:
        return figures.instances.total();
    case Active:
        return figures.instances[InstanceState::Active];
    case NotEnabled:
        return figures.instances[InstanceState::NotEnabled];
    case Suspended:
        return figures.instances[InstanceState::Suspended];
    case DisabledInstances:
        return figures.instances[InstanceState::Disabled];
    case RowCount:
        break;
    }
    return 0;
}

QString FiguresModel::rowTitle(Row row)
{
    switch (row) {
    case Offerings:
        return tr("Offerings");
    case Published:
        return tr("Published offerings");
    case Drafts:
        return tr("Draft offerings");
    case DisabledOfferings:
        return tr("Disabled offerings");
    case Instances:
        return tr("Instances");
    case Active:
        return tr("Active instances");
    case NotEnabled:
        return tr("Instances not enabled by the customer");
    case Suspended:
        return tr("Suspended instances");
    case DisabledInstances:
        return tr("Disabled instances");
    case RowCount:
        break;
    }
    return {};
}

QString FiguresModel::changeText(Row row) const
{
    if (!m_before)
        return {};
    const qint64 now = value(m_now, row);
    const qint64 before = value(*m_before, row);
    if (now < 0 || before < 0)
        return {};
    const qint64 change = now - before;
    if (change == 0)
        return tr("±0");
    return change > 0 ? tr("+%1").arg(QLocale().toString(change))
                      : tr("−%1").arg(QLocale().toString(-change)); // a real minus sign
}

int FiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int FiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = Row(index.row());
    if (role == Qt::UserRole)
        return value(m_now, row);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Figure:
        return rowTitle(row);
    case Now:
        return number(value(m_now, row));
    case Change:
        return changeText(row);
    }
    return {};
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Figure:
        return tr("Figure");
    case Now:
        return tr("Now");
    case Change:
        return tr("Since last visit");
    }
    return {};
}

// ---- installs per offering --------------------------------------------------

void OfferingBarsModel::setBars(const QList<OfferingBar> &bars)
{
    beginResetModel();
    m_bars = bars;
    endResetModel();
}

int OfferingBarsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bars.size());
}

int OfferingBarsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferingBarsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OfferingBar &bar = m_bars.at(index.row());
    const int column = index.column();
    if (column == Offering) {
        if (role == Qt::UserRole)
            return bar.offeringId;
        return role == Qt::DisplayRole ? QVariant(bar.name) : QVariant();
    }
    const qint64 count = column == Total ? bar.counts.total() : bar.counts.byState[size_t(column - 1)];
    if (role == Qt::UserRole)
        return count;
    if (role == Qt::DisplayRole)
        return QLocale().toString(count);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OfferingBarsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Offering)
        return tr("Offering");
    if (section == Total)
        return tr("Total");
    if (section > Offering && section < Total)
        return RecordStateText::word(InstanceState(section - 1));
    return {};
}

// ---- adoption ---------------------------------------------------------------

void AdoptionModel::setPoints(const QList<MonthPoint> &points)
{
    beginResetModel();
    m_points = points;
    endResetModel();
}

QString AdoptionModel::monthText(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

int AdoptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int AdoptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdoptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonthPoint &point = m_points.at(index.row());
    switch (index.column()) {
    case Month:
        if (role == Qt::UserRole)
            return point.month;
        return role == Qt::DisplayRole ? QVariant(monthText(point.month)) : QVariant();
    case Installs:
    case RunningTotal: {
        const qint64 value = index.column() == Installs ? point.installs : point.runningTotal;
        if (role == Qt::UserRole)
            return value;
        if (role == Qt::DisplayRole)
            return QLocale().toString(value);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    }
    return {};
}

QVariant AdoptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Installs:
        return tr("Installs");
    case RunningTotal:
        return tr("Running total");
    }
    return {};
}

// ---- since the last visit ---------------------------------------------------

void VisitChangesModel::setChanges(const QList<VisitChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int VisitChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int VisitChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitChange &change = m_changes.at(index.row());
    if (role == Qt::DisplayRole)
        return VisitChanges::text(change);
    if (role == Qt::UserRole)
        return change.id;
    if (role == Qt::ToolTipRole)
        return change.canOpen() ? tr("Enter opens the record") : tr("The record is gone");
    return {};
}

QVariant VisitChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == What)
        return tr("What changed");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace pc
