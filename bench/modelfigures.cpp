// Figures 2, 3, 4 and 6: what the rows cost once loaded (memory), what the
// table does with them (quick filter, local sort), and the GUI thread's
// longest block while the window loads them.

#include "app/models/instancesmodel.h"
#include "app/models/recordexporter.h"
#include "app/models/recordfilterproxy.h"
#include "app/models/tableexport.h"
#include "app/net/apiclient.h"
#include "bench/benchsupport.h"
#include "bench/figures.h"
#include "bench/loadall.h"
#include "bench/sandboxes.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

namespace bench {

namespace {

// A client and an instances model with every row loaded (figures 3 and 4).
struct Loaded
{
    std::unique_ptr<SandboxProcess> sandbox;
    std::unique_ptr<pc::ApiClient> client;
    std::unique_ptr<pc::InstancesModel> model;
    WalkOutcome walk;
};

Loaded loadInstances(int rows)
{
    Loaded loaded;
    loaded.sandbox = std::make_unique<SandboxProcess>(rows);
    loaded.client = std::make_unique<pc::ApiClient>(connectionTo(loaded.sandbox->baseUrl(), false));
    loaded.model = std::make_unique<pc::InstancesModel>(loaded.client.get());
    pc::InstancesModel *model = loaded.model.get();
    loaded.walk = runLoadAll(model, [model] { model->loadAll(); });
    requireComplete(model, loaded.walk, rows);
    return loaded;
}

// 3. The quick filter per keystroke: a word typed, then deleted.
QJsonObject filterRun(pc::InstancesModel *model, int rows, int repetition)
{
    const QString word = QStringLiteral("enterprises");
    QStringList keystrokes;
    for (qsizetype n = 1; n <= word.size(); ++n)
        keystrokes.append(word.left(n));
    for (qsizetype n = word.size() - 1; n >= 0; --n)
        keystrokes.append(word.left(n));

    pc::RecordFilterProxy ours;
    ours.setSourceModel(model);
    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column)
        columns.append(column); // every column is visible by default
    ours.setSearchColumns(columns);

    QSortFilterProxyModel stock;
    stock.setSourceModel(model);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    stock.setFilterKeyColumn(-1); // all columns
    // Both proxies have mapped every row once before the first keystroke.
    (void)ours.rowCount();
    (void)stock.rowCount();

    QList<double> oursMs;
    QList<double> stockMs;
    int oursMatches = -1;
    int stockMatches = -1;
    for (const QString &text : std::as_const(keystrokes)) {
        QElapsedTimer timer;
        timer.start();
        ours.setQuickFilter(text);
        // rowCount() maps the rows if the proxy left that for later.
        const int oursRows = ours.rowCount();
        oursMs.append(ms(timer.nsecsElapsed()));
        if (text == word)
            oursMatches = oursRows;
        QCoreApplication::processEvents();
    }
    for (const QString &text : std::as_const(keystrokes)) {
        QElapsedTimer timer;
        timer.start();
        stock.setFilterFixedString(text);
        const int stockRows = stock.rowCount();
        stockMs.append(ms(timer.nsecsElapsed()));
        if (text == word)
            stockMatches = stockRows;
        QCoreApplication::processEvents();
    }
    QJsonArray oursArray;
    for (double value : std::as_const(oursMs))
        oursArray.append(round3(value));
    return {{QStringLiteral("figure"), QStringLiteral("filter")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("repetition"), repetition},
            {QStringLiteral("word"), word},
            {QStringLiteral("keystrokes"), int(keystrokes.size())},
            {QStringLiteral("matches"), oursMatches},
            {QStringLiteral("stock_matches"), stockMatches},
            {QStringLiteral("filter_p50_ms"), round3(percentile(oursMs, 0.5))},
            {QStringLiteral("filter_p95_ms"), round3(percentile(oursMs, 0.95))},
            {QStringLiteral("filter_max_ms"), round3(percentile(oursMs, 1.0))},
            {QStringLiteral("filter_stock_proxy_p50_ms"), round3(percentile(stockMs, 0.5))},
            {QStringLiteral("filter_stock_proxy_p95_ms"), round3(percentile(stockMs, 0.95))},
            {QStringLiteral("keystroke_ms"), oursArray}};
}

} // namespace

