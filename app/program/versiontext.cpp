#include "app/program/versiontext.h"

// Generated into the build folder (cmake/BuildRevision.cmake), not in the sources.
#include "app/program/buildrevision.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtGlobal>

namespace pc::program {

QString versionText()
{
    const QString revision = QStringLiteral(PC_GIT_REVISION);
    return QStringList{
        QStringLiteral("provider-console %1").arg(QCoreApplication::applicationVersion()),
        QCoreApplication::translate("main", "Qt %1 (built with Qt %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QCoreApplication::translate("main", "Git revision: %1")
            .arg(revision.isEmpty() ? QCoreApplication::translate("main", "unknown") : revision),
    }
        .join(QLatin1Char('\n'));
}

} // namespace pc::program
