// Figures 5 and 10: the console's process start to its first paint (the
// offerings from the sandbox; the instances from the local index), each
// over a minimal Qt Widgets window's.

#include "app/models/instancesmodel.h"
#include "app/net/apiclient.h"
#include "bench/benchsupport.h"
#include "bench/figures.h"
#include "bench/sandboxes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <utility>

namespace bench {

namespace {

// A program started, waited for, and the first paint it printed.
struct FirstPaint
{
    qint64 startedAt = 0; // CLOCK_MONOTONIC ns, just before exec
    qint64 paintedAt = 0; // as the program printed it
    qint64 exitNs = 0;    // start to exit

    double paintMs() const { return ms(paintedAt - startedAt); }
};

// `program` prints the CLOCK_MONOTONIC time its first paint ended ({"painted_monotonic_ns": …})
// and quits; `name` says which in an error.
FirstPaint timeFirstPaint(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment, const QString &name)
{
    FirstPaint run;
    const auto [exitNs, output] = timeProcess(program, arguments, environment, &run.startedAt);
    run.exitNs = exitNs;
    const QJsonObject painted = QJsonDocument::fromJson(output.trimmed()).object();
    run.paintedAt = qint64(painted.value(QStringLiteral("painted_monotonic_ns")).toDouble());
    if (run.paintedAt <= run.startedAt)
        fail(QStringLiteral("%1 printed no paint time: %2").arg(name, QString::fromUtf8(output)));
    return run;
}

// What figures 5 and 10 set up alike: the sandbox library on a thread of
// pc_bench (the console is a process of its own either way), so the arrival
// of the console's requests is seen, stopped when this goes; settings of a
// run of their own (`name`), and the token in the console's.
class StartRig
{
public:
    StartRig(int rows, const QString &name)
        : m_server(sandboxOptions(rows))
        , m_name(name)
        , m_environment(benchEnvironment(name))
        , m_consoleEnvironment(m_environment)
    {
        m_baseUrl = m_server.startAndWait();
        if (!m_baseUrl.isValid()) {
            m_server.wait(); // it ends by itself when it could not listen
            fail(QStringLiteral("the in-process sandbox could not listen"));
        }
        m_consoleEnvironment.insert(QStringLiteral("PROVIDER_CONSOLE_TOKEN"), QString::fromLatin1(kToken));
    }
    ~StartRig()
    {
        m_server.quit();
        m_server.wait();
    }

    QUrl baseUrl() const { return m_baseUrl; }
    SandboxThread &server() { return m_server; }
    // minimal_window's and curl's; the console's also holds the token.
    const QProcessEnvironment &environment() const { return m_environment; }
    // The local copies the console has made so far, gone: its next start is
    // the first of this connection.
    void removeLocalData() { QDir(g_work->filePath(m_name + QStringLiteral("/data"))).removeRecursively(); }
    // The console's options that point it at the sandbox.
    QStringList connection() const
    {
        return {QStringLiteral("--api-url"), m_baseUrl.toString(), QStringLiteral("--account"), kAccount};
    }

    // The console with `arguments`, to its end, untimed.
    void runConsole(const QStringList &arguments)
    {
        timeProcess(g_options.console, arguments, m_consoleEnvironment);
    }
    // One untimed round first: binaries and libraries in the page cache.
    void warmUp(const QStringList &consoleArguments)
    {
        runConsole(consoleArguments);
        timeProcess(g_options.minimal, {}, m_environment);
    }
    // The console from its start to its first paint; the sandbox's record
    // of arrivals holds the requests of this run only.
    FirstPaint timeConsole(const QStringList &arguments)
    {
        m_server.clearArrivals();
        return timeFirstPaint(g_options.console, arguments, m_consoleEnvironment,
                              QStringLiteral("the console"));
    }
    FirstPaint timeMinimalWindow()
    {
        return timeFirstPaint(g_options.minimal, {}, m_environment, QStringLiteral("minimal_window"));
    }
    // Warmed up once, as the others are.
    FirstPaint timeTableWindow(const QString &cells)
    {
        timeProcess(g_options.tableWindow, {cells}, m_environment);
        return timeFirstPaint(g_options.tableWindow, {cells}, m_environment, QStringLiteral("table_window"));
    }
    // The stock table from one request of the first page of offerings (the token as the console has it).
    FirstPaint timeTableWindowFirstPage()
    {
        const QStringList arguments{QStringLiteral("--first-page"), m_baseUrl.toString(), kAccount};
        timeProcess(g_options.tableWindow, arguments, m_consoleEnvironment);
        return timeFirstPaint(g_options.tableWindow, arguments, m_consoleEnvironment,
                              QStringLiteral("table_window --first-page"));
    }

private:
    static sandbox::SandboxOptions sandboxOptions(int rows)
    {
        sandbox::SandboxOptions options;
        options.instanceCount = rows;
        options.burstLimit = false;
        options.hourlyLimit = 0;
        return options;
    }

