#pragma once

#include <QList>
#include <QMetaObject>
#include <QTableView>

namespace pc {

// The table of a record area. A QTableView that, when the only change since
// its last layout is rows appended below what it shows (every page of a Load
// all while the user reads the top of the table), updates its scroll bars
// without repainting the rows it shows: those did not change, and a repaint
// of a full viewport per page is what kept the GUI thread busy during a walk
// (a page arrives every few milliseconds; one paint of rows with colour emoji
// takes tens of them). Any other change lays out and repaints as usual.
class RecordTable : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;

    // How many layouts took the light path (for tests and diagnostics).
    int lightLayoutCount() const { return m_lightLayouts; }

private:
    void noteRowsInserted(const QModelIndex &parent, int first, int last);
    void noteOtherChange() { m_otherChangePending = true; }

    QList<QMetaObject::Connection> m_modelConnections;
    bool m_appendOutOfSightPending = false;
    bool m_otherChangePending = false;
    int m_lightLayouts = 0;
};

} // namespace pc
