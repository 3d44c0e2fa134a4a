#include "tests/support/windowaudit.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QWidget>

namespace testsupport {

namespace {

// Tolerance of the screen-order rule, in pixels.
constexpr int Slack = 4;

bool isUnder(const QWidget *root, const QWidget *widget)
{
    return widget && widget->window() == root->window() && (widget == root || root->isAncestorOf(widget));
}

// `root` and its descendants in the same window (popups are windows of their own).
QList<QWidget *> widgetsUnder(QWidget *root)
{
    QList<QWidget *> widgets{root};
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if (child->window() == root->window())
            widgets.append(child);
    }
    return widgets;
}

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Its own name, not its value: on Linux Qt names a combo box by its current
// text and leaves the label to a relation, so a combo box (or any control)
// counts as named by an accessible name, a label that names it (a buddy, a
// group box), or a Name that is not just its value.
bool isNamed(QAccessibleInterface *control)
{
    if (auto *widget = qobject_cast<QWidget *>(control->object());
        widget && !widget->accessibleName().isEmpty())
        return true;
    if (!control->relations(QAccessible::Label).isEmpty())
        return true;
    const QString name = control->text(QAccessible::Name).trimmed();
    return !name.isEmpty() &&
           (control->role() != QAccessible::ComboBox || name != control->text(QAccessible::Value));
}

QString describe(QAccessibleInterface *control, QAccessibleInterface *parent, int index)
{
    const QString role = QString::fromLatin1(
        QAccessible::staticMetaObject.enumerator(QAccessible::staticMetaObject.indexOfEnumerator("Role"))
            .valueToKey(control->role()));
    if (auto *widget = qobject_cast<QWidget *>(control->object()))
        return QStringLiteral("%1 (%2)").arg(widgetPath(widget), role);
    const auto *owner = parent ? qobject_cast<QWidget *>(parent->object()) : nullptr;
    return QStringLiteral("%1/%2 %3").arg(owner ? widgetPath(owner) : QStringLiteral("?"), role).arg(index);
}

void collectUnnamed(QAccessibleInterface *node, QAccessibleInterface *parent, int index, QStringList *unnamed,
                    int *checked)
{
    if (!node || !node->isValid() || node->state().invisible)
        return;
    const QAccessible::Role role = node->role();
    if (isInteractive(role)) {
        ++*checked;
        if (!isNamed(node))
            unnamed->append(describe(node, parent, index));
    }
    // The items of a view are its data, not controls: the row state has a
    // test of its own.
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), node, i, unnamed, checked);
}

QWidget *focusTarget(QWidget *widget)
{
    while (widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

// A page of a stacked widget (or tab widget) that is not the one shown.
bool onAHiddenPage(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (auto *stack = qobject_cast<const QStackedWidget *>(w->parentWidget());
            stack && stack->currentWidget() != w)
            return true;
    }
    return false;
}

QRect geometryIn(const QWidget *widget, const QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

bool sameRow(const QRect &a, const QRect &b)
{
    return (a.center().y() >= b.top() && a.center().y() <= b.bottom()) ||
           (b.center().y() >= a.top() && b.center().y() <= a.bottom());
}

bool follows(const QRect &before, const QRect &after)
{
    if (sameRow(before, after))
        return after.left() >= before.left() - Slack;
    return after.center().y() > before.center().y() + Slack;
}

} // namespace

bool activate(QWidget *window)
{
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    if (QApplication::activeWindow() != window)
        window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

QString widgetPath(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        QString part = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            part += QLatin1Char('#') + w->objectName();
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

QStringList unnamedControls(QWidget *root, int *checked)
{
    QStringList unnamed;
    int count = 0;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), nullptr, 0, &unnamed, &count);
    if (checked)
        *checked = count;
    return unnamed;
}

QList<QWidget *> tabChain(QWidget *root, QStringList *problems)
{
    QList<QWidget *> chain;
    QWidget *start = QApplication::focusWidget();
    if (!isUnder(root, start)) {
        problems->append(QStringLiteral("the focus is not in %1 as it opens").arg(widgetPath(root)));
        return chain;
    }
    chain.append(start);
    for (int presses = 0; presses < 400; ++presses) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == before) {
            // Right for a window whose one control it is (an overlay),
            // a trap anywhere else (a table that walks its cells on Tab).
            if (!unreachableControls(root, chain).isEmpty())
                problems->append(QStringLiteral("Tab does not leave %1").arg(widgetPath(before)));
            break;
        }
        if (now == start)
            break;
        if (!isUnder(root, now)) {
            problems->append(QStringLiteral("Tab leaves %1 from %2 to %3")
                                 .arg(widgetPath(root), widgetPath(before),
                                      now ? widgetPath(now) : QStringLiteral("nowhere")));
            break;
        }
        if (chain.contains(now)) {
            problems->append(QStringLiteral("Tab goes round from %1 back to %2, never to %3")
                                 .arg(widgetPath(before), widgetPath(now), widgetPath(start)));
            break;
        }
        chain.append(now);
    }
    return chain;
}

