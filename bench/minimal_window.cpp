// minimal_window: the floor of figure 5 (start). The least a Qt Widgets
// program does to show a window: QApplication, one top-level widget the size
// of the console's window, shown; it quits as soon as it has been painted.
//
// It prints one JSON line on stdout:
//   {"painted_monotonic_ns": N, "main_to_paint_ms": X}
// painted_monotonic_ns is CLOCK_MONOTONIC at the end of the first paint, the
// clock pc_bench reads just before it starts this process, so the difference
// is process start (exec, dynamic loading, Qt start-up) to first paint.

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QElapsedTimer g_sinceMain;

class Window : public QWidget
{
public:
    Window() { resize(1180, 720); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().window());
        painter.drawText(rect(), Qt::AlignCenter, QStringLiteral("Provider Console"));
        painter.end();
        if (m_painted)
            return;
        m_painted = true;
        std::printf("{\"painted_monotonic_ns\": %lld, \"main_to_paint_ms\": %.3f}\n",
                    static_cast<long long>(monotonicNs()), double(g_sinceMain.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
        QTimer::singleShot(0, this, [] { QCoreApplication::quit(); });
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    Window window;
    window.show();
    return QApplication::exec();
}
