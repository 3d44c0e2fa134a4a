// pc_bench: the figures of issue 6 ("Benchmarks"), one subcommand per figure.
// Each run prints one JSON object per line on stdout; `summarize` reads those
// lines, takes the medians and prints the table (and writes the JSON file).
// bench/run drives it; bench/README.md says what each figure measures.
//
//   pc_bench walk    [--rows N]             figure 1: Load all vs a curl floor
//   pc_bench memory  [--rows N]             figure 2: peak RSS per row vs JSON bytes per row
//   pc_bench filter  [--rows N] [--repeat R] figure 3: quick filter per keystroke
//   pc_bench sort    [--rows N] [--repeat R] figure 4: local sort by customer account
//   pc_bench export  [--rows N] [--repeat R] figure 11: every loaded row exported, CSV and JSON
//   pc_bench start                          figure 5: process start to first page shown
//   pc_bench gui     [--rows N]             figure 6: event loop blocking during Load all
//   pc_bench paced   [--rows N]             figure 7: Load all at 150 ms latency, burst limit on
//   pc_bench index   [--rows N] [--repeat R] figure 8: the local index (bench/indexbench.h)
//   pc_bench indexmemory [--rows N]         figure 8b: peak RSS per instance with the local index in use
//   pc_bench indexstart [--rows N]          figure 10: process start to instances painted from the index
//   pc_bench walktls --tls-cert C --tls-key K [--nginx PATH] [--rows N]
//                                           figure 1b: figure 1 over TLS (and HTTP/2 through nginx)
//   pc_bench overview [--rows N] [--repeat R] figure 9: the overview, counted and drawn
//   pc_bench walkparts [--rows N]           diagnostic: figure 1's time per page, step by step
//   pc_bench summarize [--json FILE] [--label TEXT] < runs.jsonl
//
// The sandbox is the stand-alone provider-sandbox process (its own event
// loop, its own memory) for figures 1 to 4, 6 and 8b. Figures 5, 7, 8 and 10 run
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
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

namespace bench {

namespace {

// A figure of the table: a value of the runs' lines, its median, and the
// target it is held to ("<= 1.15": at most, ">= 0.9": at least, "== 0";
// none: reported only).
struct Target
{
    const char *key;
    const char *figure; // the subcommand that measures it
    const char *label;
    const char *target = ""; // as printed

