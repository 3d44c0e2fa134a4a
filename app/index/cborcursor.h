#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace pc {

// A forward-only reader of the CBOR (RFC 8949) that the record codec writes
// through QCborValue::toCbor(): maps, arrays, integers, text, booleans, null
// and floating point, every length given in front. It reads a record's
// fields straight off the bytes, where QCborStreamReader goes through
// several layers per item: reading 100,000 instances from the index spent
// about a third of its time in those layers.
//
// Anything the codec does not write (an indefinite length, a reserved head,
// a length past the end, nesting deeper than a record's) makes a call return
// false and leaves the cursor failed; the caller then reads the record the
// slow, general way (decodeRecord()).
class CborCursor
{
public:
    CborCursor(const char *data, qsizetype size);

    bool failed() const { return m_failed; }
    // True when every byte has been read.
    bool atEnd() const { return !m_failed && m_at == m_end; }

    // Whether the next item is null; false once failed.
    bool nextIsNull() const;

    // Each reads the next item when it is of that kind, and fails otherwise.
    // A map's and an array's `count` is of pairs and items: read them, or
    // skip() them, one by one.
    bool readMap(quint64 *count);
    bool readUnsigned(quint64 *value);
    bool readBool(bool *value);
    bool readNull();
    // Text strings, decoded from UTF-8.
    bool readText(QString *text);
    // Text, or null read as an empty text.
    bool readOptionalText(QString *text);
    // Text (or null, read as empty) left as its UTF-8 bytes, which stay in
    // the buffer the cursor reads: for values that are ASCII (the API's
    // times), with no QString made of them.
    bool readOptionalUtf8(QByteArrayView *utf8);

    // Steps over the next item, whatever it is, with everything inside it.
    bool skip();

private:
    struct Head
    {
        int major = 0;        // 0 to 7
        quint64 argument = 0; // the value, length or count
        const uchar *after = nullptr;
    };
    // The next item's head, not consumed; false when there is none or it is
    // one the codec never writes.
    bool peek(Head *head) const;
    // A text string's UTF-8 bytes, where they are in the buffer.
    bool readUtf8(QByteArrayView *utf8);
    bool fail();
    bool skip(int depth);

    const uchar *m_at;
    const uchar *m_end;
    bool m_failed = false;
};

} // namespace pc
