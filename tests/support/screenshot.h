#pragma once

#include <QString>

class QWidget;

namespace testsupport {

// Saves `widget` as a PNG named `name` in PC_SCREENSHOT_DIR when that is set
// (PC_SCREENSHOT_DIR=/some/dir ctest -R …), for a person to look at; nothing
// otherwise. Layout changes still waiting in the event queue are applied
// first: the picture shows what the screen would, not a row hidden a moment
// ago still taking its space. Returns false only when saving failed.
[[nodiscard]] bool saveScreenshot(QWidget *widget, const QString &name);

} // namespace testsupport