    bool hasTarget() const { return *target != '\0'; }
    bool met(double value) const
    {
        const QList<QByteArray> parts = QByteArray(target).split(' ');
        const double limit = parts.value(1).toDouble();
        if (parts.value(0) == "<=")
            return value <= limit;
        if (parts.value(0) == ">=")
            return value >= limit;
        return value == limit;
    }
};

// In the order of the table; the keys of the JSON file.
const Target kTargets[] = {
    {"walk_ratio", "walk", "1 Walk: client / curl", "<= 1.15"},
    {"walk_s", "walk", "1 Walk: Load all (s)"},
    {"curl_walk_s", "walk", "1 Walk: curl floor (s)"},
    {"walk_tls_ratio", "walktls", "1b Walk TLS: client / curl", "<= 1.25"},
    {"walk_tls_s", "walktls", "1b Walk TLS: Load all (s)"},
    {"curl_tls_walk_s", "walktls", "1b Walk TLS: curl floor (s)"},
    {"walk_h2_ratio", "walktls", "1b Walk HTTP/2 (nginx): client / curl"},
    {"walk_h2_s", "walktls", "1b Walk HTTP/2 (nginx): Load all (s)"},
    {"curl_h2_walk_s", "walktls", "1b Walk HTTP/2 (nginx): curl (s)"},
    {"rss_bytes_per_row", "memory", "2 Memory: peak RSS/row (B)"},
    {"json_bytes_per_row", "memory", "2 Memory: JSON/row (B)"},
    {"rss_ratio", "memory", "2 Memory: RSS / JSON", "<= 0.5"},
    {"filter_p50_ms", "filter", "3 Quick filter p50 (ms)"},
    {"filter_p95_ms", "filter", "3 Quick filter p95 (ms)", "<= 16"},
    {"filter_stock_proxy_p95_ms", "filter", "3 Stock proxy p95 (ms)"},
    {"sort_ms", "sort", "4 Local sort (ms)", "<= 150"},
    {"export_csv_ms", "export", "11 Export of every row, CSV (ms)", "<= 1000"},
    {"export_json_ms", "export", "11 Export of every row, JSON (ms)", "<= 1000"},
    {"export_file_json_ms", "export", "11 The window's export to a file, JSON (ms)"},
    {"export_max_block_ms", "export", "11 The window's export: GUI max block (ms)", "<= 50"},
    {"start_ratio", "start", "5 Start: console / floor", "<= 1.5"},
    {"start_ms", "start", "5 Start: console (ms)"},
    {"table_window_first_page_ms", "start", "5   Qt's stock table, one request (ms)"},
    {"table_window_start_ratio", "start", "5   stock table / floor"},
    {"start_over_table_window", "start", "5   console / stock table"},
    {"max_block_ms", "gui", "6 GUI max block (ms)", "<= 50"},
    {"paced_rate_ratio", "paced", "7 Paced: pages/s / 10", ">= 0.9"},
    {"paced_429s", "paced", "7 Paced: 429s", "== 0"},
    {"sync_noop_requests", "index", "8 Index: no-op sync, requests", "<= 2"},
    {"sync_changes_requests", "index", "8 Index: 1,000 changed, requests", "<= 12"},
    {"index_disk_ratio", "index", "8 Index: file / JSON per record", "<= 1.0"},
    {"index_all_rows_ms", "index", "8 Index: all rows into the model (ms)", "<= 500"},
    {"index_rss_bytes_per_row", "indexmemory", "8b Index in use: peak RSS/row (B)"},
    {"index_instance_json_bytes_per_row", "indexmemory", "8b Index in use: JSON/row (B)"},
    {"index_rss_ratio", "indexmemory", "8b Index in use: RSS / JSON", "<= 0.5"},
    {"index_first_paint_ratio", "indexstart", "10 Index start: console / floor", "<= 1.5"},
    {"index_start_ms", "indexstart", "10 Index start: console (ms)"},
    {"index_start_floor_ms", "indexstart", "10 Index start: floor, bare window (ms)"},
    {"index_start_requests_before_paint", "indexstart", "10 Index start: requests before paint"},
    {"table_window_paint_ms", "indexstart", "10   Qt's stock table, same screen (ms)"},
    {"table_window_paint_ratio", "indexstart", "10   stock table / floor"},
    {"index_start_over_table_window", "indexstart", "10   console / stock table"},
    {"overview_ms", "overview", "9 Overview: count and draw (ms)", "<= 150"},
};

// Extra lines of the table (no target, not in the JSON file): key, label.
const std::pair<const char *, const char *> kExtras[] = {
    {"start_floor_ms", "5 Start: floor (ms)"},
    {"minimal_paint_ms", "5   minimal window paint (ms)"},
    {"curl_ms", "5   one curl request (ms)"},
    {"console_first_request_ms", "5 Start: console's 1st request (ms)"},
    {"screenshot_ms", "5   grab() + PNG (ms)"},
    {"start_est_ratio", "5   ratio without grab+PNG (est.)"},
    {"rss_steady_bytes_per_row", "2 Memory: RSS/row after (B)"},
    {"index_rss_steady_bytes_per_row", "8b Index in use: RSS/row after (B)"},
    {"gap_p99_ms", "6 GUI probe gap p99 (ms)"},
    {"repaint_p50_ms", "6 Instances table repaint p50 (ms)"},
    {"pages_per_s", "7 Paced: pages/s"},
    {"index_db_bytes_per_record", "8 Index: file bytes/record"},
    {"index_json_bytes_per_record", "8 Index: JSON bytes/record"},
    {"index_first_sync_s", "8 Index: first sync (s)"},
    {"index_first_sync_requests", "8 Index: first sync, requests"},
};

// The runs' lines, read: every number of each figure's runs.
struct Runs
{
    QMap<QString, QMap<QString, QList<double>>> values; // figure -> key -> values of the runs
    QMap<QString, int> count;
    QMap<QString, QStringList> errors;
    QMap<QString, int> rows;

