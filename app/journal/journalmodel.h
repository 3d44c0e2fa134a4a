#pragma once

#include "app/journal/actionjournal.h"

#include <QAbstractTableModel>
#include <QList>

namespace pc {

// The action journal as a table, newest first. It answers the same roles as
// the record tables (PagedTableModel::Roles), so the quick filter, sorting
// and export work on it unchanged.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Action, Record, Change, Result, Connection, ColumnCount };

    explicit JournalModel(ActionJournal *journal, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const JournalEntry &entry(int row) const { return m_entries.at(row); }
    int skippedLines() const { return m_skipped; }
    static QString fieldName(int column); // the export's JSON key
    // Reads the file again (after new writes).
    void reload();

protected:
    // Another language: every header and cell reads again (they are tr()'s).
    bool event(QEvent *event) override;

private:
    static QString changeText(const JournalEntry &entry);

    ActionJournal *m_journal;
    QList<JournalEntry> m_entries;
    int m_skipped = 0;
};

} // namespace pc
