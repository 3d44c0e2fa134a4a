#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace pc {

// The text an action is listed under: its text without '&' mnemonics ("&&"
// stays a literal '&') and without an old-style "\tShortcut" suffix. The key
// help uses it too, so both name an action the same way.
QString actionDisplayText(const QAction *action);

// A VS Code / k9s-style command palette: a search field over the window's
// actions, fuzzy-filtered as the user types. It is a child overlay of the
// window rather than a separate popup window so it needs no window manager
// cooperation, stays inside the window and shows up in grab().
class CommandPalette : public QWidget
{
    Q_OBJECT

public:
    // Item data roles of the list model; tests and accessibility read them.
    enum Role {
        ActionRole = Qt::UserRole + 1, // QAction *
        ShortcutRole,                  // QString, native text of the first shortcut
        CategoryLengthRole,            // int, length of the dim "View: " prefix in DisplayRole
        MatchPositionsRole,            // QList<int>, matched character positions in DisplayRole
    };

    // `parent` is the window the palette floats over (normally the main window).
    explicit CommandPalette(QWidget *parent);

    // The actions to offer. Which of them are listed is decided when the
    // palette opens, so enabling or hiding an action later is respected.
    void setActions(const QList<QAction *> &actions);
    // Shows the palette centred near the top of the parent, with an empty
    // query and the keyboard focus in the search field.
    void popup();

Q_SIGNALS:
    // After `action` was triggered from the palette (the palette is closed by then).
    void actionTriggered(QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    struct Candidate
    {
        QPointer<QAction> action;
        QString text;     // without mnemonics
        QString prefix;   // "View: " or empty
        QString shortcut; // native text, or empty
        int order = 0;
    };

    void collectCandidates();
    void updateMatches();
    bool handleSearchKey(const QKeyEvent *event);
    void moveSelection(int delta, bool wrap);
    void runRow(int row);
    void dismiss(bool restoreFocus);
    void place();
    int rowHeight() const;

    QList<QPointer<QAction>> m_actions;
    QList<Candidate> m_candidates;
    QPointer<QWidget> m_previousFocus;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_empty;
    QStandardItemModel *m_model;
    QObject *m_outsideClicks;
};

} // namespace pc
