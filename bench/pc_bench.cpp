// pc_bench: the figures of issue 6 ("Benchmarks"), one subcommand per figure.
// Each run prints one JSON object per line on stdout; `summarize` reads those
// lines, takes the medians and prints the table (and writes the JSON file).
// bench/run drives it; bench/README.md says what each figure measures.
//
//   pc_bench walk    [--rows N]             figure 1: Load all vs a curl floor
//   pc_bench memory  [--rows N]             figure 2: peak RSS per row vs JSON bytes per row
//   pc_bench filter  [--rows N] [--repeat R] figure 3: quick filter per keystroke
//   pc_bench sort    [--rows N] [--repeat R] figure 4: local sort by customer account
//   pc_bench start                          figure 5: process start to first page shown
//   pc_bench gui     [--rows N]             figure 6: event loop blocking during Load all
//   pc_bench paced   [--rows N]             figure 7: Load all at 150 ms latency, burst limit on
//   pc_bench index   [--rows N] [--repeat R] figure 8: the local index (bench/indexbench.h)
//   pc_bench indexstart [--rows N]          figure 10: process start to instances painted from the index
//   pc_bench walktls --tls-cert C --tls-key K [--nginx PATH] [--rows N]
//                                           figure 1b: figure 1 over TLS (and HTTP/2 through nginx)
//   pc_bench overview [--rows N] [--repeat R] figure 9: the overview, counted and drawn
//   pc_bench walkparts [--rows N]           diagnostic: figure 1's time per page, step by step
//   pc_bench summarize [--json FILE] [--label TEXT] < runs.jsonl
//
// The sandbox is the stand-alone provider-sandbox process (its own event
// loop, its own memory) for figures 1 to 4 and 6. Figures 5, 7, 8 and 10 run
// the sandbox library in this process on a thread of its own: only the
// library tells how many 429s it answered (rateLimitedCount(); the CLI does
// not print it), when the console's requests arrived, and lets figure 8
// change records as someone else.
//
// The figures live in files of their kind (bench/figures.h); this file reads
// the options, runs one figure and summarizes the runs.

#include "bench/benchsupport.h"
#include "bench/figures.h"
#include "bench/indexbench.h"
#include "bench/overviewbench.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

