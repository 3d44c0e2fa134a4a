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
//   pc_bench walktls --tls-cert C --tls-key K [--nginx PATH] [--rows N]
//                                           figure 1b: figure 1 over TLS (and HTTP/2 through nginx)
//   pc_bench overview [--rows N] [--repeat R] figure 9: the overview, counted and drawn
//   pc_bench walkparts [--rows N]           diagnostic: figure 1's time per page, step by step
//   pc_bench summarize [--json FILE] [--label TEXT] < runs.jsonl
//
// The sandbox is the stand-alone provider-sandbox process (its own event
// loop, its own memory) for figures 1 to 4 and 6. Figures 5 and 7 run the
// sandbox library in this process on a thread of its own: only the library
// tells how many 429s it answered (rateLimitedCount(); the CLI does not print
// it) and when the console's requests arrived.

#include "app/models/instancesmodel.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/net/apiclient.h"
#include "bench/indexbench.h"
#include "bench/overviewbench.h"
#include "sandbox/sandboxserver.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <sys/prctl.h>

namespace {

// ------------------------------------------------------------------ options

struct Options
{
    QString command;
    int rows = -1; // -1: the figure's default
    int repeat = 1;
    QString sandbox; // provider-sandbox
    QString console; // provider-console
    QString minimal; // minimal_window
    QString curl = QStringLiteral("curl");
    QString tlsCert;  // walktls: the sandbox's certificate (PEM), trusted by the client and curl
    QString tlsKey;   // walktls: its private key
    QString nginx;    // walktls: an nginx to put in front of the sandbox for HTTP/2 ("": none)
    QString json;     // summarize: where to write the JSON object
    QString label;    // summarize: a line describing the run (quick or full)
};

Options g_options;
QString g_figure; // for error lines
QTemporaryDir *g_work = nullptr;

const QByteArray kToken = "sandbox-token";
const QString kAccount = QStringLiteral("wdc");

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A run that cannot measure what it should: thrown, so that the stack unwinds
// (child processes are ended) and main() prints the error line.
struct BenchFailure
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw BenchFailure{message};
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// A field of /proc/self/status in bytes ("VmRSS", "VmHWM").
qint64 procStatusBytes(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return parts.value(0).toLongLong() * 1024; // "kB"
        }
    }
    return -1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    // Nearest rank.
    const qsizetype rank =
        std::clamp<qsizetype>(qsizetype(std::ceil(p * double(values.size()))), 1, values.size());
    return values.at(rank - 1);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double round3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

// Runs the event loop (a real one: it sleeps while nothing happens) until
// `done` is true, checked every 10 ms, or `timeoutMs` passed.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    bool timedOut = false;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    check.start();
    deadline.start(timeoutMs);
    loop.exec();
    return !timedOut;
}

// Runs the event loop for `milliseconds` (lets queued work and paints happen).
void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// ------------------------------------------------------------------ sandbox

// A child process asked to end, then made to.
void endChild(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

// provider-sandbox as a child process on 127.0.0.1, a free port.
class SandboxProcess
{
public:
    explicit SandboxProcess(int instances, const QStringList &extra = {})
    {
        m_process.setProgram(g_options.sandbox);
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--instances"), QString::number(instances),
                                           QStringLiteral("--no-burst-limit"),
                                           QStringLiteral("--hourly-limit"), QStringLiteral("0")} +
                               extra);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The sandbox goes when pc_bench goes, however it ends.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start();
        if (!m_process.waitForStarted(10000))
            fail(QStringLiteral("cannot start %1: %2").arg(g_options.sandbox, m_process.errorString()));
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        // The first URL of its startup line ("listening on URL …", translated or not).
        static const QRegularExpression listening(QStringLiteral("(https?://\\S+)"));
        while (timer.elapsed() < 120000) {
            if (!m_process.waitForReadyRead(1000)) {
                if (m_process.state() != QProcess::Running)
                    fail(QStringLiteral("provider-sandbox exited: %1").arg(QString::fromUtf8(output)));
                continue;
            }
            output += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_baseUrl = QUrl(match.captured(1));
                return;
            }
        }
        fail(QStringLiteral("provider-sandbox did not say where it listens"));
    }

    ~SandboxProcess() { endChild(m_process); }

    QUrl baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

