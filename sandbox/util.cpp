#include "sandbox/util.h"

#include <QDate>
#include <QRegularExpression>

#include <cstdio>

namespace sandbox {

QString formatTimestamp(qint64 epochSeconds)
{
    // Formatted by hand: QDateTime with an offset spec is noticeably slower and
    // a page of 100 instances renders 200 of these.
    const qint64 local = epochSeconds + kRenderOffsetSeconds;
    qint64 days = local / 86400;
    qint64 rest = local % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const QDate date = QDate::fromJulianDay(2440588 + days);
    const int hh = int(rest / 3600);
    const int mm = int((rest % 3600) / 60);
    const int ss = int(rest % 60);
    const int off = -kRenderOffsetSeconds;
    const QChar sign = kRenderOffsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", date.year(),
                  date.month(), date.day(), hh, mm, ss, sign.toLatin1(), (off < 0 ? -off : off) / 3600,
                  ((off < 0 ? -off : off) % 3600) / 60);
    return QString::fromLatin1(buffer);
}

bool parseTimestamp(const QString &input, qint64 *epochSeconds)
{
    static const QRegularExpression re(QStringLiteral(
        R"re(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+\- ]\d{2}:?\d{2})?)?$)re"));
    const QRegularExpressionMatch m = re.match(input.trimmed());
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return false;
    int hh = 0, mm = 0, ss = 0;
    if (m.hasCaptured(4)) {
        hh = m.captured(4).toInt();
        mm = m.captured(5).toInt();
        ss = m.hasCaptured(6) ? m.captured(6).toInt() : 0;
        if (hh > 23 || mm > 59 || ss > 59)
            return false;
    }
    int offset = 0;
    if (m.hasCaptured(7) && m.captured(7) != QLatin1String("Z")) {
        QString zone = m.captured(7);
        // An unencoded "+" in a query string arrives as a space.
        const int sign = zone.at(0) == QLatin1Char('-') ? -1 : 1;
        zone.remove(0, 1).remove(QLatin1Char(':'));
        offset = sign * (zone.left(2).toInt() * 3600 + zone.mid(2, 2).toInt() * 60);
    }
    const qint64 days = date.toJulianDay() - 2440588;
    *epochSeconds = days * 86400 + hh * 3600 + mm * 60 + ss - offset;
    return true;
}

QString nodeId(const QString &type, qint64 id)
{
    const QByteArray raw = "4me.com/" + type.toUtf8() + '/' + QByteArray::number(id);
    return QString::fromLatin1(raw.toBase64(QByteArray::OmitTrailingEquals));
}

qint64 idFromPathSegment(const QString &segment, const QString &type)
{
    bool ok = false;
    const qint64 numeric = segment.toLongLong(&ok);
    if (ok)
        return numeric > 0 ? numeric : -1;
    const auto decoded = QByteArray::fromBase64Encoding(segment.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    const QByteArray prefix = "4me.com/" + type.toUtf8() + '/';
    if (!decoded.decoded.startsWith(prefix))
        return -1;
    const qint64 id = decoded.decoded.mid(prefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : -1;
}

bool isTrueInput(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    return t == QLatin1String("1") || t == QLatin1String("T") || t == QLatin1String("Y")
        || t == QLatin1String("TRUE") || t == QLatin1String("YES") || t == QLatin1String("ON");
}

int characterCount(const QString &text)
{
    int count = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        // A surrogate pair is one character.
        if (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString humanize(const QString &field)
{
    QString text = field;
    if (text.endsWith(QLatin1String("_id")))
        text.chop(3);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray base64UrlDecode(const QByteArray &data, bool *ok)
{
    const auto result = QByteArray::fromBase64Encoding(
        data, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(result);
    return result.decoded;
}

} // namespace sandbox