namespace bench {

namespace {

QString g_figure; // for error lines

struct Target
{
    QString key;
    QString figure; // the subcommand that measures it
    QString label;
    QString target; // as printed; empty: no target of its own
    std::function<bool(double)> met;
};

QString machineDescription()
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 cores, %3, Qt %4")
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
}

int summarize()
{
    const QList<Target> targets{
        {QStringLiteral("walk_ratio"), QStringLiteral("walk"), QStringLiteral("1 Walk: client / curl"),
         QStringLiteral("<= 1.15"), [](double v) { return v <= 1.15; }},
        {QStringLiteral("walk_s"), QStringLiteral("walk"), QStringLiteral("1 Walk: Load all (s)"), {}, {}},
        {QStringLiteral("curl_walk_s"),
         QStringLiteral("walk"),
         QStringLiteral("1 Walk: curl floor (s)"),
         {},
         {}},
        {QStringLiteral("walk_tls_ratio"), QStringLiteral("walktls"),
         QStringLiteral("1b Walk TLS: client / curl"), QStringLiteral("<= 1.25"),
         [](double v) { return v <= 1.25; }},
        {QStringLiteral("walk_tls_s"),
         QStringLiteral("walktls"),
         QStringLiteral("1b Walk TLS: Load all (s)"),
         {},
         {}},
        {QStringLiteral("curl_tls_walk_s"),
         QStringLiteral("walktls"),
         QStringLiteral("1b Walk TLS: curl floor (s)"),
         {},
         {}},
        {QStringLiteral("walk_h2_ratio"),
         QStringLiteral("walktls"),
         QStringLiteral("1b Walk HTTP/2 (nginx): client / curl"),
         {},
         {}},
        {QStringLiteral("walk_h2_s"),
         QStringLiteral("walktls"),
         QStringLiteral("1b Walk HTTP/2 (nginx): Load all (s)"),
         {},
         {}},
        {QStringLiteral("curl_h2_walk_s"),
         QStringLiteral("walktls"),
         QStringLiteral("1b Walk HTTP/2 (nginx): curl (s)"),
         {},
         {}},
        {QStringLiteral("rss_bytes_per_row"),
         QStringLiteral("memory"),
         QStringLiteral("2 Memory: peak RSS/row (B)"),
         {},
         {}},
        {QStringLiteral("json_bytes_per_row"),
         QStringLiteral("memory"),
         QStringLiteral("2 Memory: JSON/row (B)"),
         {},
         {}},
        {QStringLiteral("rss_ratio"), QStringLiteral("memory"), QStringLiteral("2 Memory: RSS / JSON"),
         QStringLiteral("<= 0.5"), [](double v) { return v <= 0.5; }},
        {QStringLiteral("filter_p50_ms"),
         QStringLiteral("filter"),
         QStringLiteral("3 Quick filter p50 (ms)"),
         {},
         {}},
        {QStringLiteral("filter_p95_ms"), QStringLiteral("filter"), QStringLiteral("3 Quick filter p95 (ms)"),
         QStringLiteral("<= 16"), [](double v) { return v <= 16; }},
        {QStringLiteral("filter_stock_proxy_p95_ms"),
         QStringLiteral("filter"),
         QStringLiteral("3 Stock proxy p95 (ms)"),
         {},
         {}},
        {QStringLiteral("sort_ms"), QStringLiteral("sort"), QStringLiteral("4 Local sort (ms)"),
         QStringLiteral("<= 150"), [](double v) { return v <= 150; }},
        {QStringLiteral("start_ratio"), QStringLiteral("start"), QStringLiteral("5 Start: console / floor"),
         QStringLiteral("<= 1.5"), [](double v) { return v <= 1.5; }},
        {QStringLiteral("start_ms"),
         QStringLiteral("start"),
         QStringLiteral("5 Start: console (ms)"),
         {},
         {}},
        {QStringLiteral("max_block_ms"), QStringLiteral("gui"), QStringLiteral("6 GUI max block (ms)"),
         QStringLiteral("<= 50"), [](double v) { return v <= 50; }},
        {QStringLiteral("paced_rate_ratio"), QStringLiteral("paced"), QStringLiteral("7 Paced: pages/s / 10"),
         QStringLiteral(">= 0.9"), [](double v) { return v >= 0.9; }},
        {QStringLiteral("paced_429s"), QStringLiteral("paced"), QStringLiteral("7 Paced: 429s"),
         QStringLiteral("== 0"), [](double v) { return v == 0; }},
        {QStringLiteral("sync_noop_requests"), QStringLiteral("index"),
         QStringLiteral("8 Index: no-op sync, requests"), QStringLiteral("<= 2"),
         [](double v) { return v <= 2; }},
        {QStringLiteral("sync_changes_requests"), QStringLiteral("index"),
         QStringLiteral("8 Index: 1,000 changed, requests"), QStringLiteral("<= 12"),
         [](double v) { return v <= 12; }},
        {QStringLiteral("index_disk_ratio"), QStringLiteral("index"),
         QStringLiteral("8 Index: file / JSON per record"), QStringLiteral("<= 1.0"),
         [](double v) { return v <= 1.0; }},
        {QStringLiteral("index_all_rows_ms"), QStringLiteral("index"),
         QStringLiteral("8 Index: all rows into the model (ms)"), QStringLiteral("<= 500"),
         [](double v) { return v <= 500; }},
        {QStringLiteral("index_first_paint_ratio"), QStringLiteral("indexstart"),
         QStringLiteral("10 Index start: console / floor"), QStringLiteral("<= 1.5"),
         [](double v) { return v <= 1.5; }},
        {QStringLiteral("index_start_ms"),
         QStringLiteral("indexstart"),
         QStringLiteral("10 Index start: console (ms)"),
         {},
         {}},
        {QStringLiteral("index_start_requests_before_paint"),
         QStringLiteral("indexstart"),
         QStringLiteral("10 Index start: requests before paint"),
         {},
         {}},
        {QStringLiteral("overview_ms"), QStringLiteral("overview"),
         QStringLiteral("9 Overview: count and draw (ms)"), QStringLiteral("<= 150"),
         [](double v) { return v <= 150; }},
    };
    // Extra lines of the table (no target, not in the JSON file).
    const QList<QPair<QString, QString>> extras{
        {QStringLiteral("start_floor_ms"), QStringLiteral("5 Start: floor (ms)")},
        {QStringLiteral("minimal_paint_ms"), QStringLiteral("5   minimal window paint (ms)")},
        {QStringLiteral("curl_ms"), QStringLiteral("5   one curl request (ms)")},
        {QStringLiteral("console_first_request_ms"), QStringLiteral("5 Start: console's 1st request (ms)")},
        {QStringLiteral("screenshot_ms"), QStringLiteral("5   grab() + PNG (ms)")},
        {QStringLiteral("start_est_ratio"), QStringLiteral("5   ratio without grab+PNG (est.)")},
        {QStringLiteral("rss_steady_bytes_per_row"), QStringLiteral("2 Memory: RSS/row after (B)")},
        {QStringLiteral("gap_p99_ms"), QStringLiteral("6 GUI probe gap p99 (ms)")},
        {QStringLiteral("pages_per_s"), QStringLiteral("7 Paced: pages/s")},
        {QStringLiteral("index_db_bytes_per_record"), QStringLiteral("8 Index: file bytes/record")},
        {QStringLiteral("index_json_bytes_per_record"), QStringLiteral("8 Index: JSON bytes/record")},
        {QStringLiteral("index_first_sync_s"), QStringLiteral("8 Index: first sync (s)")},
        {QStringLiteral("index_first_sync_requests"), QStringLiteral("8 Index: first sync, requests")},
    };

    // figure -> key -> values of the runs
    QMap<QString, QMap<QString, QList<double>>> values;
    QMap<QString, int> runs;
    QMap<QString, QStringList> errors;
    QMap<QString, int> rowsOf;
    QTextStream in(stdin);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.startsWith(QLatin1Char('{')))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString figure = object.value(QStringLiteral("figure")).toString();
        if (figure.isEmpty())
            continue;
        if (object.contains(QStringLiteral("error"))) {
            errors[figure].append(object.value(QStringLiteral("error")).toString());
            continue;
        }
        ++runs[figure];
        if (object.contains(QStringLiteral("rows")))
            rowsOf[figure] = object.value(QStringLiteral("rows")).toInt();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isDouble())
                values[figure][it.key()].append(it.value().toDouble());
        }
    }

    auto medianOf = [&](const QString &figure, const QString &key) -> std::optional<double> {
        const QList<double> list = values.value(figure).value(key);
        if (list.isEmpty())
            return std::nullopt;
        return median(list);
    };
    auto figureOf = [&](const QString &key) {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (it.value().contains(key))
                return it.key();
        }
        return QString();
    };
    auto number = [](double value) {
        return std::fabs(value) >= 100 ? QString::number(value, 'f', 1) : QString::number(value, 'f', 3);
    };

    QTextStream out(stdout);
    out << "Provider Console benchmarks";
    if (!g_options.label.isEmpty())
        out << " (" << g_options.label << ")";
    out << "\nMachine: " << machineDescription() << "\n";
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        out << "Load average (1, 5, 15 min) when summarized: "
            << QString::fromLatin1(loadavg.readAll().split(' ').mid(0, 3).join(' ')) << "\n";
    QStringList rowNotes;
    for (auto it = rowsOf.constBegin(); it != rowsOf.constEnd(); ++it)
        rowNotes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    out << "Rows: " << rowNotes.join(QStringLiteral(", ")) << "\n";
    QStringList runNotes;
    for (auto it = runs.constBegin(); it != runs.constEnd(); ++it)
        runNotes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    out << "Runs (median taken): " << runNotes.join(QStringLiteral(", ")) << "\n\n";

    const QString format = QStringLiteral("%1  %2  %3  %4  %5\n");
    out << format.arg(QStringLiteral("Figure"), -36)
               .arg(QStringLiteral("Median"), 10)
               .arg(QStringLiteral("Min..max of runs"), -22)
               .arg(QStringLiteral("Target"), -8)
               .arg(QStringLiteral("Met?"));
    out << QString(86, QLatin1Char('-')) << "\n";
    QJsonObject json;
    int unmet = 0;
    for (const Target &target : targets) {
        const std::optional<double> value = medianOf(target.figure, target.key);
        QString range;
        if (value) {
            const QList<double> list = values.value(target.figure).value(target.key);
            range = number(*std::min_element(list.begin(), list.end())) + QStringLiteral("..") +
                    number(*std::max_element(list.begin(), list.end()));
        }
        QString met;
        if (target.met) {
            met = !value               ? QStringLiteral("n/a")
                  : target.met(*value) ? QStringLiteral("yes")
                                       : QStringLiteral("NO");
            if (value && !target.met(*value))
                ++unmet;
        }
        out << format.arg(target.label, -36)
                   .arg(value ? number(*value) : QStringLiteral("n/a"), 10)
                   .arg(range, -22)
                   .arg(target.target, -8)
                   .arg(met);
        json.insert(target.key, value ? QJsonValue(round3(*value)) : QJsonValue());
    }
    for (const auto &[key, label] : extras) {
        const QString figure = figureOf(key);
        if (const std::optional<double> value = medianOf(figure, key))
            out << format.arg(label, -36)
                       .arg(number(*value), 10)
                       .arg(QString(), -22)
                       .arg(QString(), -8)
                       .arg(QString());
    }
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it)
        out << "\nFAILED runs of " << it.key() << ": " << it.value().join(QStringLiteral("; ")) << "\n";
    out << "\nTargets not met: " << unmet << "\n";
    out.flush();

    if (!g_options.json.isEmpty()) {
        QFile file(g_options.json);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "pc_bench: cannot write %s\n", qPrintable(g_options.json));
            return 1;
        }
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    return 0;
}