// The sandbox library on a thread of its own (figure 7).
class SandboxThread : public QThread
{
public:
    explicit SandboxThread(const sandbox::SandboxOptions &options)
        : m_options(options)
    {}

    QUrl startAndWait()
    {
        start();
        m_ready.acquire();
        return m_baseUrl;
    }
    int rateLimited() const { return m_rateLimited.load(); }
    int requests() const { return m_requests.load(); }
    // When each request arrived (CLOCK_MONOTONIC ns) and its path.
    QList<QPair<qint64, QString>> arrivals() const
    {
        QMutexLocker locker(&m_mutex);
        return m_arrivals;
    }
    void clearArrivals()
    {
        QMutexLocker locker(&m_mutex);
        m_arrivals.clear();
    }

protected:
    void run() override
    {
        {
            sandbox::SandboxServer server(m_options);
            QObject::connect(
                &server, &sandbox::SandboxServer::requestReceived, &server,
                [this](const QByteArray &, const QString &path) {
                    const qint64 now = monotonicNs();
                    QMutexLocker locker(&m_mutex);
                    m_arrivals.append({now, path});
                },
                Qt::DirectConnection);
            if (server.listen(QHostAddress::LocalHost, 0) != 0)
                m_baseUrl = server.baseUrl();
            m_ready.release();
            if (m_baseUrl.isValid())
                exec();
            m_rateLimited = server.rateLimitedCount();
            m_requests = server.requestCount();
        }
    }

private:
    sandbox::SandboxOptions m_options;
    QSemaphore m_ready;
    QUrl m_baseUrl;
    std::atomic<int> m_rateLimited{0};
    std::atomic<int> m_requests{0};
    mutable QMutex m_mutex;
    QList<QPair<qint64, QString>> m_arrivals;
};

pc::ConnectionSettings connectionTo(const QUrl &baseUrl, bool paceBurst)
{
    pc::ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.account = kAccount;
    settings.token = kToken;
    settings.paceBurst = paceBurst;
    return settings;
}

// ------------------------------------------------------------------ walking

// Every answer the client's network layer received (a parallel walk too).
struct Traffic
{
    int pages = 0; // 200 answers
    int status429 = 0;
    int otherStatus = 0;
    qint64 bodyBytes = 0; // content-length of the 200 answers
    int http2 = 0;        // answers that came over HTTP/2 (Http2WasUsedAttribute)
    QStringList urls;     // of the 200 answers, in the order they arrived
};

void watchTraffic(pc::ApiClient *client, QObject *context, Traffic *traffic)
{
    QObject::connect(client->network(), &QNetworkAccessManager::finished, context, [traffic](QNetworkReply *reply) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        traffic->http2 += reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        if (status == 200) {
            ++traffic->pages;
            traffic->bodyBytes += reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            traffic->urls.append(QString::fromLatin1(reply->url().toEncoded()));
        } else if (status == 429) {
            ++traffic->status429;
        } else {
            ++traffic->otherStatus;
        }
    });
}

struct WalkOutcome
{
    double seconds = 0;
    bool complete = false;
    QString error;
    int rows = 0;
    int uniqueIds = 0;
};

