#pragma once

#include <QAbstractButton>
#include <QColor>

namespace pc {

// One figure across the top of the overview: the number, what it counts
// and its change since the last visit, with a stripe in its state's colour.
// A button: Enter, Space or a click opens the rows it counts.
class FigureTile : public QAbstractButton
{
    Q_OBJECT

public:
    explicit FigureTile(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setFigure(const QString &number, const QString &change);
    void setAccent(const QColor &colour);
    QString title() const { return m_title; }
    QString number() const { return m_number; }
    QString change() const { return m_change; }

    QSize sizeHint() const override;
    // Short of room the change moves (see ChangePlace), the title is
    // elided and the number is drawn smaller, down to the text's own size;
    // never narrower than that, so the number is never cut.
    QSize minimumSizeHint() const override;
    // The number's font at the tile's width (smaller than the usual when it
    // would not fit otherwise).
    QFont shownNumberFont() const;

    // Where the change is drawn at the tile's width: beside the number; at
    // the end of the title's line when it does not fit there; left out
    // rather than cut when it fits nowhere (the tooltip still says it).
    enum class ChangePlace { BesideNumber, EndOfTitle, Hidden };
    ChangePlace changePlace() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();
    // Where the text goes: inside the frame, past the stripe.
    QRect contentRect() const;

    QString m_title;
    QString m_number;
    QString m_change;
    QColor m_accent;
};

} // namespace pc