    QList<double> of(const QString &figure, const QString &key) const
    {
        return values.value(figure).value(key);
    }
    std::optional<double> medianOf(const QString &figure, const QString &key) const
    {
        const QList<double> list = of(figure, key);
        if (list.isEmpty())
            return std::nullopt;
        return median(list);
    }
    // The first figure (by name) whose runs carry `key`.
    QString figureOf(const QString &key) const
    {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (it.value().contains(key))
                return it.key();
        }
        return QString();
    }
};

Runs readRuns(QTextStream &in)
{
    Runs runs;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.startsWith(QLatin1Char('{')))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString figure = object.value(QStringLiteral("figure")).toString();
        if (figure.isEmpty())
            continue;
        if (object.contains(QStringLiteral("error"))) {
            runs.errors[figure].append(object.value(QStringLiteral("error")).toString());
            continue;
        }
        ++runs.count[figure];
        if (object.contains(QStringLiteral("rows")))
            runs.rows[figure] = object.value(QStringLiteral("rows")).toInt();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isDouble())
                runs.values[figure][it.key()].append(it.value().toDouble());
        }
    }
    return runs;
}

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

// "walk 3, sort 5": a figure's name and its number, for each figure.
QString perFigure(const QMap<QString, int> &numbers)
{
    QStringList notes;
    for (auto it = numbers.constBegin(); it != numbers.constEnd(); ++it)
        notes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    return notes.join(QStringLiteral(", "));
}

// What was measured where: the label, the machine, its load, rows and runs.
void printHeading(QTextStream &out, const Runs &runs)
{
    out << "Provider Console benchmarks";
    if (!g_options.label.isEmpty())
        out << " (" << g_options.label << ")";
    out << "\nMachine: " << machineDescription() << "\n";
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        out << "Load average (1, 5, 15 min) when summarized: "
            << QString::fromLatin1(loadavg.readAll().split(' ').mid(0, 3).join(' ')) << "\n";
    out << "Rows: " << perFigure(runs.rows) << "\n";
    out << "Runs (median taken): " << perFigure(runs.count) << "\n\n";
}

QString number(double value)
{
    return std::fabs(value) >= 100 ? QString::number(value, 'f', 1) : QString::number(value, 'f', 3);
}

// The table: each target's median, the range of its runs and whether it is
// met, then the extra lines that have values. Returns the targets' medians
// (null where no run gave one) and counts the targets missed into `unmet`.
QJsonObject printTable(QTextStream &out, const Runs &runs, int *unmet)
{
    const QString format = QStringLiteral("%1  %2  %3  %4  %5\n");
    out << format.arg(QStringLiteral("Figure"), -36)
               .arg(QStringLiteral("Median"), 10)
               .arg(QStringLiteral("Min..max of runs"), -22)
               .arg(QStringLiteral("Target"), -8)
               .arg(QStringLiteral("Met?"));
    out << QString(86, QLatin1Char('-')) << "\n";
    QJsonObject json;
    for (const Target &target : kTargets) {
        const QString key = QString::fromLatin1(target.key);
        const QString figure = QString::fromLatin1(target.figure);
        const std::optional<double> value = runs.medianOf(figure, key);
        QString range;
        if (value) {
            const QList<double> list = runs.of(figure, key);
            range = number(*std::min_element(list.begin(), list.end())) + QStringLiteral("..") +
                    number(*std::max_element(list.begin(), list.end()));
        }
        QString met;
        if (target.hasTarget()) {
            met = !value               ? QStringLiteral("n/a")
                  : target.met(*value) ? QStringLiteral("yes")
                                       : QStringLiteral("NO");
            if (value && !target.met(*value))
                ++*unmet;
        }
        out << format.arg(QString::fromUtf8(target.label), -36)
                   .arg(value ? number(*value) : QStringLiteral("n/a"), 10)
                   .arg(range, -22)
                   .arg(QString::fromLatin1(target.target), -8)
                   .arg(met);
        json.insert(key, value ? QJsonValue(round3(*value)) : QJsonValue());
    }
    for (const auto &[key, label] : kExtras) {
        const QString name = QString::fromLatin1(key);
        if (const std::optional<double> value = runs.medianOf(runs.figureOf(name), name))
            out << format.arg(QString::fromUtf8(label), -36)
                       .arg(number(*value), 10)
                       .arg(QString(), -22)
                       .arg(QString(), -8)
                       .arg(QString());
    }
    return json;
}

