#include "app/program/startupreports.h"

#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/overview/overview.h"
#include "ui/overview/overviewarea.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <memory>

namespace pc::program {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "provider-console: %s\n", qPrintable(message));
}

// --report-first-paint: the moment the first rows of the table shown have been
// painted, print it (CLOCK_MONOTONIC, as bench/minimal_window does) and quit.
// The start-up benchmark needs "first page painted", which nothing else in
// the program observes. The time is taken as that paint ends, as
// minimal_window takes it at the end of its paintEvent(): not once the event
// loop comes round again, which may first run work queued behind the paint
// (the rest of a local copy's rows arriving, for one).
class FirstPaintReporter : public QObject
{
public:
    FirstPaintReporter(QAbstractItemView *view, QAbstractItemModel *rows)
        : QObject(view)
        , m_view(view)
        , m_rows(rows)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {

        if (event->type() != QEvent::Paint || watched != m_view->viewport() || m_rows->rowCount() == 0)
            return false;
        m_view->viewport()->removeEventFilter(this);
        // The paint itself, here, inside the paint the window is doing: then
        // the time is that of its end. The event is handled by then.
        QCoreApplication::sendEvent(watched, event);
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("{\"painted_monotonic_ns\": %lld}\n",
                    static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec);
        std::fflush(stdout);
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        return true;
    }

private:
    QAbstractItemView *m_view;
    QAbstractItemModel *m_rows;
};

} // namespace

void scheduleScreenshot(pc::MainWindow *window, const QString &path)
{
    auto pending = std::make_shared<int>(2);
    auto capture = [window, path] {
        const bool saved = window->grab().save(path, "PNG");
        if (!saved)
            printError(
                QCoreApplication::translate("main", "Could not write the screenshot to %1.").arg(path));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    // The overview is counted from every row: Load all first (it asks for
    // the drafts too), then the picture once it is whole.
    auto whole = [window, capture] {
        pc::OverviewArea *area = window->overviewArea();
        if (area->overview()->isComplete() && area->overview()->draftsKnown()) {
            QTimer::singleShot(300, window, capture);
            return;
        }
        auto waiting = std::make_shared<QMetaObject::Connection>();
        *waiting =
            QObject::connect(area->overview(), &pc::Overview::updated, window, [window, capture, waiting] {
                if (window->overviewArea()->overview()->isComplete() &&
                    window->overviewArea()->overview()->draftsKnown()) {
                    QObject::disconnect(*waiting);
                    QTimer::singleShot(300, window, capture);
                }
            });
        Q_EMIT area->completeRequested();
    };
    auto oneReady = [pending, capture, whole, window] {
        if (--*pending != 0)
            return;
        if (window->currentArea() == pc::MainWindow::OverviewAreaIndex)
            whole();
        else
            QTimer::singleShot(300, window, capture);
    };
    for (pc::PagedTableModel *model : {static_cast<pc::PagedTableModel *>(window->offeringsModel()),
                                       static_cast<pc::PagedTableModel *>(window->instancesModel())}) {
        auto done = std::make_shared<bool>(false);
        auto once = [done, oneReady] {
            if (!*done) {
                *done = true;
                oneReady();
            }
        };
        QObject::connect(model, &pc::PagedTableModel::pageLoaded, window, once);
        QObject::connect(model, &pc::PagedTableModel::errorOccurred, window, once);
        // The window is shown once what arrived while it was built is in:
        // a first page (an empty one too, or its error) may be there already.
        if (((model->rowCount() > 0 || model->atEnd()) && !model->isLoading()) ||
            model->lastError().isError())
            once();
    }
    QTimer::singleShot(60000, window, [] {
        printError(QCoreApplication::translate("main", "Timed out waiting for the first pages."));
        QCoreApplication::exit(1);
    });
}

void reportFirstPaint(pc::MainWindow *window)
{
    // The table the window shows first (offerings, or instances with --view
    // instances), reached through its filter proxy.
    const auto views = window->findChildren<QAbstractItemView *>();
    QAbstractItemView *shown = nullptr;
    for (QAbstractItemView *view : views) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
        const QAbstractItemModel *rows = proxy ? proxy->sourceModel() : view->model();
        if (rows != window->offeringsModel() && rows != window->instancesModel())
            continue;
        if (!shown || (view->isVisibleTo(window) && !shown->isVisibleTo(window)))
            shown = view;
    }
    if (shown) {
        new FirstPaintReporter(shown, shown->model());
        return;
    }
    printError(QCoreApplication::translate("main", "--report-first-paint: no view shows the offerings."));
    QCoreApplication::exit(1);
}

} // namespace pc::program
