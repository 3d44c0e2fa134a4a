// Figures 5 and 10: the console's process start to its first paint (the
// offerings from the sandbox; the instances from the local index), each
// over a minimal Qt Widgets window's.

#include "bench/benchsupport.h"
#include "bench/figures.h"
#include "bench/sandboxes.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <utility>

namespace bench {

namespace {

// Starts `program`, waits for it to end; returns {start→exit ns, stdout}.
std::pair<qint64, QByteArray> timeProcess(const QString &program, const QStringList &arguments,
                                          const QProcessEnvironment &environment,
                                          qint64 *startedAtNs = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 t0 = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        fail(QStringLiteral("%1 did not finish: %2").arg(program, process.errorString()));
    const qint64 t1 = monotonicNs();
    if (process.exitCode() != 0)
        fail(QStringLiteral("%1 exited with %2").arg(program).arg(process.exitCode()));
    if (startedAtNs)
        *startedAtNs = t0;
    return {t1 - t0, process.readAllStandardOutput()};
}

// The CLOCK_MONOTONIC time a program printed for its first paint.
qint64 paintedAtOf(const QByteArray &output, qint64 startedAt, const QString &program)
{
    const QJsonObject painted = QJsonDocument::fromJson(output.trimmed()).object();
    const qint64 paintedAt = qint64(painted.value(QStringLiteral("painted_monotonic_ns")).toDouble());
    if (paintedAt <= startedAt)
        fail(QStringLiteral("%1 printed no paint time: %2").arg(program, QString::fromUtf8(output)));
    return paintedAt;
}

// Settings, profiles and the local index of a run of their own (`name`
// under the bench's folder), never the user's; offscreen.
QProcessEnvironment benchEnvironment(const QString &name)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), g_work->filePath(name + QStringLiteral("/config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), g_work->filePath(name + QStringLiteral("/data")));
    return environment;
}

} // namespace

// 5. Process start of the console to its first page of offerings painted,
// beside a minimal Qt Widgets window plus one curl request.
QJsonObject figureStart(int rows)
{
    // The sandbox on a thread of pc_bench (the console is a process of its
    // own either way), so the arrival of the console's requests is seen.
    sandbox::SandboxOptions options;
    options.instanceCount = rows;
    options.burstLimit = false;
    options.hourlyLimit = 0;
    SandboxThread server(options);
    const QUrl base = server.startAndWait();
    if (!base.isValid())
        fail(QStringLiteral("the in-process sandbox could not listen"));
    struct Stop
    {
        SandboxThread *thread;
        ~Stop()
        {
            thread->quit();
            thread->wait();
        }
    } stop{&server};
    const QProcessEnvironment environment = benchEnvironment(QStringLiteral("start"));
    QProcessEnvironment consoleEnvironment = environment;
    consoleEnvironment.insert(QStringLiteral("PROVIDER_CONSOLE_TOKEN"), QString::fromLatin1(kToken));
    // The console prints CLOCK_MONOTONIC once the offerings' first page is
    // painted, and quits (--report-first-paint), as minimal_window does.
    const QStringList consoleArguments{QStringLiteral("--api-url"), base.toString(),
                                       QStringLiteral("--account"), kAccount,
                                       QStringLiteral("--report-first-paint")};
    // The first page of offerings, the area the console shows first.
    QUrl pageUrl = base;
    pageUrl.setPath(base.path() + QStringLiteral("/app_offerings"));
    pageUrl.setQuery(QStringLiteral("per_page=100"));
    QStringList curlArguments{QStringLiteral("--silent"), QStringLiteral("--show-error"),
                              QStringLiteral("--fail"), QStringLiteral("--output"),
                              QStringLiteral("/dev/null")};
    for (const QString &header : curlAuthHeaders())
        curlArguments << QStringLiteral("--header") << header;
    curlArguments << QString::fromLatin1(pageUrl.toEncoded());

    // One untimed round first: binaries and libraries in the page cache.
    timeProcess(g_options.console, consoleArguments, consoleEnvironment);
    timeProcess(g_options.minimal, {}, environment);
    timeProcess(g_options.curl, curlArguments, environment);

    server.clearArrivals();
    qint64 consoleStart = 0;
    const auto [consoleNs, consoleOut] =
        timeProcess(g_options.console, consoleArguments, consoleEnvironment, &consoleStart);
    const qint64 consolePaintedAt = paintedAtOf(consoleOut, consoleStart, QStringLiteral("the console"));
    // The console's first requests: one page of offerings, one of instances.
    const QList<QPair<qint64, QString>> arrivals = server.arrivals();
    if (arrivals.isEmpty())
        fail(QStringLiteral("the console sent no request"));
    const double firstRequestMs = ms(arrivals.first().first - consoleStart);
    qint64 minimalStart = 0;
    const auto [minimalNs, minimalOut] = timeProcess(g_options.minimal, {}, environment, &minimalStart);
    const qint64 minimalPaintedAt = paintedAtOf(minimalOut, minimalStart, QStringLiteral("minimal_window"));
    const qint64 curlNs = timeProcess(g_options.curl, curlArguments, environment).first;

    const double startMs = ms(consolePaintedAt - consoleStart);
    const double minimalPaintMs = ms(minimalPaintedAt - minimalStart);
    const double floorMs = minimalPaintMs + ms(curlNs);
    return {{QStringLiteral("figure"), QStringLiteral("start")},
            {QStringLiteral("console_exit_ms"), round3(ms(consoleNs))},
            {QStringLiteral("console_requests"), int(arrivals.size())},
            {QStringLiteral("console_first_request_ms"), round3(firstRequestMs)},
            {QStringLiteral("start_ms"), round3(startMs)},
            {QStringLiteral("minimal_paint_ms"), round3(minimalPaintMs)},
            {QStringLiteral("minimal_exit_ms"), round3(ms(minimalNs))},
            {QStringLiteral("curl_ms"), round3(ms(curlNs))},
            {QStringLiteral("start_floor_ms"), round3(floorMs)},
            {QStringLiteral("start_ratio"), round3(startMs / floorMs)}};
}

// 5b. Process start of the console to its instances table painted with
// rows from the local index (filled first by `provider-console sync`), over
// a minimal Qt Widgets window's first paint: no network answer is needed.
QJsonObject figureIndexStart(int rows)
{
    sandbox::SandboxOptions options;
    options.instanceCount = rows;
    options.burstLimit = false;
    options.hourlyLimit = 0;
    SandboxThread server(options);
    const QUrl base = server.startAndWait();
    if (!base.isValid())
        fail(QStringLiteral("the in-process sandbox could not listen"));
    struct Stop
    {
        SandboxThread *thread;
        ~Stop()
        {
            thread->quit();
            thread->wait();
        }
    } stop{&server};
    const QProcessEnvironment environment = benchEnvironment(QStringLiteral("index-start"));
    QProcessEnvironment consoleEnvironment = environment;
    consoleEnvironment.insert(QStringLiteral("PROVIDER_CONSOLE_TOKEN"), QString::fromLatin1(kToken));
    const QStringList connection{QStringLiteral("--api-url"), base.toString(), QStringLiteral("--account"),
                                 kAccount};
    timeProcess(g_options.console, QStringList{QStringLiteral("sync")} + connection, consoleEnvironment);
    const QStringList consoleArguments =
        connection + QStringList{QStringLiteral("--view"), QStringLiteral("instances"),
                                 QStringLiteral("--report-first-paint")};
    // One untimed round first: binaries and libraries in the page cache.
    timeProcess(g_options.console, consoleArguments, consoleEnvironment);
    timeProcess(g_options.minimal, {}, environment);

    server.clearArrivals();
    qint64 consoleStart = 0;
    const auto [consoleNs, consoleOut] =
        timeProcess(g_options.console, consoleArguments, consoleEnvironment, &consoleStart);
    const qint64 consolePaintedAt = paintedAtOf(consoleOut, consoleStart, QStringLiteral("the console"));
    int answeredBeforePaint = 0;
    for (const auto &arrival : server.arrivals())
        answeredBeforePaint += arrival.first < consolePaintedAt ? 1 : 0;
    qint64 minimalStart = 0;
    const QByteArray minimalOut = timeProcess(g_options.minimal, {}, environment, &minimalStart).second;
    const double startMs = ms(consolePaintedAt - consoleStart);
    const double floorMs =
        ms(paintedAtOf(minimalOut, minimalStart, QStringLiteral("minimal_window")) - minimalStart);
    return {{QStringLiteral("figure"), QStringLiteral("indexstart")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("index_start_ms"), round3(startMs)},
            {QStringLiteral("index_start_floor_ms"), round3(floorMs)},
            {QStringLiteral("index_start_requests_before_paint"), answeredBeforePaint},
            {QStringLiteral("index_first_paint_ratio"), round3(startMs / floorMs)}};
}

} // namespace bench
