#include "tests/support/menukeys.h"

#include "tests/support/walk.h"
#include "tests/support/windowaudit.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

namespace testsupport {

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

namespace {

QAction *named(const QList<QAction *> &actions, const QString &text)
{
    for (QAction *candidate : actions) {
        if (withoutMnemonic(candidate->text()) == text)
            return candidate;
    }
    qWarning("no menu item \"%s\"", qPrintable(text));
    return nullptr;
}

} // namespace

bool chooseFromMenus(QMainWindow *window, const QStringList &path)
{
    window->activateWindow();
    if (!waitUntil([window] { return QApplication::activeWindow() == window; }, 5000))
        return false;
    QAction *menu = named(window->menuBar()->actions(), path.first());
    if (!menu)
        return false;
    QTest::keyClick(window, mnemonicOf(menu->text()).toLatin1(), Qt::AltModifier);
    QMenu *current = menu->menu();
    if (!waitUntil([current] { return QApplication::activePopupWidget() == current; }, 5000))
        return false;
    for (qsizetype step = 1; step < path.size(); ++step) {
        QAction *item = named(current->actions(), path.at(step));
        if (!item)
            return false;
        QTest::keyClick(current, mnemonicOf(item->text()).toLatin1());
        if (item->menu()) {
            current = item->menu();
            if (!waitUntil([current] { return QApplication::activePopupWidget() == current; }, 5000))
                return false;
        }
    }
    return waitUntil([] { return !QApplication::activePopupWidget(); }, 5000);
}

} // namespace testsupport