// `trigger` starts Load all (model->loadAll() or the window's action);
// returns when loadAllFinished arrives.
WalkOutcome runLoadAll(pc::InstancesModel *model, const std::function<void()> &trigger,
                       int timeoutMs = 1800000)
{
    WalkOutcome outcome;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(model, &pc::PagedTableModel::loadAllFinished, &loop, [&](bool complete) {
        outcome.complete = complete;
        finished = true;
        loop.quit();
    });
    QObject::connect(model, &pc::PagedTableModel::errorOccurred, &loop,
                     [&](const pc::ApiError &error) { outcome.error = error.message; });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    trigger();
    if (!finished) {
        deadline.start(timeoutMs);
        loop.exec();
    }
    if (!finished)
        fail(QStringLiteral("Load all did not finish within %1 s (%2 rows)")
                 .arg(timeoutMs / 1000)
                 .arg(model->rowCount()));
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    outcome.rows = model->rowCount();
    return outcome;
}

// No record lost or doubled: counted after the timing (and after figure 6's
// probe), never inside it.
int countUniqueIds(const pc::InstancesModel *model)
{
    QSet<qint64> ids;
    ids.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->instance(row).id);
    return int(ids.size());
}

void requireComplete(const pc::InstancesModel *model, WalkOutcome walk, int expectedRows)
{
    walk.uniqueIds = countUniqueIds(model);
    if (!walk.complete || walk.rows != expectedRows || walk.uniqueIds != expectedRows)
        fail(QStringLiteral("incomplete walk: complete=%1 rows=%2 unique ids=%3 expected=%4 error=%5")
                 .arg(walk.complete)
                 .arg(walk.rows)
                 .arg(walk.uniqueIds)
                 .arg(expectedRows)
                 .arg(walk.error));
}

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

// ------------------------------------------------------------------ curl

struct CurlOutcome
{
    double seconds = 0;        // the walk, from the end of the first (untimed) transfer
    double startupSeconds = 0; // process start, connect and the first transfer
    int transfers = 0;         // timed ones
    int ok = 0;
    qint64 bytes = 0;
    int connects = 0; // connections opened, the untimed transfer's included
};

QStringList curlAuthHeaders()
{
    return {QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(kToken),
            QStringLiteral("X-Xurrent-Account: ") + kAccount};
}

// One curl process fetching `urls` one after another over one kept-alive
// connection (the URLs of one command line share curl's connection cache).
// The URLs are the pages the client's warm-up walk was sent to by `link`
// next; see bench/README.md for why they are given up front. curl first
// fetches the first page once more, untimed: the clock starts when that
// transfer's line arrives (--write-out goes to stderr, unbuffered), so
// curl's own start-up (about 0.1 s here: it loads OpenSSL, LDAP, …) and the
// connect are not counted, only the walk.
// `options`: more lines of curl's config (the CA to trust, the HTTP version).
CurlOutcome curlFetch(const QStringList &urls, const QStringList &options = {})
{
    const QString configPath = g_work->filePath(QStringLiteral("curl-walk.conf"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1").arg(configPath));
    QTextStream out(&config);
    out << "silent\nshow-error\n";
    for (const QString &option : options)
        out << option << "\n";
    for (const QString &header : curlAuthHeaders())
        out << "header = \"" << header << "\"\n";
    // To stderr, which curl does not buffer: a line as each transfer ends.
    out << "write-out = \"%{stderr}%{http_code} %{size_download} %{num_connects}\\n\"\n";
    out << "url = \"" << urls.value(0) << "\"\noutput = \"/dev/null\"\n"; // the untimed first transfer
    for (const QString &url : urls)
        out << "url = \"" << url << "\"\noutput = \"/dev/null\"\n";
    out.flush();
    config.close();

    QProcess curl;
    curl.setProcessChannelMode(QProcess::SeparateChannels);
    curl.setStandardOutputFile(QProcess::nullDevice());
    QByteArray output;
    qint64 firstLineAt = -1;
    qint64 firstLineBytes = 0;
    QEventLoop loop;
    QObject::connect(&curl, &QProcess::readyReadStandardError, &loop, [&] {
        output += curl.readAllStandardError();
        if (firstLineAt < 0 && output.contains('\n')) {
            firstLineAt = monotonicNs();
            firstLineBytes = output.size();
        }
    });
    QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&curl, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    const qint64 startedAt = monotonicNs();
    curl.start(g_options.curl, {QStringLiteral("--config"), configPath});
    loop.exec();
    const qint64 endedAt = monotonicNs();
    if (curl.state() != QProcess::NotRunning || curl.exitStatus() != QProcess::NormalExit ||
        curl.exitCode() != 0)
        fail(QStringLiteral("curl failed (exit %1): %2").arg(curl.exitCode()).arg(curl.errorString()));
    output += curl.readAllStandardError();
    CurlOutcome outcome;
    QList<QByteArray> lines = output.split('\n');
    if (!lines.isEmpty()) {
        const QList<QByteArray> first = lines.takeFirst().simplified().split(' '); // the untimed transfer
        outcome.connects += first.value(2).toInt();
    }
    // Its line must have come alone, well before the end.
    if (firstLineAt < 0 || firstLineBytes != output.indexOf('\n') + 1)
        fail(QStringLiteral("curl did not report its first transfer on its own: %1")
                 .arg(QString::fromUtf8(output.left(300))));
    outcome.seconds = double(endedAt - firstLineAt) / 1e9;
    outcome.startupSeconds = double(firstLineAt - startedAt) / 1e9;
    for (const QByteArray &line : std::as_const(lines)) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() != 3)
            continue;
        ++outcome.transfers;
        if (parts.at(0) == "200")
            ++outcome.ok;
        outcome.bytes += parts.at(1).toLongLong();
        outcome.connects += parts.at(2).toInt();
    }
    return outcome;
}