// 2. Peak RSS with every row loaded minus the RSS with none, per row.
QJsonObject figureMemory(int rows)
{
    SandboxProcess sandbox(rows);
    pc::ApiClient client(connectionTo(sandbox.baseUrl(), false));
    pc::InstancesModel model(&client);

    // One request first, so the network stack's own start-up (its threads,
    // buffers, the connection) is in the baseline, not charged to the rows.
    warmUp(client);
    const qint64 rssNone = procStatusBytes("VmRSS");
    const qint64 hwmBefore = procStatusBytes("VmHWM");

    Traffic traffic;
    QObject context;
    watchTraffic(&client, &context, &traffic);
    const WalkOutcome walk = runLoadAll(&model, [&model] { model.loadAll(); });
    requireComplete(&model, walk, rows);
    spin(100);
    const qint64 hwmAfter = procStatusBytes("VmHWM");
    const qint64 rssAfter = procStatusBytes("VmRSS");

    const double rssPerRow = double(hwmAfter - rssNone) / rows;
    const double jsonPerRow = double(traffic.bodyBytes) / rows;
    return {{QStringLiteral("figure"), QStringLiteral("memory")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("rss_none_bytes"), double(rssNone)},
            {QStringLiteral("hwm_before_bytes"), double(hwmBefore)},
            {QStringLiteral("hwm_loaded_bytes"), double(hwmAfter)},
            {QStringLiteral("rss_loaded_bytes"), double(rssAfter)},
            {QStringLiteral("json_bytes"), double(traffic.bodyBytes)},
            {QStringLiteral("rss_bytes_per_row"), round3(rssPerRow)},
            {QStringLiteral("rss_steady_bytes_per_row"), round3(double(rssAfter - rssNone) / rows)},
            {QStringLiteral("json_bytes_per_row"), round3(jsonPerRow)},
            {QStringLiteral("rss_ratio"), round3(rssPerRow / jsonPerRow)},
            {QStringLiteral("sizeof_row"), int(sizeof(pc::InstanceTable::Row))}};
}

void figureFilter(int rows, int repeat)
{
    Loaded loaded = loadInstances(rows);
    for (int repetition = 1; repetition <= repeat; ++repetition)
        printJson(filterRun(loaded.model.get(), rows, repetition));
}

// 4. Local sort of the loaded rows by customer account (a text column).
void figureSort(int rows, int repeat)
{
    Loaded loaded = loadInstances(rows);
    pc::RecordFilterProxy proxy;
    proxy.setSourceModel(loaded.model.get());
    (void)proxy.rowCount();
    for (int repetition = 1; repetition <= repeat; ++repetition) {
        proxy.sortLocally(-1, Qt::AscendingOrder); // back to the server's order, untimed
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        proxy.sortLocally(pc::InstancesModel::CustomerAccount, Qt::AscendingOrder);
        const double sortMs = ms(timer.nsecsElapsed());
        // The first and last rows, to see it did sort.
        const QString first = proxy.index(0, pc::InstancesModel::CustomerAccount).data().toString();
        const QString last =
            proxy.index(proxy.rowCount() - 1, pc::InstancesModel::CustomerAccount).data().toString();
        printJson({{QStringLiteral("figure"), QStringLiteral("sort")},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("repetition"), repetition},
                   {QStringLiteral("column"), QStringLiteral("customer_account")},
                   {QStringLiteral("first"), first},
                   {QStringLiteral("last"), last},
                   {QStringLiteral("sort_ms"), round3(sortMs)}});
    }
}

namespace {

// The window's own export (TableExport): JSON to a file, formatted a slice at
// a time and written on a thread; the time to its end (the file synced and
// renamed) and the longest the event loop waited meanwhile, by a 5 ms timer.
std::pair<double, double> exportToFile(const QAbstractItemModel *proxy,
                                       const QList<pc::RecordExporter::Column> &columns)
{
    QTemporaryDir dir;
    pc::TableExport job(dir.filePath(QStringLiteral("export.json")), pc::RecordExporter::Format::Json, proxy,
                        columns);
    bool ended = false;
    QString error;
    QObject::connect(&job, &pc::TableExport::finished, &job, [&](bool ok, const QString &message) {
        ended = true;
        error = ok ? QString() : message.isEmpty() ? QStringLiteral("failed") : message;
    });
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        longest = std::max(longest, sinceTick.nsecsElapsed());
        sinceTick.start();
    });
    clock.start();
    sinceTick.start();
    probe.start();
    job.start();
    if (!waitUntil([&] { return ended; }, 120000))
        fail(QStringLiteral("the window's export did not end"));
    const double totalMs = ms(clock.nsecsElapsed());
    longest = std::max(longest, sinceTick.nsecsElapsed());
    if (!error.isEmpty())
        fail(QStringLiteral("the window's export failed: %1").arg(error));
    return {totalMs, ms(longest)};
}

} // namespace

