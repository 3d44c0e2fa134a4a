// Figures 1, 1b and 7 (Load all over the network: beside a curl floor, over
// TLS and HTTP/2, paced against the burst limit) and the walk's diagnosis.

#include "app/models/instancesmodel.h"
#include "app/net/apiclient.h"
#include "bench/benchsupport.h"
#include "bench/figures.h"
#include "bench/loadall.h"
#include "bench/sandboxes.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <csignal>
#include <functional>
#include <optional>
#include <sys/prctl.h>

namespace bench {

namespace {

struct CurlOutcome
{
    double seconds = 0;        // the walk, from the end of the first (untimed) transfer
    double startupSeconds = 0; // process start, connect and the first transfer
    int transfers = 0;         // timed ones
    int ok = 0;
    qint64 bytes = 0;
    int connects = 0; // connections opened, the untimed transfer's included
};

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
        QTextStream(&file)
            << QStringLiteral(
                   "daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                   "error_log %1/error.log warn;\nevents { worker_connections 256; }\n"
                   "http {\n access_log off;\n client_body_temp_path %1/body;\n proxy_temp_path %1/proxy;\n"
                   " fastcgi_temp_path %1/fastcgi;\n uwsgi_temp_path %1/uwsgi;\n scgi_temp_path %1/scgi;\n"
                   " upstream sandbox { server 127.0.0.1:%2; keepalive 16; }\n"
                   " server {\n  listen 127.0.0.1:%3 ssl http2;\n  ssl_certificate %4;\n  "
                   "ssl_certificate_key %5;\n"
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

// An instances model fed pages directly, as their arrival does (the walk's
// diagnosis times decode and insert without the network).
class FeedableInstancesModel : public pc::InstancesModel
{
public:
    using pc::InstancesModel::InstancesModel;
    void feed(const QJsonArray &records) { appendRecords(records); }
};

} // namespace

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
    SandboxProcess sandbox(rows, {QStringLiteral("--tls-cert"), g_options.tlsCert,
                                  QStringLiteral("--tls-key"), g_options.tlsKey});
    if (sandbox.baseUrl().scheme() != QLatin1String("https"))
        fail(QStringLiteral("the sandbox did not listen over TLS: %1").arg(sandbox.baseUrl().toString()));
    const QString trust = QStringLiteral("cacert = \"%1\"").arg(g_options.tlsCert);
    const WalkBesideCurl tls =
        walkBesideCurl(sandbox.baseUrl(), rows, ssl, {trust, QStringLiteral("http1.1")});
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
    result.insert(QStringLiteral("h2_answers"),
                  h2.traffic.pages + h2.traffic.otherStatus + h2.traffic.status429);
    return result;
}

// Diagnostic (not a figure): where the time of figure 1's walk goes. The
// same pages as the walk, fetched sequentially by a bare QNetworkAccessManager
// (Qt's HTTP alone), then the bodies parsed, decoded and inserted into a
// model offline, each step timed on its own.
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
    requireComplete(walk, rows);
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

} // namespace bench