// ------------------------------------------------------------------ figures

// Load all through the real client and model on `base`, beside curl
// fetching the same pages (figures 1 and 1b).
struct WalkBesideCurl
{
    WalkOutcome walk;
    CurlOutcome curl;
    Traffic traffic;
    qint64 clientBytes = 0;
};

WalkBesideCurl walkBesideCurl(const QUrl &base, int rows, const std::optional<QSslConfiguration> &ssl = {},
                              const QStringList &curlOptions = {})
{
    pc::ConnectionSettings settings = connectionTo(base, false);
    settings.sslConfiguration = ssl;
    WalkBesideCurl result;
    // A warm-up walk, untimed: warms the sandbox and tells which pages the
    // cursor walk visits (the URLs curl then fetches).
    QStringList urls;
    {
        pc::ApiClient client(settings);
        pc::InstancesModel model(&client);
        Traffic traffic;
        QObject context;
        watchTraffic(&client, &context, &traffic);
        const WalkOutcome warmup = runLoadAll(&model, [&model] { model.loadAll(); });
        requireComplete(&model, warmup, rows);
        urls = traffic.urls;
        result.clientBytes = traffic.bodyBytes;
    }

    result.curl = curlFetch(urls, curlOptions);
    if (result.curl.ok != urls.size())
        fail(QStringLiteral("curl fetched %1 of %2 pages with 200").arg(result.curl.ok).arg(urls.size()));

    // The timed walk: a new client and model, as a fresh Load all.
    pc::ApiClient client(settings);
    pc::InstancesModel model(&client);
    QObject context;
    watchTraffic(&client, &context, &result.traffic);
    result.walk = runLoadAll(&model, [&model] { model.loadAll(); });
    requireComplete(&model, result.walk, rows);
    return result;
}

// 1. Load all through the real client and model, beside curl.
QJsonObject figureWalk(int rows)
{
    SandboxProcess sandbox(rows);
    const WalkBesideCurl run = walkBesideCurl(sandbox.baseUrl(), rows);
    return {{QStringLiteral("figure"), QStringLiteral("walk")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("pages"), run.traffic.pages},
            {QStringLiteral("walk_s"), round3(run.walk.seconds)},
            {QStringLiteral("curl_walk_s"), round3(run.curl.seconds)},
            {QStringLiteral("walk_ratio"), round3(run.walk.seconds / run.curl.seconds)},
            {QStringLiteral("client_bytes"), double(run.clientBytes)},
            {QStringLiteral("curl_bytes"), double(run.curl.bytes)},
            {QStringLiteral("curl_pages"), run.curl.transfers},
            {QStringLiteral("curl_connections"), run.curl.connects},
            {QStringLiteral("curl_startup_s"), round3(run.curl.startupSeconds)},
            {QStringLiteral("client_429s"), run.traffic.status429}};
}

