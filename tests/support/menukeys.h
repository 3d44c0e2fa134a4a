#pragma once

#include <QString>
#include <QStringList>

class QMainWindow;

namespace testsupport {

// A menu text as shown, without its "&" (mnemonicOf(), in windowaudit.h, gives the letter).
QString withoutMnemonic(QString text);

// Chooses a menu item the way a person does by keyboard: Alt and the menu's
// letter, then each item's letter, `path` naming the texts as shown without
// their "&" ({"File", "Sync automatically", "Every hour"}). False, with a
// warning saying which step, when an item is missing or a menu did not open.
bool chooseFromMenus(QMainWindow *window, const QStringList &path);

} // namespace testsupport