int summarize()
{
    QTextStream in(stdin);
    const Runs runs = readRuns(in);
    QTextStream out(stdout);
    printHeading(out, runs);
    int unmet = 0;
    const QJsonObject json = printTable(out, runs, &unmet);
    for (auto it = runs.errors.constBegin(); it != runs.errors.constEnd(); ++it)
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

// Runs the figure `command` names and prints its lines; false when there is
// no such figure. A run that cannot measure throws BenchFailure.
bool runFigure(const QString &command)
{
    auto rows = [](int fallback) { return g_options.rows > 0 ? g_options.rows : fallback; };

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
    else if (command == QLatin1String("export"))
        figureExport(rows(100000), g_options.repeat);
    else if (command == QLatin1String("start"))
        printJson(figureStart(rows(2500)));
    else if (command == QLatin1String("indexmemory"))
        printJson(figureIndexMemory(rows(100000)));
    else if (command == QLatin1String("indexstart"))
        printJson(figureIndexStart(rows(100000)));
    else if (command == QLatin1String("gui"))
        printJson(figureGui(rows(100000)));
    else if (command == QLatin1String("paced"))
        printJson(figurePaced(rows(20000)));
    else if (command == QLatin1String("index") || command == QLatin1String("overview")) {
        // Figures of their own files: one object per repetition, or why none.
        QString error;
        const QList<QJsonObject> runs = command == QLatin1String("index")
                                            ? figureIndex(rows(100000), g_options.repeat, &error)
                                            : figureOverview(rows(100000), g_options.repeat, &error);
        if (!error.isEmpty())
            fail(error);
        for (const QJsonObject &run : runs)
            printJson(run);
    } else if (command == QLatin1String("walkparts"))
        printJson(diagnoseWalk(rows(100000)));
    else
        return false;
    return true;
}

int usage()
{
    std::fprintf(
        stderr,
        "usage: pc_bench "
        "walk|walktls|memory|filter|sort|export|start|gui|paced|index|indexmemory|indexstart|overview\n"
        "                [--rows N] [--repeat R]\n"
        "                [--sandbox PATH] [--console PATH] [--minimal PATH] [--table-window PATH]\n"
        "                [--curl PATH]\n"
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
    const QString here = QCoreApplication::applicationDirPath();
    g_options.sandbox = here + QStringLiteral("/../sandbox/provider-sandbox");
    g_options.console = here + QStringLiteral("/../app/program/provider-console");
    g_options.minimal = here + QStringLiteral("/minimal_window");
    g_options.tableWindow = here + QStringLiteral("/table_window");
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
        else if (argument == QLatin1String("--table-window"))
            g_options.tableWindow = next();
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
    if (g_options.command == QLatin1String("summarize"))
        return summarize();
    try {
        if (!runFigure(g_options.command))
            return usage();
    } catch (const BenchFailure &failure) {
        printJson(
            {{QStringLiteral("figure"), g_options.command}, {QStringLiteral("error"), failure.message}});
        std::fprintf(stderr, "pc_bench %s: %s\n", qPrintable(g_options.command), qPrintable(failure.message));
        return 1;
    }
    return 0;
}
