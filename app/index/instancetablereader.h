#pragma once

#include "app/models/instancetable.h"

#include <QByteArray>

namespace pc {

// Builds the instances table (InstanceTable) straight from records as the
// index stores them (recordcodec.h), without a JSON object or an AppInstance
// per record: the fields a table row holds are read from the encoded bytes
// as they go by, and the others are skipped. That is what lets 100,000 rows
// reach the table within a fraction of a second, in the memory a list of
// the shown columns takes (the index keeps the whole record; the record
// pane asks the server for it). Whatever this quick reading does not
// expect (a value of another type, the legacy `integration` name, another
// codec version) is read the slow way, through decodeRecord() and
// decodeInstance(), and the row holds the same shown fields either way.
class InstanceTableReader
{
public:
    // `offeringScope`: keep only that offering's instances (0: all).
    explicit InstanceTableReader(qint64 offeringScope = 0);

    void add(const QByteArray &encoded);
    InstanceTable take();
    // How many records the quick reading handed to the slow one (for the tests).
    qsizetype slowRecords() const { return m_slow; }

private:
    bool readQuickly(const QByteArray &encoded, InstanceTable::Parts *parts) const;

    qint64 m_scope;
    InstanceTable m_table;
    qsizetype m_slow = 0;
};

} // namespace pc
