#include "timestamp.h"


namespace pc {

namespace {

// Reads exactly `count` digits at `pos`; -1 when they are not all digits.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

QDateTime parseApiTimestamp(QStringView text)
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
            while (pos < text.size() && text.at(pos).isDigit()) {
                millisecond += (text.at(pos).unicode() - '0') * scale;
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

QString formatApiTimestamp(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    const int offset = value.offsetFromUtc();
    const QString base = value.toOffsetFromUtc(offset).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return base + QLatin1Char('Z');
    const int absolute = offset < 0 ? -offset : offset;
    return base + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2")
              .arg(absolute / 3600, 2, 10, QLatin1Char('0'))
              .arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace pc