    SandboxThread m_server;
    QString m_name;
    QUrl m_baseUrl;
    QProcessEnvironment m_environment;
    QProcessEnvironment m_consoleEnvironment;
};

// The first screen of instances as the console's model words it: its first
// rows, in the columns and widths the instances area shows at a first start
// (mainwindowareas.cpp, recordtablewiring.cpp), for table_window.
QString writeFirstScreen(const QUrl &baseUrl)
{
    constexpr int kScreenRows = 40; // more than a 720-pixel window shows
    pc::ApiClient client(connectionTo(baseUrl, false));
    pc::InstancesModel model(&client);
    model.fetchMore({});
    if (!waitUntil([&model] { return model.rowCount() >= kScreenRows || !model.isLoading(); }, 30000) ||
        model.rowCount() < kScreenRows)
        fail(QStringLiteral("the first page of instances did not come for table_window"));
    const QList<std::pair<int, int>> columns{{pc::InstancesModel::Id, 80},
                                             {pc::InstancesModel::CustomerAccount, 240},
                                             {pc::InstancesModel::AppOfferingColumn, 240},
                                             {pc::InstancesModel::State, 240},
                                             {pc::InstancesModel::SuspensionComment, 160},
                                             {pc::InstancesModel::UpdatedAt, 160},
                                             {pc::InstancesModel::CreatedAt, 160}};
    QJsonArray headers;
    QJsonArray widths;
    for (const auto &[column, width] : columns) {
        headers.append(model.headerData(column, Qt::Horizontal).toString());
        widths.append(width);
    }
    QJsonArray rows;
    for (int row = 0; row < kScreenRows; ++row) {
        QJsonArray cells;
        for (const auto &[column, width] : columns)
            cells.append(model.data(model.index(row, column)).toString());
        rows.append(cells);
    }
    const QString path = g_work->filePath(QStringLiteral("first-screen.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("headers"), headers},
                                             {QStringLiteral("widths"), widths},
                                             {QStringLiteral("rows"), rows}})
                       .toJson()) < 0)
        fail(QStringLiteral("cannot write %1").arg(path));
    return path;
}

} // namespace