// nginx in front of a TLS sandbox, speaking TLS and HTTP/2 to its clients
// (Qt HttpServer 6.4, and so the sandbox, answers HTTP/1.1 only): the one
// way to see what HTTP/2 changes for the client. In the benchmark only.
class NginxProcess
{
public:
    NginxProcess(const QUrl &sandbox, const QString &certificate, const QString &key)
    {
        const QString dir = g_work->filePath(QStringLiteral("nginx"));
        QDir().mkpath(dir);
        m_port = freePort();
        const QString config = dir + QStringLiteral("/nginx.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write %1").arg(config));
        QTextStream(&file) << QStringLiteral(
            "daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/nginx.pid;\n"
            "error_log %1/error.log warn;\nevents { worker_connections 256; }\n"
            "http {\n access_log off;\n client_body_temp_path %1/body;\n proxy_temp_path %1/proxy;\n"
            " fastcgi_temp_path %1/fastcgi;\n uwsgi_temp_path %1/uwsgi;\n scgi_temp_path %1/scgi;\n"
            " upstream sandbox { server 127.0.0.1:%2; keepalive 16; }\n"
            " server {\n  listen 127.0.0.1:%3 ssl http2;\n  ssl_certificate %4;\n  ssl_certificate_key %5;\n"
            "  location / {\n   proxy_pass https://sandbox;\n   proxy_http_version 1.1;\n"
            "   proxy_set_header Connection \"\";\n   proxy_set_header Host $http_host;\n"
            "   proxy_ssl_verify off;\n   proxy_ssl_session_reuse on;\n  }\n }\n}\n")
                                    .arg(dir)
                                    .arg(sandbox.port())
                                    .arg(m_port)
                                    .arg(certificate, key);
        file.close();
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start(g_options.nginx, {QStringLiteral("-p"), dir, QStringLiteral("-e"),
                                          dir + QStringLiteral("/error.log"), QStringLiteral("-c"), config});
        if (!m_process.waitForStarted(10000))
            fail(QStringLiteral("cannot start %1: %2").arg(g_options.nginx, m_process.errorString()));
        // Listening once a connection is taken.
        if (!waitUntil([this] { return m_process.state() != QProcess::Running || accepts(); }, 10000) ||
            m_process.state() != QProcess::Running)
            fail(QStringLiteral("nginx did not start: see %1/error.log").arg(dir));
        m_baseUrl = sandbox;
        m_baseUrl.setPort(m_port);
    }
    ~NginxProcess() { endChild(m_process); }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            fail(QStringLiteral("no free port for nginx"));
        return probe.serverPort();
    }
    bool accepts() const
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        return socket.waitForConnected(200);
    }

    QProcess m_process;
    quint16 m_port = 0;
    QUrl m_baseUrl;
};

