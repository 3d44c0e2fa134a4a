#include "app/net/linkheader.h"

#include <QList>

namespace pc {

namespace {

// Splits `rel="a b"; title=x` parameters, respecting quoted strings and
// backslash escapes inside them.
QList<QByteArray> splitParameters(const QByteArray &text)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    bool escaped = false;
    for (char c : text) {
        if (escaped) {
            escaped = false;
            current.append(c);
            continue;
        }
        if (quoted && c == '\\') {
            escaped = true;
            current.append(c);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    parts.append(current.trimmed());
    return parts;
}

} // namespace

QHash<QString, QUrl> parseLinkHeader(const QByteArray &header, const QUrl &base)
{
    QHash<QString, QUrl> links;
    qsizetype pos = 0;
    const qsizetype size = header.size();
    while (pos < size) {
        const qsizetype open = header.indexOf('<', pos);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf('>', open + 1);
        if (close < 0)
            break; // an unterminated URL: nothing trustworthy follows
        const QByteArray target = header.mid(open + 1, close - open - 1).trimmed();

        // The parameters run to the next comma that is outside quotes and
        // followed (after blanks) by '<', or to the end. A quote left open
        // (a broken header) must not swallow the links after it: then the
        // first ", <" after the URL ends the parameters regardless.
        auto commaBeforeLink = [&header, size](qsizetype at) {
            if (header.at(at) != ',')
                return false;
            qsizetype look = at + 1;
            while (look < size && (header.at(look) == ' ' || header.at(look) == '\t'))
                ++look;
            return look >= size || header.at(look) == '<';
        };
        qsizetype end = close + 1;
        bool quoted = false;
        bool escaped = false;
        for (; end < size; ++end) {
            const char c = header.at(end);
            if (escaped) {
                escaped = false;
                continue;
            }
            if (quoted && c == '\\')
                escaped = true;
            else if (c == '"')
                quoted = !quoted;
            else if (!quoted && commaBeforeLink(end))
                break;
        }
        if (quoted) {
            for (end = close + 1; end < size && !commaBeforeLink(end); ++end) {
            }
        }
        const QByteArray params = header.mid(close + 1, end - close - 1);
        pos = end + 1;

        // The URL is parsed once per link, not once per parameter.
        QUrl url;
        bool parsed = false;
        for (const QByteArray &param : splitParameters(params)) {
            const qsizetype eq = param.indexOf('=');
            if (eq < 0)
                continue;
            if (param.left(eq).trimmed().toLower() != "rel")
                continue;
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            if (!parsed) {
                parsed = true;
                url = QUrl::fromEncoded(target, QUrl::TolerantMode);
                if (url.isValid() && url.isRelative() && base.isValid())
                    url = base.resolved(url);
            }
            if (!url.isValid())
                break;
            for (const QByteArray &rel : value.simplified().split(' ')) {
                const QString key = QString::fromLatin1(rel).toLower();
                if (!key.isEmpty() && !links.contains(key))
                    links.insert(key, url);
            }
        }
    }
    return links;
}

} // namespace pc