QStringList unreachableControls(QWidget *root, const QList<QWidget *> &chain)
{
    QStringList unreachable;
    for (QWidget *widget : widgetsUnder(root)) {
        if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (!chain.contains(focusTarget(widget)))
            unreachable.append(widgetPath(widget));
    }
    unreachable.removeDuplicates();
    return unreachable;
}

QStringList tabOrderAgainstTheScreen(QWidget *root, const QList<QWidget *> &chain)
{
    QStringList problems;
    if (chain.size() < 2)
        return problems;
    QList<QRect> rects;
    for (QWidget *widget : chain)
        rects.append(geometryIn(widget, root->window()));
    qsizetype first = 0;
    for (qsizetype i = 1; i < rects.size(); ++i) {
        const QRect &r = rects.at(i);
        const QRect &best = rects.at(first);
        if (r.top() < best.top() - Slack || (qAbs(r.top() - best.top()) <= Slack && r.left() < best.left()))
            first = i;
    }
    for (qsizetype step = 0; step + 1 < chain.size(); ++step) {
        const qsizetype a = (first + step) % chain.size();
        const qsizetype b = (first + step + 1) % chain.size();
        if (!follows(rects.at(a), rects.at(b)))
            problems.append(QStringLiteral("Tab goes from %1 at (%2,%3) to %4 at (%5,%6), against the screen")
                                .arg(widgetPath(chain.at(a)))
                                .arg(rects.at(a).x())
                                .arg(rects.at(a).y())
                                .arg(widgetPath(chain.at(b)))
                                .arg(rects.at(b).x())
                                .arg(rects.at(b).y()));
    }
    return problems;
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QStringList duplicateMnemonics(QWidget *root, int *counted)
{
    QMap<QChar, QStringList> holders;
    auto note = [&holders](const QString &text, const QString &who) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            holders[letter].append(QStringLiteral("%1 “%2”").arg(who, text));
    };
    for (QWidget *widget : widgetsUnder(root)) {
        if (onAHiddenPage(widget, root))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            note(button->text(), widgetPath(widget));
        } else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            note(label->text(), widgetPath(widget));
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            note(group->title(), widgetPath(widget));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i), QStringLiteral("%1 tab %2").arg(widgetPath(widget)).arg(i));
        } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *menu : menus->actions())
                note(menu->text(), QStringLiteral("%1 menu").arg(widgetPath(widget)));
        }
    }
    QStringList duplicates;
    int total = 0;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        total += static_cast<int>(it.value().size());
        if (it.value().size() > 1)
            duplicates.append(
                QStringLiteral("&%1 is used by %2").arg(it.key(), it.value().join(QStringLiteral(" and "))));
    }
    if (counted)
        *counted = total;
    return duplicates;
}

} // namespace testsupport
