#include "app/index/cborcursor.h"

namespace pc {

namespace {

// Major types (RFC 8949, 3.1).
constexpr int kUnsigned = 0;
constexpr int kNegative = 1;
constexpr int kBytes = 2;
constexpr int kText = 3;
constexpr int kArray = 4;
constexpr int kMap = 5;
constexpr int kTag = 6;
constexpr int kSimple = 7;

// The one-byte heads of the simple values (major type 7).
constexpr uchar kFalse = 0xf4;
constexpr uchar kTrue = 0xf5;
constexpr uchar kNull = 0xf6;

// A record's own nesting is a few levels (a reference inside the record);
// anything deeper is not one, and must not run the stack down.
constexpr int kDeepest = 32;

} // namespace

CborCursor::CborCursor(const char *data, qsizetype size)
    : m_at(reinterpret_cast<const uchar *>(data))
    , m_end(reinterpret_cast<const uchar *>(data) + (size > 0 ? size : 0))
{}

bool CborCursor::peek(Head *head) const
{
    if (m_failed || m_at >= m_end)
        return false;
    const uchar initial = *m_at;
    head->major = initial >> 5;
    const int info = initial & 0x1f;
    const uchar *at = m_at + 1;
    if (info < 24) {
        head->argument = quint64(info);
    } else if (info <= 27) {
        // 1, 2, 4 or 8 bytes, most significant first.
        const qsizetype bytes = qsizetype(1) << (info - 24);
        if (m_end - at < bytes)
            return false;
        quint64 argument = 0;
        for (qsizetype i = 0; i < bytes; ++i)
            argument = (argument << 8) | at[i];
        head->argument = argument;
        at += bytes;
    } else {
        return false; // reserved, or an indefinite length the codec never writes
    }
    // A simple value below 32 takes no extra byte (RFC 8949, 3.3); written
    // with one, it is not well-formed.
    if (head->major == kSimple && info == 24 && head->argument < 32)
        return false;
    head->after = at;
    return true;
}

bool CborCursor::fail()
{
    m_failed = true;
    return false;
}

bool CborCursor::nextIsNull() const
{
    return !m_failed && m_at < m_end && *m_at == kNull;
}

bool CborCursor::readMap(quint64 *count)
{
    Head head;
    // Each pair takes two bytes at least: a count beyond that is damage.
    if (!peek(&head) || head.major != kMap || head.argument > quint64(m_end - head.after) / 2)
        return fail();
    *count = head.argument;
    m_at = head.after;
    return true;
}

bool CborCursor::readUnsigned(quint64 *value)
{
    Head head;
    if (!peek(&head) || head.major != kUnsigned)
        return fail();
    *value = head.argument;
    m_at = head.after;
    return true;
}

bool CborCursor::readBool(bool *value)
{
    if (m_failed || m_at >= m_end || (*m_at != kFalse && *m_at != kTrue))
        return fail();
    *value = *m_at == kTrue;
    ++m_at;
    return true;
}

bool CborCursor::readNull()
{
    if (!nextIsNull())
        return fail();
    ++m_at;
    return true;
}

bool CborCursor::readUtf8(QByteArrayView *utf8)
{
    Head head;
    if (!peek(&head) || head.major != kText || head.argument > quint64(m_end - head.after))
        return fail();
    const qsizetype length = qsizetype(head.argument);
    const QByteArrayView bytes(head.after, length);
    if (!bytes.isValidUtf8())
        return fail(); // as QCborStreamReader has it: the slow way then reads the record
    *utf8 = bytes;
    m_at = head.after + length;
    return true;
}

bool CborCursor::readText(QString *text)
{
    QByteArrayView utf8;
    if (!readUtf8(&utf8))
        return false;
    *text = QString::fromUtf8(utf8);
    return true;
}

bool CborCursor::readOptionalText(QString *text)
{
    if (nextIsNull()) {
        text->clear();
        ++m_at;
        return true;
    }
    return readText(text);
}

bool CborCursor::readOptionalUtf8(QByteArrayView *utf8)
{
    if (nextIsNull()) {
        *utf8 = QByteArrayView();
        ++m_at;
        return true;
    }
    return readUtf8(utf8);
}

bool CborCursor::skip()
{
    return skip(0);
}

bool CborCursor::skip(int depth)
{
    Head head;
    if (depth > kDeepest || !peek(&head))
        return fail();
    if (head.major == kText) {
        QByteArrayView text; // read to be checked as UTF-8, as QCborStreamReader does
        return readUtf8(&text);
    }
    const quint64 left = quint64(m_end - head.after);
    m_at = head.after;
    switch (head.major) {
    case kUnsigned:
    case kNegative:
    case kSimple: // the value, or a float's bits, was the argument
        return true;
    case kBytes:
    case kText:
        if (head.argument > left)
            return fail();
        m_at += qsizetype(head.argument);
        return true;
    case kArray:
    case kMap: {
        // Every item takes a byte at least: a count beyond that is damage,
        // and would otherwise loop for a long time before failing.
        if (head.argument > left || (head.major == kMap && head.argument > left / 2))
            return fail();
        const quint64 items = head.major == kMap ? head.argument * 2 : head.argument;
        for (quint64 i = 0; i < items; ++i) {
            if (!skip(depth + 1))
                return false;
        }
        return true;
    }
    case kTag:
        return skip(depth + 1);
    }
    return fail();
}

} // namespace pc
