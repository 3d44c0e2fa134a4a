#include "app/index/instancetablereader.h"

#include "app/index/recordcodec.h"
#include "app/records/domain.h"
#include "app/records/timestamp.h"

#include <QCborStreamReader>
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

// A whole text string; false for anything else.
bool readText(QCborStreamReader &reader, QString *text)
{
    if (!reader.isString())
        return false;
    text->clear();
    auto chunk = reader.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        text->append(chunk.data);
        chunk = reader.readString();
    }
    return chunk.status == QCborStreamReader::EndOfString;
}

// A text or null (read as empty), as decodeInstance() reads strings.
bool readOptionalText(QCborStreamReader &reader, QString *text)
{
    if (reader.isNull()) {
        text->clear();
        return reader.next();
    }
    return readText(reader, text);
}

bool readBoolean(QCborStreamReader &reader, bool *value)
{
    if (!reader.isBool())
        return false;
    *value = reader.toBool();
    return reader.next();
}

bool readTimestamp(QCborStreamReader &reader, QDateTime *value)
{
    QString text;
    if (!readOptionalText(reader, &text))
        return false;
    *value = text.isEmpty() ? QDateTime() : parseApiTimestamp(text);
    return text.isEmpty() || value->isValid(); // a bad time is left to the slow way (it warns)
}

// The dictionary number of a map key; false for a key written as text.
bool readKeyNumber(QCborStreamReader &reader, quint64 *number)
{
    if (!reader.isUnsignedInteger())
        return false;
    *number = reader.toUnsignedInteger();
    return reader.next();
}

// `{id: "wdc", name: "…"}` (other keys are ignored, as decodeAccount() does).
bool readAccount(QCborStreamReader &reader, AccountRef *account)
{
    if (reader.isNull())
        return reader.next();
    if (!reader.isMap() || !reader.enterContainer())
        return false;
    while (reader.hasNext()) {
        quint64 key = 0;
        if (!readKeyNumber(reader, &key))
            return false;
        const bool read = key == KeyId     ? readText(reader, &account->id)
                          : key == KeyName ? readText(reader, &account->name)
                                           : reader.next();
        if (!read)
            return false;
    }
    return reader.leaveContainer();
}

// `{id: 12, name: "…", reference: "…"}` (other keys ignored, as decodeReference() does).
bool readReference(QCborStreamReader &reader, Reference *reference)
{
    if (reader.isNull())
        return reader.next();
    if (!reader.isMap() || !reader.enterContainer())
        return false;
    while (reader.hasNext()) {
        quint64 key = 0;
        if (!readKeyNumber(reader, &key))
            return false;
        bool read = true;
        if (key == KeyId) {
            if (!reader.isUnsignedInteger())
                return false;
            reference->id = static_cast<qint64>(reader.toUnsignedInteger());
            read = reader.next();
        } else if (key == KeyName) {
            read = readText(reader, &reference->name);
        } else if (key == KeyReference) {
            read = readText(reader, &reference->reference);
        } else {
            read = reader.next();
        }
        if (!read)
            return false;
    }
    return reader.leaveContainer();
}

} // namespace

InstanceTableReader::InstanceTableReader(qint64 offeringScope)
    : m_scope(offeringScope)
{}

bool InstanceTableReader::readQuickly(const QByteArray &encoded, InstanceTable::Parts *parts) const
{
    if (encoded.size() < 2 || encoded.at(0) != kRecordCodecVersion)
        return false;
    QCborStreamReader reader(reinterpret_cast<const quint8 *>(encoded.constData()) + 1, encoded.size() - 1);
    if (!reader.isMap() || !reader.enterContainer())
        return false;
    quint32 seen = 0;
    while (reader.hasNext()) {
        quint64 key = 0;
        if (!readKeyNumber(reader, &key))
            return false; // a key the dictionary lacks: an unknown field, read the slow way
        bool read = true;
        switch (key) {
        case KeyId:
            if (!reader.isUnsignedInteger())
                return false;
            parts->id = static_cast<qint64>(reader.toUnsignedInteger());
            read = reader.next();
            break;
        case KeyCreatedAt:
            read = readTimestamp(reader, &parts->createdAt);
            break;
        case KeyUpdatedAt:
            read = readTimestamp(reader, &parts->updatedAt);
            break;
        case KeyDisabled:
            read = readBoolean(reader, &parts->disabled);
            break;
        case KeyEnabledByCustomer:
            read = readBoolean(reader, &parts->enabledByCustomer);
            break;
        case KeySuspended:
            read = readBoolean(reader, &parts->suspended);
            break;
        case KeySuspensionComment:
            read = readOptionalText(reader, &parts->suspensionComment);
            break;
        case KeyCustomerAccount:
            read = readAccount(reader, &parts->customerAccount);
            break;
        case KeyAppOffering:
            read = readReference(reader, &parts->appOffering);
            break;
        case KeyIntegration:
            return false; // the legacy name stands in for a null app_offering: the slow way knows
        default:
            read = reader.next(); // a field the table does not show: the index keeps it
            break;
        }
        if (!read)
            return false;
        if (key < 32 && (kShownKeys & (1u << key)) && (key != KeyAppOffering || !parts->appOffering.isNull()))
            seen |= 1u << key;
        if (seen == kShownKeys)
            return reader.lastError() == QCborError::NoError;
    }
    return reader.leaveContainer() && reader.lastError() == QCborError::NoError;
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