// 5. Process start of the console to its first page of offerings painted,
// beside a minimal Qt Widgets window plus one curl request.
QJsonObject figureStart(int rows)
{
    StartRig rig(rows, QStringLiteral("start"));
    // The console prints CLOCK_MONOTONIC once the offerings' first page is
    // painted, and quits (--report-first-paint), as minimal_window does.
    const QStringList consoleArguments =
        rig.connection() + QStringList{QStringLiteral("--report-first-paint")};
    // The first page of offerings, the area the console shows first.
    QUrl pageUrl = rig.baseUrl();
    pageUrl.setPath(pageUrl.path() + QStringLiteral("/app_offerings"));
    pageUrl.setQuery(QStringLiteral("per_page=100"));
    QStringList curlArguments{QStringLiteral("--silent"), QStringLiteral("--show-error"),
                              QStringLiteral("--fail"), QStringLiteral("--output"),
                              QStringLiteral("/dev/null")};
    for (const QString &header : curlAuthHeaders())
        curlArguments << QStringLiteral("--header") << header;
    curlArguments << QString::fromLatin1(pageUrl.toEncoded());

    rig.warmUp(consoleArguments);
    timeProcess(g_options.curl, curlArguments, rig.environment());

    // A connection without a local copy: the warm-up's file goes, so the
    // console starts as on its first start of this connection (with the
    // empty file left, it would first wait for it to open to learn that it
    // holds nothing: start_empty_file_ms).
    rig.removeLocalData();
    const FirstPaint console = rig.timeConsole(consoleArguments);
    // The console's first requests: one page of offerings, one of instances.
    const QList<QPair<qint64, QString>> arrivals = rig.server().arrivals();
    if (arrivals.isEmpty())
        fail(QStringLiteral("the console sent no request"));
    const double firstRequestMs = ms(arrivals.first().first - console.startedAt);
    // The same start again, over the empty file the last one left.
    const FirstPaint overEmptyFile = rig.timeConsole(consoleArguments);
    const FirstPaint minimal = rig.timeMinimalWindow();
    const qint64 curlNs = timeProcess(g_options.curl, curlArguments, rig.environment()).first;
    // Not the floor: what Qt's own table takes from one request to its rows painted.
    const FirstPaint stockTable = rig.timeTableWindowFirstPage();

    const double startMs = console.paintMs();
    const double minimalPaintMs = minimal.paintMs();
    const double floorMs = minimalPaintMs + ms(curlNs);
    return {{QStringLiteral("figure"), QStringLiteral("start")},
            {QStringLiteral("console_exit_ms"), round3(ms(console.exitNs))},
            {QStringLiteral("console_requests"), int(arrivals.size())},
            {QStringLiteral("console_first_request_ms"), round3(firstRequestMs)},
            {QStringLiteral("start_ms"), round3(startMs)},
            {QStringLiteral("start_empty_file_ms"), round3(overEmptyFile.paintMs())},
            {QStringLiteral("minimal_paint_ms"), round3(minimalPaintMs)},
            {QStringLiteral("minimal_exit_ms"), round3(ms(minimal.exitNs))},
            {QStringLiteral("curl_ms"), round3(ms(curlNs))},
            {QStringLiteral("start_floor_ms"), round3(floorMs)},
            {QStringLiteral("start_ratio"), round3(startMs / floorMs)},
            {QStringLiteral("table_window_first_page_ms"), round3(stockTable.paintMs())},
            {QStringLiteral("table_window_start_ratio"), round3(stockTable.paintMs() / floorMs)},
            {QStringLiteral("start_over_table_window"), round3(startMs / stockTable.paintMs())}};
}

// 5b. Process start of the console to its instances table painted with
// rows from the local index (filled first by `provider-console sync`), over
// a minimal Qt Widgets window's first paint: no network answer is needed.
QJsonObject figureIndexStart(int rows)
{
    StartRig rig(rows, QStringLiteral("index-start"));
    rig.runConsole(QStringList{QStringLiteral("sync")} + rig.connection());
    const QStringList consoleArguments =
        rig.connection() + QStringList{QStringLiteral("--view"), QStringLiteral("instances"),
                                       QStringLiteral("--report-first-paint")};
    rig.warmUp(consoleArguments);

    const FirstPaint console = rig.timeConsole(consoleArguments);
    int answeredBeforePaint = 0;
    for (const auto &arrival : rig.server().arrivals())
        answeredBeforePaint += arrival.first < console.paintedAt ? 1 : 0;
    const double startMs = console.paintMs();
    const double floorMs = rig.timeMinimalWindow().paintMs();
    // Not the floor: what Qt's own table takes to paint the same screen.
    const QString firstScreen = writeFirstScreen(rig.baseUrl());
    const FirstPaint stockTable = rig.timeTableWindow(firstScreen);
    return {{QStringLiteral("figure"), QStringLiteral("indexstart")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("index_start_ms"), round3(startMs)},
            {QStringLiteral("index_start_floor_ms"), round3(floorMs)},
            {QStringLiteral("index_start_requests_before_paint"), answeredBeforePaint},
            {QStringLiteral("index_first_paint_ratio"), round3(startMs / floorMs)},
            {QStringLiteral("table_window_paint_ms"), round3(stockTable.paintMs())},
            {QStringLiteral("table_window_paint_ratio"), round3(stockTable.paintMs() / floorMs)},
            {QStringLiteral("index_start_over_table_window"), round3(startMs / stockTable.paintMs())}};
}

} // namespace bench
