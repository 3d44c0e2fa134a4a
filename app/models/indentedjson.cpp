#include "app/models/indentedjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <cmath>
#include <limits>

namespace pc::indentedjson {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendDouble(QByteArray &json, double value)
{
    if (std::isfinite(value))
        json += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        json += "null"; // JSON has no infinity and no NaN
}

// An object's or an array's content: each item on a line of its own, one
// level in, then the closing line at the container's own level.
template<typename Items, typename AppendItem>
void appendContainer(QByteArray &json, char open, char close, const Items &items, int depth,
                     AppendItem appendItem)
{
    json += open;
    json += '\n';
    bool first = true;
    for (auto it = items.begin(); it != items.end(); ++it) {
        if (!first)
            json += ",\n";
        first = false;
        appendIndent(json, depth + 1);
        appendItem(it);
    }
    if (!first)
        json += '\n';
    appendIndent(json, depth);
    json += close;
}

} // namespace

void appendIndent(QByteArray &json, int depth)
{
    json.append(qsizetype(4) * depth, ' ');
}

void appendString(QByteArray &json, QStringView text)
{
    // Written through a pointer into room made beforehand (at most six bytes
    // per UTF-16 unit, \u00XX, and the quotes), then cut to what was written:
    // an append per character was a tenth of an export's time.
    const qsizetype start = json.size();
    json.resize(start + 6 * text.size() + 2);
    char *out = json.data() + start;
    const auto escapedUnit = [&out](char16_t unit) {
        *out++ = '\\';
        *out++ = 'u';
        *out++ = hexDigit((unit >> 12) & 0xf);
        *out++ = hexDigit((unit >> 8) & 0xf);
        *out++ = hexDigit((unit >> 4) & 0xf);
        *out++ = hexDigit(unit & 0xf);
    };
    *out++ = '"';
    const char16_t *at = text.utf16();
    const char16_t *end = at + text.size();
    while (at != end) {
        const char16_t unit = *at++;
        if (unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\') {
            *out++ = char(unit);
            continue;
        }
        if (unit < 0x80) {
            *out++ = '\\';
            switch (unit) {
            case u'"':
                *out++ = '"';
                break;
            case u'\\':
                *out++ = '\\';
                break;
            case u'\b':
                *out++ = 'b';
                break;
            case u'\f':
                *out++ = 'f';
                break;
            case u'\n':
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = 't';
                break;
            default:
                --out;
                escapedUnit(unit);
            }
            continue;
        }
        char32_t code = unit;
        if (QChar::isHighSurrogate(unit) && at != end && QChar::isLowSurrogate(*at)) {
            code = QChar::surrogateToUcs4(unit, *at++);
        } else if (QChar::isSurrogate(unit)) {
            escapedUnit(unit); // alone: no UTF-8 for it
            continue;
        }
        // UTF-8: at most four bytes for the two units of a pair.
        if (code < 0x800) {
            *out++ = char(0xc0 | (code >> 6));
        } else if (code < 0x10000) {
            *out++ = char(0xe0 | (code >> 12));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
        } else {
            *out++ = char(0xf0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3f));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
        }
        *out++ = char(0x80 | (code & 0x3f));
    }
    *out++ = '"';
    json.resize(out - json.constData());
}

void appendJsonValue(QByteArray &json, const QJsonValue &value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        json += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        if (value.toVariant().typeId() == QMetaType::LongLong)
            json += QByteArray::number(value.toInteger());
        else
            appendDouble(json, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(json, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        appendContainer(json, '[', ']', array, depth,
                        [&json, depth](auto it) { appendJsonValue(json, *it, depth + 1); });
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        appendContainer(json, '{', '}', object, depth, [&json, depth](auto it) {
            appendString(json, it.key());
            json += ": ";
            appendJsonValue(json, it.value(), depth + 1);
        });
        break;
    }
    default:
        json += "null";
    }
}

void appendVariant(QByteArray &json, const QVariant &value, int depth)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        json += "null";
        return;
    case QMetaType::Bool:
        json += value.toBool() ? "true" : "false";
        return;
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        json += QByteArray::number(value.toLongLong());
        return;
    // Not Long and ULong: Qt 6.4's fromVariant() makes text of them (below).
    case QMetaType::ULongLong:
        if (value.toULongLong() <= quint64(std::numeric_limits<qint64>::max()))
            json += QByteArray::number(value.toLongLong());
        else
            appendDouble(json, value.toDouble());
        return;
    case QMetaType::Float:
    case QMetaType::Double:
        appendDouble(json, value.toDouble());
        return;
    case QMetaType::QString:
        appendString(json, value.toString());
        return;
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        appendContainer(json, '{', '}', map, depth, [&json, depth](auto it) {
            appendString(json, it.key());
            json += ": ";
            appendVariant(json, it.value(), depth + 1);
        });
        return;
    }
    case QMetaType::QVariantList: {
        const QVariantList list = value.toList();
        appendContainer(json, '[', ']', list, depth,
                        [&json, depth](auto it) { appendVariant(json, *it, depth + 1); });
        return;
    }
    default: // dates, lists of text, JSON values…: as Qt turns them into JSON
        appendJsonValue(json, QJsonValue::fromVariant(value), depth);
    }
}

} // namespace pc::indentedjson