// 1b. Figure 1 on production's transport: the sandbox over TLS with the
// generated certificate (trusted by the client as a profile's CA bundle
// would be, and by curl with --cacert), HTTP/1.1 on one kept-alive
// connection for curl. With --nginx, the same again through nginx, where
// the client and curl may agree on HTTP/2.
QJsonObject figureWalkTls(int rows)
{
    if (g_options.tlsCert.isEmpty() || g_options.tlsKey.isEmpty())
        fail(QStringLiteral("walktls needs --tls-cert and --tls-key"));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(g_options.tlsCert);
    if (certificates.isEmpty())
        fail(QStringLiteral("cannot read the certificate %1").arg(g_options.tlsCert));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(certificates);
    SandboxProcess sandbox(rows, {QStringLiteral("--tls-cert"), g_options.tlsCert, QStringLiteral("--tls-key"),
                                  g_options.tlsKey});
    if (sandbox.baseUrl().scheme() != QLatin1String("https"))
        fail(QStringLiteral("the sandbox did not listen over TLS: %1").arg(sandbox.baseUrl().toString()));
    const QString trust = QStringLiteral("cacert = \"%1\"").arg(g_options.tlsCert);
    const WalkBesideCurl tls = walkBesideCurl(sandbox.baseUrl(), rows, ssl, {trust, QStringLiteral("http1.1")});
    QJsonObject result{{QStringLiteral("figure"), QStringLiteral("walktls")},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("pages"), tls.traffic.pages},
                       {QStringLiteral("walk_tls_s"), round3(tls.walk.seconds)},
                       {QStringLiteral("curl_tls_walk_s"), round3(tls.curl.seconds)},
                       {QStringLiteral("walk_tls_ratio"), round3(tls.walk.seconds / tls.curl.seconds)},
                       {QStringLiteral("http2_used"), tls.traffic.http2 > 0},
                       {QStringLiteral("curl_tls_connections"), tls.curl.connects}};
    if (g_options.nginx.isEmpty())
        return result;
    NginxProcess nginx(sandbox.baseUrl(), g_options.tlsCert, g_options.tlsKey);
    const WalkBesideCurl h2 = walkBesideCurl(nginx.baseUrl(), rows, ssl, {trust, QStringLiteral("http2")});
    result.insert(QStringLiteral("walk_h2_s"), round3(h2.walk.seconds));
    result.insert(QStringLiteral("curl_h2_walk_s"), round3(h2.curl.seconds));
    result.insert(QStringLiteral("walk_h2_ratio"), round3(h2.walk.seconds / h2.curl.seconds));
    result.insert(QStringLiteral("h2_http2_used"), h2.traffic.http2 > 0);
    result.insert(QStringLiteral("h2_answers_over_http2"), h2.traffic.http2);
    result.insert(QStringLiteral("h2_answers"), h2.traffic.pages + h2.traffic.otherStatus + h2.traffic.status429);
    return result;
}

// Diagnostic (not a figure): where the time of figure 1's walk goes. The
// same pages as the walk, fetched sequentially by a bare QNetworkAccessManager
// (Qt's HTTP alone), then the bodies parsed, decoded and inserted into a
// model offline, each step timed on its own.
class FeedableInstancesModel : public pc::InstancesModel
{
public:
    using pc::InstancesModel::InstancesModel;
    void feed(const QJsonArray &records) { appendRecords(records); }
};

