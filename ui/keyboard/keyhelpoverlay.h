#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;

namespace pc {

// The F1 / '?' keyboard help (like k9s's '?'): a dark backdrop over the
// window with a centred panel listing the keys that work in the current view,
// grouped and laid out in columns, the keys drawn as keycaps. It has no
// shortcuts of its own, so while hidden it takes no keys from the window.
class KeyHelpOverlay : public QWidget
{
    Q_OBJECT

public:
    struct KeyHelpEntry
    {
        QString keys;        // "F5 or Ctrl+R": each alternative becomes a keycap
        QString description; // "Refresh"
        QString group;       // "View"; entries are listed under their group, in order of appearance
    };

    // `parent` is the window the overlay covers (normally the main window).
    explicit KeyHelpOverlay(QWidget *parent);

    // Covers the parent and shows `entries` under `title`; takes the keyboard
    // focus until closed with Esc, F1, '?' or a click.
    void showEntries(const QString &title, const QList<KeyHelpEntry> &entries);

    // One entry per visible, enabled action that has a shortcut: all its
    // shortcuts joined with " or ", its text without '&', its "pcCategory"
    // property as the group. Separators and actions without text are left out.
    static QList<KeyHelpEntry> entriesFromActions(const QList<QAction *> &actions);
    // The words between alternatives in KeyHelpEntry::keys (" or ", translated).
    static QString alternativeSeparator();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void dismiss();

    QString m_title;
    QList<KeyHelpEntry> m_entries;
    QPointer<QWidget> m_previousFocus;
};

using KeyHelpEntry = KeyHelpOverlay::KeyHelpEntry;

} // namespace pc