int usage()
{
    std::fprintf(
        stderr,
        "usage: pc_bench walk|walktls|memory|filter|sort|start|gui|paced|index [--rows N] [--repeat R]\n"
        "                [--sandbox PATH] [--console PATH] [--minimal PATH] [--curl PATH]\n"
        "                [--tls-cert PEM --tls-key PEM] [--nginx PATH]\n"
        "       pc_bench summarize [--json FILE] [--label TEXT] < runs.jsonl\n");
    return 2;
}

} // namespace

} // namespace bench

int main(int argc, char *argv[])
{
    using namespace bench;

    // Offscreen unless told otherwise; settings of a run of their own.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/pc_bench-XXXXXX"));
    g_work = &work;
    qputenv("XDG_CONFIG_HOME", work.filePath(QStringLiteral("config")).toLocal8Bit());

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("provider-console-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("pc_bench"));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return usage();
    g_options.command = arguments.at(1);
    g_figure = g_options.command;
    const QString here = QCoreApplication::applicationDirPath();
    g_options.sandbox = here + QStringLiteral("/../sandbox/provider-sandbox");
    g_options.console = here + QStringLiteral("/../app/program/provider-console");
    g_options.minimal = here + QStringLiteral("/minimal_window");
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto next = [&]() -> QString {
            if (i + 1 >= arguments.size()) {
                usage();
                std::exit(2);
            }
            return arguments.at(++i);
        };
        if (argument == QLatin1String("--rows"))
            g_options.rows = next().toInt();
        else if (argument == QLatin1String("--repeat"))
            g_options.repeat = std::max(1, next().toInt());
        else if (argument == QLatin1String("--sandbox"))
            g_options.sandbox = next();
        else if (argument == QLatin1String("--console"))
            g_options.console = next();
        else if (argument == QLatin1String("--minimal"))
            g_options.minimal = next();
        else if (argument == QLatin1String("--curl"))
            g_options.curl = next();
        else if (argument == QLatin1String("--tls-cert"))
            g_options.tlsCert = next();
        else if (argument == QLatin1String("--tls-key"))
            g_options.tlsKey = next();
        else if (argument == QLatin1String("--nginx"))
            g_options.nginx = next();
        else if (argument == QLatin1String("--json"))
            g_options.json = next();
        else if (argument == QLatin1String("--label"))
            g_options.label = next();
        else
            return usage();
    }
    auto rows = [](int fallback) { return g_options.rows > 0 ? g_options.rows : fallback; };

    const QString &command = g_options.command;
    if (command == QLatin1String("summarize"))
        return summarize();
    try {
        if (command == QLatin1String("walk"))
            printJson(figureWalk(rows(100000)));
        else if (command == QLatin1String("walktls"))
            printJson(figureWalkTls(rows(100000)));
        else if (command == QLatin1String("memory"))
            printJson(figureMemory(rows(100000)));
        else if (command == QLatin1String("filter"))
            figureFilter(rows(100000), g_options.repeat);
        else if (command == QLatin1String("sort"))
            figureSort(rows(100000), g_options.repeat);
        else if (command == QLatin1String("start"))
            printJson(figureStart(rows(2500)));
        else if (command == QLatin1String("indexstart"))
            printJson(figureIndexStart(rows(100000)));
        else if (command == QLatin1String("gui"))
            printJson(figureGui(rows(100000)));
        else if (command == QLatin1String("paced"))
            printJson(figurePaced(rows(20000)));
        else if (command == QLatin1String("index") || command == QLatin1String("overview")) {
            // Figures of their own files: one object per repetition, or why none.
            QString error;
            const QList<QJsonObject> runs =
                command == QLatin1String("index")
                    ? bench::figureIndex(rows(100000), g_options.repeat, &error)
                    : bench::figureOverview(rows(100000), g_options.repeat, &error);
            if (!error.isEmpty())
                fail(error);
            for (const QJsonObject &run : runs)
                printJson(run);
        } else if (command == QLatin1String("walkparts"))
            printJson(diagnoseWalk(rows(100000)));
        else
            return usage();
    } catch (const BenchFailure &failure) {
        printJson({{QStringLiteral("figure"), g_figure}, {QStringLiteral("error"), failure.message}});
        std::fprintf(stderr, "pc_bench %s: %s\n", qPrintable(g_figure), qPrintable(failure.message));
        return 1;
    }
    return 0;
}