QJsonObject diagnoseWalk(int rows)
{
    SandboxProcess sandbox(rows);
    const QUrl base = sandbox.baseUrl();
    QStringList urls;
    WalkOutcome walk;
    {
        pc::ApiClient client(connectionTo(base, false));
        pc::InstancesModel model(&client);
        Traffic traffic;
        QObject context;
        watchTraffic(&client, &context, &traffic);
        requireComplete(&model, runLoadAll(&model, [&model] { model.loadAll(); }), rows); // warm-up
        urls = traffic.urls;
    }
    {
        pc::ApiClient client(connectionTo(base, false));
        pc::InstancesModel model(&client);
        walk = runLoadAll(&model, [&model] { model.loadAll(); });
        requireComplete(&model, walk, rows);
    }
    const CurlOutcome curl = curlFetch(urls);

    // Qt's HTTP alone: the same URLs one after another, bodies read whole.
    QList<QByteArray> bodies;
    bodies.reserve(urls.size());
    QNetworkAccessManager network;
    qint64 qnamNs = 0;
    {
        QEventLoop loop;
        qsizetype next = 0;
        std::function<void()> getNext = [&] {
            if (next == urls.size()) {
                loop.quit();
                return;
            }
            QNetworkRequest request(QUrl::fromEncoded(urls.at(next++).toLatin1()));
            request.setRawHeader("Authorization", "Bearer " + kToken);
            request.setRawHeader("X-Xurrent-Account", kAccount.toLatin1());
            QNetworkReply *reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                bodies.append(reply->readAll());
                reply->deleteLater();
                getNext();
            });
        };
        const qint64 t0 = monotonicNs();
        getNext();
        loop.exec();
        qnamNs = monotonicNs() - t0;
    }

    // Offline: JSON parse, decode, model insert.
    QList<QJsonArray> pages;
    pages.reserve(bodies.size());
    qint64 t0 = monotonicNs();
    for (const QByteArray &body : std::as_const(bodies))
        pages.append(QJsonDocument::fromJson(body).array());
    const qint64 parseNs = monotonicNs() - t0;
    t0 = monotonicNs();
    qint64 decoded = 0;
    for (const QJsonArray &page : std::as_const(pages)) {
        for (const QJsonValue &value : page)
            decoded += pc::decodeInstance(value.toObject()).id != 0;
    }
    const qint64 decodeNs = monotonicNs() - t0;
    pc::ApiClient idle(connectionTo(base, false));
    FeedableInstancesModel model(&idle);
    // Also the slowest pages (the model's row list growing, say).
    QList<QPair<double, int>> feedTimes; // ms, rows before the page
    t0 = monotonicNs();
    for (const QJsonArray &page : std::as_const(pages)) {
        const qint64 pageStart = monotonicNs();
        const int before = model.rowCount();
        model.feed(page); // decode and insert, as a page's arrival does
        feedTimes.append({ms(monotonicNs() - pageStart), before});
    }
    const qint64 feedNs = monotonicNs() - t0;
    std::sort(feedTimes.begin(), feedTimes.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QJsonArray slowest;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, feedTimes.size()); ++i)
        slowest.append(QJsonArray{round3(feedTimes.at(i).first), feedTimes.at(i).second});

    const double pagesCount = double(urls.size());
    auto perPage = [pagesCount](double seconds) { return round3(seconds * 1000.0 / pagesCount); };
    const double qnamS = double(qnamNs) / 1e9;
    return {
        {QStringLiteral("figure"), QStringLiteral("walkparts")},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("pages"), int(urls.size())},
        {QStringLiteral("decoded"), double(decoded)},
        {QStringLiteral("walk_ms_per_page"), perPage(walk.seconds)},
        {QStringLiteral("curl_ms_per_page"), perPage(curl.seconds)},
        {QStringLiteral("qnam_ms_per_page"), perPage(qnamS)},
        {QStringLiteral("parse_ms_per_page"), perPage(double(parseNs) / 1e9)},
        {QStringLiteral("decode_ms_per_page"), perPage(double(decodeNs) / 1e9)},
        {QStringLiteral("decode_insert_ms_per_page"), perPage(double(feedNs) / 1e9)},
        {QStringLiteral("slowest_inserts_ms_rows"), slowest},
        {QStringLiteral("sizeof_row"), int(sizeof(pc::InstanceTable::Row))},
        {QStringLiteral("rest_ms_per_page"), perPage(walk.seconds - qnamS - double(parseNs + feedNs) / 1e9)}};
}

// 2. Peak RSS with every row loaded minus the RSS with none, per row.
QJsonObject figureMemory(int rows)
{
    SandboxProcess sandbox(rows);
    pc::ApiClient client(connectionTo(sandbox.baseUrl(), false));
    pc::InstancesModel model(&client);

    // One request first, so the network stack's own start-up (its threads,
    // buffers, the connection) is in the baseline, not charged to the rows.
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
        bool done = false;
        QObject context;
        pc::ApiCall *call = client.get(QStringLiteral("app_offerings"), query);
        QObject::connect(call, &pc::ApiCall::finished, &context,
                         [&done](const pc::ApiResponse &) { done = true; });
        if (!waitUntil([&done] { return done; }, 30000))
            fail(QStringLiteral("the warm-up request did not finish"));
        spin(100); // let deleteLater()s run
    }
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
            {QStringLiteral("long_gaps"), longGaps}};
}

