#include "app/records/timestamp.h"

#include <QHash>

#include <algorithm>
#include <chrono>
#include <limits>

namespace pc {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Reads exactly `count` digits at `pos`; -1 when they are not all digits.
template<typename View> int digits(View text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

// One parser for text in UTF-16 and in Latin-1 (the index's stored times are
// read without making a QString of them first).
template<typename View> QDateTime parseTimestamp(View text)
{
    text = text.trimmed();
    const int year = digits(text, 0, 4);
    if (year < 0 || text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    if (text.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);

    const QChar separator = text.at(10);
    if (separator != QLatin1Char('T') && separator != QLatin1Char('t') && separator != QLatin1Char(' '))
        return {};
    qsizetype pos = 11;
    const int hour = digits(text, pos, 2);
    if (hour < 0 || pos + 2 >= text.size() || text.at(pos + 2) != QLatin1Char(':'))
        return {};
    const int minute = digits(text, pos + 3, 2);
    if (minute < 0)
        return {};
    pos += 5;
    int second = 0;
    int millisecond = 0;
    if (pos < text.size() && text.at(pos) == QLatin1Char(':')) {
        second = digits(text, pos + 1, 2);
        if (second < 0)
            return {};
        pos += 3;
        if (pos < text.size() && (text.at(pos) == QLatin1Char('.') || text.at(pos) == QLatin1Char(','))) {
            ++pos;
            int scale = 100;
            while (pos < text.size() && isDigit(text.at(pos))) {
                millisecond += (QChar(text.at(pos)).unicode() - '0') * scale;
                scale /= 10;
                ++pos;
            }
        }
    }
    const QTime time(hour, minute, second == 60 ? 59 : second, millisecond);
    if (!time.isValid())
        return {};

    // No zone: the API's *datetime* type is in the account's time zone, which
    // the client cannot know; UTC is the least surprising reading.
    if (pos == text.size())
        return QDateTime(date, time, Qt::UTC);
    const QChar zone = text.at(pos);
    if ((zone == QLatin1Char('Z') || zone == QLatin1Char('z')) && pos + 1 == text.size())
        return QDateTime(date, time, Qt::UTC);
    if (zone != QLatin1Char('+') && zone != QLatin1Char('-'))
        return {};
    const int sign = zone == QLatin1Char('-') ? -1 : 1;
    const int offsetHours = digits(text, pos + 1, 2);
    if (offsetHours < 0 || offsetHours > 18)
        return {};
    qsizetype rest = pos + 3;
    int offsetMinutes = 0;
    if (rest < text.size()) {
        if (text.at(rest) == QLatin1Char(':'))
            ++rest;
        offsetMinutes = digits(text, rest, 2);
        if (offsetMinutes < 0 || offsetMinutes > 59 || rest + 2 != text.size())
            return {};
    }
    const int offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

} // namespace

QDateTime parseApiTimestamp(QStringView text)
{
    return parseTimestamp(text);
}

QDateTime parseApiTimestamp(QLatin1StringView text)
{
    return parseTimestamp(text);
}

namespace {

constexpr qint64 msPerDay = 86'400'000;

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

int systemOffsetSeconds(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime).offsetFromUtc();
}

} // namespace

namespace {

// Per thread: the GUI thread formats, but a test or an export may run
// elsewhere. Emptied a minute after it was started, so that a change of the
// system's zone (a laptop that travelled) shows within a minute.
struct OffsetCache
{
    QHash<qint64, int> offsetByDay;
    std::chrono::steady_clock::time_point started;
};
thread_local OffsetCache offsetCache;

} // namespace

void forgetLocalOffsets()
{
    offsetCache.offsetByDay.clear();
}

int localOffsetSeconds(qint64 utcMs)
{
    constexpr int unknown = std::numeric_limits<int>::min();
    constexpr int changesThatDay = std::numeric_limits<int>::max();
    const auto now = std::chrono::steady_clock::now();
    if (offsetCache.offsetByDay.isEmpty() || now - offsetCache.started > std::chrono::minutes(1)
        || offsetCache.offsetByDay.size() > 100'000) {
        offsetCache.offsetByDay.clear();
        offsetCache.started = now;
    }
    const qint64 day = floorDiv(utcMs, msPerDay);
    int offset = offsetCache.offsetByDay.value(day, unknown);
    if (offset == unknown) {
        const int atStart = systemOffsetSeconds(day * msPerDay);
        const int atEnd = systemOffsetSeconds(day * msPerDay + msPerDay - 1);
        offset = atStart == atEnd ? atStart : changesThatDay;
        offsetCache.offsetByDay.insert(day, offset);
    }
    return offset == changesThatDay ? systemOffsetSeconds(utcMs) : offset;
}

namespace {

// A local time's calendar fields, from milliseconds since 1970-01-01 on its
// own clock (days to a civil date by H. Hinnant's algorithm): QDateTime's
// formatting was most of an export's time for the times.
struct CivilTime
{
    qint64 year;
    int month, day, hour, minute, second;
};

// About 300,000 years either side of 1970: beyond it, days * msPerDay below
// could overflow. The years written are clamped long before.
constexpr qint64 kFarthestMs = 300'000 * 366 * msPerDay;

CivilTime civilTime(qint64 localMs)
{
    localMs = std::clamp(localMs, -kFarthestMs, kFarthestMs);
    const qint64 days = floorDiv(localMs, msPerDay);
    const qint64 secondOfDay = (localMs - days * msPerDay) / 1000;
    const qint64 shifted = days + 719'468;
    const qint64 era = floorDiv(shifted, 146'097);
    const qint64 dayOfEra = shifted - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    CivilTime civil;
    civil.day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    civil.month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    civil.year = yearOfEra + era * 400 + (civil.month <= 2 ? 1 : 0);
    civil.hour = int(secondOfDay / 3600);
    civil.minute = int(secondOfDay / 60 % 60);
    civil.second = int(secondOfDay % 60);
    return civil;
}

void writeTwoDigits(char *at, int value)
{
    at[0] = char('0' + value / 10);
    at[1] = char('0' + value % 10);
}

// `yyyy-MM-dd HH:mm` (16 characters); the year clamped to 0..9999.
void writeCivilMinute(const CivilTime &civil, char out[16])
{
    const int year = int(std::clamp<qint64>(civil.year, 0, 9999));
    writeTwoDigits(out, year / 100);
    writeTwoDigits(out + 2, year % 100);
    out[4] = '-';
    writeTwoDigits(out + 5, civil.month);
    out[7] = '-';
    writeTwoDigits(out + 8, civil.day);
    out[10] = ' ';
    writeTwoDigits(out + 11, civil.hour);
    out[13] = ':';
    writeTwoDigits(out + 14, civil.minute);
}

// Through QDateTime: for years outside 1000..9999, which the quick way does
// not write as Qt does.
QString formatApiTimestampRarely(const QDateTime &value, int offset)
{
    const QString base = value.toOffsetFromUtc(offset).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return base + QLatin1Char('Z');
    const int absolute = offset < 0 ? -offset : offset;
    return base + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(absolute / 3600, 2, 10, QLatin1Char('0'))
               .arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void writeLocalMinute(qint64 utcMs, char out[16])
{
    writeCivilMinute(civilTime(utcMs + qint64(localOffsetSeconds(utcMs)) * 1000), out);
}

QString formatApiTimestamp(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    const int offset = value.offsetFromUtc();
    const qint64 utcMs = value.toMSecsSinceEpoch();
    if (utcMs < -kFarthestMs || utcMs > kFarthestMs) // far outside the years written quickly
        return formatApiTimestampRarely(value, offset);
    const CivilTime civil = civilTime(utcMs + qint64(offset) * 1000);
    if (civil.year < 1000 || civil.year > 9999)
        return formatApiTimestampRarely(value, offset);
    // yyyy-MM-ddTHH:mm:ss, then Z or ±hh:mm (seconds of an offset dropped).
    char text[25];
    writeCivilMinute(civil, text);
    text[10] = 'T';
    text[16] = ':';
    writeTwoDigits(text + 17, civil.second);
    if (offset == 0) {
        text[19] = 'Z';
        return QString::fromLatin1(text, 20);
    }
    const int absolute = offset < 0 ? -offset : offset;
    text[19] = offset < 0 ? '-' : '+';
    writeTwoDigits(text + 20, absolute / 3600);
    text[22] = ':';
    writeTwoDigits(text + 23, (absolute % 3600) / 60);
    return QString::fromLatin1(text, 25);
}

QString localMinuteText(qint64 utcMs)
{
    char text[16];
    writeLocalMinute(utcMs, text);
    return QString::fromLatin1(text, 16);
}

} // namespace pc
