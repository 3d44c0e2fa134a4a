#pragma once

#include <QLabel>

namespace pc {

// A one-line label that, short of room, ends its text with "…" instead of
// cutting it mid-word; the whole text is then its tooltip and its
// accessible name. It asks for no width of its own: it takes what it is given.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace pc
