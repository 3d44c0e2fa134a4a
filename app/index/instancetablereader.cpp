#include "app/index/instancetablereader.h"

#include "app/index/cborcursor.h"
#include "app/index/recordcodec.h"
#include "app/records/domain.h"
#include "app/records/timestamp.h"

#include <QString>

namespace pc {

namespace {

// The numbers recordcodec.cpp gives these keys (its dictionary only grows).
enum Key : quint64 {
    KeyId = 0,
    KeyName = 1,
    KeyCreatedAt = 3,
    KeyUpdatedAt = 4,
    KeyDisabled = 5,
    KeyEnabledByCustomer = 6,
    KeySuspended = 7,
    KeySuspensionComment = 8,
    KeyCustomerAccount = 10,
    KeyAppOffering = 12,
    KeyReference = 15,
    KeyIntegration = 35,
};

// The keys of the fields a row holds. Once each has been read (the offering
// not null: the legacy `integration` may stand in for a null one), the
// rest of the record is left unread: it is fields the table does not show
// (the webhook and its policy, as the index writes a record), and skipping
// them took about a sixth of the reading's time.
constexpr quint32 bit(Key key)
{
    return 1u << key;
}
constexpr quint32 kShownKeys = bit(KeyId) | bit(KeyCreatedAt) | bit(KeyUpdatedAt) | bit(KeyDisabled) |
                               bit(KeyEnabledByCustomer) | bit(KeySuspended) | bit(KeySuspensionComment) |
                               bit(KeyCustomerAccount) | bit(KeyAppOffering);

// Parsed from the stored bytes as they are: the API writes times in ASCII, so
// reading them as Latin-1 reads them right, and anything else fails to parse
// and goes the slow way.
bool readTimestamp(CborCursor &cursor, QDateTime *value)
{
    QByteArrayView text;
    if (!cursor.readOptionalUtf8(&text))
        return false;
    *value = text.isEmpty() ? QDateTime() : parseApiTimestamp(QLatin1StringView(text));
    return text.isEmpty() || value->isValid(); // a bad time is left to the slow way (it warns)
}

// `{id: "wdc", name: "…"}` (other keys are ignored, as decodeAccount() does).
// A key written as text (not in the dictionary) goes the slow way.
bool readAccount(CborCursor &cursor, AccountRef *account)
{
    if (cursor.nextIsNull())
        return cursor.readNull();
    quint64 pairs = 0;
    if (!cursor.readMap(&pairs))
        return false;
    for (quint64 i = 0; i < pairs; ++i) {
        quint64 key = 0;
        if (!cursor.readUnsigned(&key))
            return false;
        const bool read = key == KeyId     ? cursor.readText(&account->id)
                          : key == KeyName ? cursor.readText(&account->name)
                                           : cursor.skip();
        if (!read)
            return false;
    }
    return true;
}

// `{id: 12, name: "…", reference: "…"}` (other keys ignored, as decodeReference() does).
bool readReference(CborCursor &cursor, Reference *reference)
{
    if (cursor.nextIsNull())
        return cursor.readNull();
    quint64 pairs = 0;
    if (!cursor.readMap(&pairs))
        return false;
    for (quint64 i = 0; i < pairs; ++i) {
        quint64 key = 0;
        if (!cursor.readUnsigned(&key))
            return false;
        bool read = true;
        if (key == KeyId) {
            quint64 id = 0;
            read = cursor.readUnsigned(&id);
            reference->id = static_cast<qint64>(id);
        } else if (key == KeyName) {
            read = cursor.readText(&reference->name);
        } else if (key == KeyReference) {
            read = cursor.readText(&reference->reference);
        } else {
            read = cursor.skip();
        }
        if (!read)
            return false;
    }
    return true;
}

} // namespace

InstanceTableReader::InstanceTableReader(qint64 offeringScope)
    : m_scope(offeringScope)
{}

bool InstanceTableReader::readQuickly(const QByteArray &encoded, InstanceTable::Parts *parts) const
{
    if (encoded.size() < 2 || encoded.at(0) != kRecordCodecVersion)
        return false;
    CborCursor cursor(encoded.constData() + 1, encoded.size() - 1);
    quint64 pairs = 0;
    if (!cursor.readMap(&pairs))
        return false;
    quint32 seen = 0;
    for (quint64 i = 0; i < pairs; ++i) {
        quint64 key = 0;
        if (!cursor.readUnsigned(&key))
            return false; // a key the dictionary lacks (an unknown field), or damage: the slow way
        bool read = true;
        switch (key) {
        case KeyId: {
            quint64 id = 0;
            read = cursor.readUnsigned(&id);
            parts->id = static_cast<qint64>(id);
            break;
        }
        case KeyCreatedAt:
            read = readTimestamp(cursor, &parts->createdAt);
            break;
        case KeyUpdatedAt:
            read = readTimestamp(cursor, &parts->updatedAt);
            break;
        case KeyDisabled:
            read = cursor.readBool(&parts->disabled);
            break;
        case KeyEnabledByCustomer:
            read = cursor.readBool(&parts->enabledByCustomer);
            break;
        case KeySuspended:
            read = cursor.readBool(&parts->suspended);
            break;
        case KeySuspensionComment:
            read = cursor.readOptionalText(&parts->suspensionComment);
            break;
        case KeyCustomerAccount:
            read = readAccount(cursor, &parts->customerAccount);
            break;
        case KeyAppOffering:
            read = readReference(cursor, &parts->appOffering);
            break;
        case KeyIntegration:
            return false; // the legacy name stands in for a null app_offering: the slow way knows
        default:
            read = cursor.skip(); // a field the table does not show: the index keeps it
            break;
        }
        if (!read)
            return false;
        if (key < 32 && (kShownKeys & (1u << key)) && (key != KeyAppOffering || !parts->appOffering.isNull()))
            seen |= 1u << key;
        if (seen == kShownKeys)
            return true;
    }
    // Every pair read: the record ends here, or it is not one.
    return cursor.atEnd();
}

void InstanceTableReader::add(const QByteArray &encoded)
{
    InstanceTable::Parts parts;
    if (readQuickly(encoded, &parts)) {
        if (m_scope == 0 || parts.appOffering.id == m_scope)
            m_table.appendParts(parts);
        return;
    }
    ++m_slow;
    const AppInstance instance = decodeInstance(decodeRecord(encoded));
    if (m_scope == 0 || instance.appOffering.id == m_scope)
        m_table.appendParts(InstanceTable::Parts::of(instance)); // as the quick reading would
}

InstanceTable InstanceTableReader::take()
{
    InstanceTable table = std::move(m_table);
    m_table = InstanceTable();
    return table;
}

} // namespace pc
