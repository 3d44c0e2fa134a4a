#include "app/records/textlimit.h"

#include <QLocale>

namespace pc {

qsizetype TextLimit::characterCount(const QString &text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count; // a pair is one character
    }
    return count;
}

bool TextLimit::exceeds(const QString &text) const
{
    return (m_maxCharacters >= 0 && characterCount(text) > m_maxCharacters) ||
           (m_maxBytes >= 0 && byteCount(text) > m_maxBytes);
}

QString TextLimit::counterText(const QString &text) const
{
    const QLocale locale;
    const qsizetype characters = characterCount(text);
    if (m_maxBytes < 0)
        return tr("%1 / %2").arg(locale.toString(characters), locale.toString(m_maxCharacters));
    const QString count = tr("%Ln character(s)", nullptr, int(characters));
    const qsizetype bytes = byteCount(text);
    if (bytes * 10 < qsizetype(m_maxBytes) * 9)
        return count;
    return tr("%1 · %2 of %3 bytes").arg(count, locale.toString(bytes), locale.toString(m_maxBytes));
}

QString TextLimit::problem(const QString &label, const QString &text) const
{
    if (m_maxCharacters >= 0 && characterCount(text) > m_maxCharacters)
        return tr("%1 is too long: %Ln character(s), at most %2.", nullptr, int(characterCount(text)))
            .arg(label, QLocale().toString(m_maxCharacters));
    if (m_maxBytes >= 0 && byteCount(text) > m_maxBytes)
        return tr("%1 is too long: %Ln byte(s) in UTF-8, at most %2 (a letter outside English takes two to "
                  "four bytes).",
                  nullptr, int(byteCount(text)))
            .arg(label, QLocale().toString(m_maxBytes));
    return {};
}

} // namespace pc