// 7. Load all at 150 ms a page with the burst limit on.
QJsonObject figurePaced(int rows)
{
    sandbox::SandboxOptions options;
    options.instanceCount = rows;
    options.latencyMs = 150;
    options.burstLimit = true; // 20 requests per 2 s
    SandboxThread server(options);
    const QUrl base = server.startAndWait();
    if (!base.isValid())
        fail(QStringLiteral("the in-process sandbox could not listen"));

    WalkOutcome walk;
    Traffic traffic;
    {
        pc::ApiClient client(connectionTo(base, true)); // the default pacing: 19 per 2 s
        pc::InstancesModel model(&client);
        QObject context;
        watchTraffic(&client, &context, &traffic);
        walk = runLoadAll(&model, [&model] { model.loadAll(); });
        walk.uniqueIds = countUniqueIds(&model);
    }
    server.quit();
    server.wait();
    if (!walk.complete || walk.rows != rows || walk.uniqueIds != rows)
        fail(QStringLiteral("incomplete walk: complete=%1 rows=%2 unique ids=%3 expected=%4 error=%5")
                 .arg(walk.complete)
                 .arg(walk.rows)
                 .arg(walk.uniqueIds)
                 .arg(rows)
                 .arg(walk.error));
    const double pagesPerSecond = traffic.pages / walk.seconds;
    return {{QStringLiteral("figure"), QStringLiteral("paced")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("latency_ms"), options.latencyMs},
            {QStringLiteral("pages"), traffic.pages},
            {QStringLiteral("paced_s"), round3(walk.seconds)},
            {QStringLiteral("pages_per_s"), round3(pagesPerSecond)},
            {QStringLiteral("rows_per_s"), round3(rows / walk.seconds)},
            {QStringLiteral("paced_rate_ratio"), round3(pagesPerSecond / 10.0)},
            {QStringLiteral("paced_429s"), server.rateLimited()},
            {QStringLiteral("client_429s"), traffic.status429},
            {QStringLiteral("sandbox_requests"), server.requests()}};
}

// ------------------------------------------------------------------ summary

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
        {QStringLiteral("walk_tls_ratio"), QStringLiteral("walktls"), QStringLiteral("1b Walk TLS: client / curl"), QStringLiteral("<= 1.25"), [](double v) { return v <= 1.25; }},
        {QStringLiteral("walk_tls_s"), QStringLiteral("walktls"), QStringLiteral("1b Walk TLS: Load all (s)"), {}, {}},
        {QStringLiteral("curl_tls_walk_s"), QStringLiteral("walktls"), QStringLiteral("1b Walk TLS: curl floor (s)"), {}, {}},
        {QStringLiteral("walk_h2_ratio"), QStringLiteral("walktls"), QStringLiteral("1b Walk HTTP/2 (nginx): client / curl"), {}, {}},
        {QStringLiteral("walk_h2_s"), QStringLiteral("walktls"), QStringLiteral("1b Walk HTTP/2 (nginx): Load all (s)"), {}, {}},
        {QStringLiteral("curl_h2_walk_s"), QStringLiteral("walktls"), QStringLiteral("1b Walk HTTP/2 (nginx): curl (s)"), {}, {}},
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
    std::fprintf(stderr,
                 "usage: pc_bench walk|walktls|memory|filter|sort|start|gui|paced|index [--rows N] [--repeat R]\n"
                 "                [--sandbox PATH] [--console PATH] [--minimal PATH] [--curl PATH]\n"
                 "                [--tls-cert PEM --tls-key PEM] [--nginx PATH]\n"
                 "       pc_bench summarize [--json FILE] [--label TEXT] < runs.jsonl\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
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
