#include "tests/support/screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QWidget>

namespace testsupport {

bool saveScreenshot(QWidget *widget, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("PC_SCREENSHOT_DIR"))
        return true;
    const QDir directory(qEnvironmentVariable("PC_SCREENSHOT_DIR"));
    if (!directory.mkpath(QStringLiteral(".")))
        return false;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(directory.filePath(name));
}

} // namespace testsupport
