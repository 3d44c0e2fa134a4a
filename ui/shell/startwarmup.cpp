#include "ui/shell/startwarmup.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImageReader>
#include <QString>

namespace pc {

namespace {

void warmUp(const QFont &font)
{
    // fontconfig's configuration and the font list (QFontDatabase populates
    // itself under its own lock, for every thread).
    QFontDatabase::families();
    // The application font's file and its engine.
    QFontMetrics(font).horizontalAdvance(QStringLiteral("Provider Console 0123456789"));
    // A PNG of Qt's own style, read as the line edits' clear button reads
    // its icon: the image-format plugins are looked up and loaded once for
    // the process. Should the path change in a later Qt, the read fails and
    // nothing else does.
    QImageReader(QStringLiteral(":/qt-project.org/styles/commonstyle/images/left-16.png")).read();
}

} // namespace

StartWarmUp::StartWarmUp()
    : m_thread(warmUp, QGuiApplication::font())
{}

StartWarmUp::~StartWarmUp()
{
    m_thread.join();
}

} // namespace pc