// 11. Every loaded row exported, as the window's Export writes them: through
// the table's proxy, the default columns, to CSV and to JSON.
void figureExport(int rows, int repeat)
{
    Loaded loaded = loadInstances(rows);
    pc::RecordFilterProxy proxy;
    proxy.setSourceModel(loaded.model.get());
    QList<pc::RecordExporter::Column> columns;
    const QList<pc::ColumnSpec> specs = loaded.model->columns();
    for (int column = 0; column < specs.size(); ++column) {
        if (!specs.at(column).hiddenByDefault)
            columns.append({column, specs.at(column).field, specs.at(column).title});
    }
    for (int repetition = 1; repetition <= repeat; ++repetition) {
        QJsonObject run{{QStringLiteral("figure"), QStringLiteral("export")},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("repetition"), repetition},
                        {QStringLiteral("columns"), int(columns.size())}};
        for (const auto &[format, name] :
             {std::pair{pc::RecordExporter::Format::Csv, QStringLiteral("csv")},
              std::pair{pc::RecordExporter::Format::Json, QStringLiteral("json")}}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QString error;
            QElapsedTimer timer;
            timer.start();
            if (!pc::RecordExporter::write(&buffer, format, &proxy, columns, &error))
                fail(QStringLiteral("the export failed: %1").arg(error));
            run.insert(QStringLiteral("export_%1_ms").arg(name), round3(ms(timer.nsecsElapsed())));
            run.insert(QStringLiteral("export_%1_bytes").arg(name), double(buffer.size()));
        }
        const auto [fileMs, maxBlockMs] = exportToFile(&proxy, columns);
        run.insert(QStringLiteral("export_file_json_ms"), round3(fileMs));
        run.insert(QStringLiteral("export_max_block_ms"), round3(maxBlockMs));
        printJson(run);
    }
}

// 6. The longest the GUI thread's event loop was blocked during Load all,
// with the main window showing the instances (offscreen).
QJsonObject figureGui(int rows)
{
    SandboxProcess sandbox(rows);
    pc::ApiClient client(connectionTo(sandbox.baseUrl(), false));
    pc::MainWindow window(&client, QStringLiteral("wdc@127.0.0.1"));
    window.show();
    window.showArea(1);
    pc::InstancesModel *model = window.instancesModel();
    if (!waitUntil([model] { return model->rowCount() > 0 && !model->isLoading(); }, 60000))
        fail(QStringLiteral("the instances area showed no first page"));
    spin(300); // settle: first paints, column sizing

    // A repaint of the instances table as it stands (a screen of the first
    // page's rows, in several scripts and with colour emoji): what scrolling,
    // a selection or a hover costs once its cells have been drawn once.
    QWidget *viewport = window.instancesView()->table()->viewport();
    QList<double> repaints;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer repaint;
        repaint.start();
        viewport->repaint();
        repaints.append(ms(repaint.nsecsElapsed()));
    }

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QList<double> gaps;
    gaps.reserve(100000);
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QJsonArray longGaps; // [ms since the start, gap ms, rows loaded then] of gaps over 40 ms
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.append(ms(now - last));
        if (ms(now - last) > 40 && longGaps.size() < 40)
            longGaps.append(QJsonArray{round3(ms(now)), round3(ms(now - last)), model->rowCount()});
        last = now;
    });
    probe.start();
    last = clock.nsecsElapsed();
    QAction *loadAll = window.action(QStringLiteral("loadAll"));
    const WalkOutcome walk = runLoadAll(model, [&] {
        if (loadAll && loadAll->isEnabled())
            loadAll->trigger(); // what Ctrl+Shift+A does
        else
            window.instancesView()->loadAll();
    });
    // What the window does right after the walk counts too.
    spin(300);
    probe.stop();
    requireComplete(model, walk, rows);
    // The gap that ended the probe window may still be open.
    gaps.append(ms(clock.nsecsElapsed() - last));

    return {{QStringLiteral("figure"), QStringLiteral("gui")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("probe_interval_ms"), 5},
            {QStringLiteral("ticks"), int(gaps.size())},
            {QStringLiteral("walk_s"), round3(walk.seconds)},
            {QStringLiteral("gap_p50_ms"), round3(percentile(gaps, 0.5))},
            {QStringLiteral("gap_p99_ms"), round3(percentile(gaps, 0.99))},
            {QStringLiteral("max_block_ms"), round3(percentile(gaps, 1.0))},
            {QStringLiteral("repaint_p50_ms"), round3(percentile(repaints, 0.5))},
            {QStringLiteral("long_gaps"), longGaps}};
}

} // namespace bench
