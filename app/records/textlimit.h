#pragma once

#include <QCoreApplication>
#include <QString>

namespace pc {

// How long a text field may be, as the API counts it. The source documents
// give some limits in characters (a name: 128) and others in bytes ("max
// 64KB", "max 2KB"): those count the UTF-8 bytes the server stores, so a
// text in Japanese or with emoji reaches them long before its character
// count does.
class TextLimit
{
    Q_DECLARE_TR_FUNCTIONS(TextLimit)

public:
    static TextLimit characters(int maximum) { return {maximum, -1}; }
    static TextLimit bytes(int maximum) { return {-1, maximum}; }
    TextLimit() = default;

    int maxCharacters() const { return m_maxCharacters; }
    int maxBytes() const { return m_maxBytes; }
    bool isLimited() const { return m_maxCharacters >= 0 || m_maxBytes >= 0; }

    // Characters as a person counts them (an emoji is one), not UTF-16 units.
    static qsizetype characterCount(const QString &text);
    static qsizetype byteCount(const QString &text) { return text.toUtf8().size(); }

    bool exceeds(const QString &text) const;
    // The counter beside a field: characters against a character limit;
    // against a byte limit the characters, and the bytes once they come near
    // it (from 90 %), as the bytes are what the server refuses.
    QString counterText(const QString &text) const;
    // Why a text is refused, `label` naming the field; empty when it fits.
    QString problem(const QString &label, const QString &text) const;

private:
    TextLimit(int maxCharacters, int maxBytes)
        : m_maxCharacters(maxCharacters)
        , m_maxBytes(maxBytes)
    {}

    int m_maxCharacters = -1;
    int m_maxBytes = -1;
};

} // namespace pc
