#include "bench/sandboxes.h"

#include "app/net/apicall.h"
#include "bench/benchsupport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>
#include <csignal>
#include <sys/prctl.h>

namespace bench {

void endChild(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

SandboxProcess::SandboxProcess(int instances, const QStringList &extra)
{
    m_process.setProgram(g_options.sandbox);
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--instances"), QString::number(instances),
                                       QStringLiteral("--no-burst-limit"), QStringLiteral("--hourly-limit"),
                                       QStringLiteral("0")} +
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

QUrl SandboxThread::startAndWait()
{
    start();
    m_ready.acquire();
    return m_baseUrl;
}

QList<QPair<qint64, QString>> SandboxThread::arrivals() const
{
    QMutexLocker locker(&m_mutex);
    return m_arrivals;
}

void SandboxThread::clearArrivals()
{
    QMutexLocker locker(&m_mutex);
    m_arrivals.clear();
}

void SandboxThread::run()
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

pc::ConnectionSettings connectionTo(const QUrl &baseUrl, bool paceBurst)
{
    pc::ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.account = kAccount;
    settings.token = kToken;
    settings.paceBurst = paceBurst;
    return settings;
}

void warmUp(pc::ApiClient &client)
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

QStringList curlAuthHeaders()
{
    return {QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(kToken),
            QStringLiteral("X-Xurrent-Account: ") + kAccount};
}

} // namespace bench
