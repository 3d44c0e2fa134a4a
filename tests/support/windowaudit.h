#pragma once

// Checks of a window as a keyboard or screen-reader user meets it: the
// accessible names of its controls, the Tab order, the mnemonics. Each check
// returns one line per defect, naming the control by its path from the window
// (Class#objectName/…), so a failing test says what to fix.

#include <QList>
#include <QString>
#include <QStringList>

class QAccessibleInterface;
class QWidget;

namespace testsupport {

// What a window manager does for a window that opens: activate it (the
// offscreen platform leaves that to the program).
bool activate(QWidget *window);

// "QDialog#connectDialog/QWidget/QLineEdit#customUrl": the widget's path from
// its window, for messages.
QString widgetPath(const QWidget *widget);

// Every visible interactive control under `root` (buttons, check boxes, radio
// buttons, combo boxes, text fields, spin boxes, tables, lists, trees,
// sliders, tabs) whose accessible name (QAccessible::Name) is empty, walked
// through the QAccessible tree from `root`. `checked`: how many controls were
// looked at.
QStringList unnamedControls(QWidget *root, int *checked = nullptr);

// The widgets Tab visits under `root`: from the focus widget, presses Tab on
// QApplication::focusWidget() until the focus comes back to where it started
// (or leaves `root`). A press that does not move the focus ends the walk with
// a defect in `problems`.
QList<QWidget *> tabChain(QWidget *root, QStringList *problems);

// The enabled, visible controls under `root` that take focus by Tab
// (focusPolicy has Qt::TabFocus; focus proxies followed) and are not in `chain`.
QStringList unreachableControls(QWidget *root, const QList<QWidget *> &chain);

// Where the Tab order does not follow the screen. The rule: the chain is a
// cycle; it is started at its top-left control; then each next control must
// be in the same row and further right, or in a lower row. Two controls are
// in the same row when the vertical middle of either lies within the other's
// height (so a table and the buttons beside it share a row); "further right"
// and "lower" allow a tolerance of a few pixels. Positions are mapped to
// `root`'s window.
QStringList tabOrderAgainstTheScreen(QWidget *root, const QList<QWidget *> &chain);

// The mnemonics (&X) under `root`, in button, check box, radio button and
// tool button texts, labels with a buddy, group box titles, tab texts and the
// titles of the menu bar; one line per letter used more than once, naming
// every holder. Hidden widgets count too (a panel that shows later shares the
// window's letters), except the pages of a QStackedWidget/QTabWidget not shown.
// `counted`: how many mnemonics there are in all.
QStringList duplicateMnemonics(QWidget *root, int *counted = nullptr);

// The letter of `text`'s mnemonic, lower-case; a null QChar when it has none.
QChar mnemonicOf(const QString &text);

} // namespace testsupport
