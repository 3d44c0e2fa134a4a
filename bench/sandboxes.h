#pragma once

#include "app/net/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QProcess>
#include <QSemaphore>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <atomic>

// The server the figures measure against: the sandbox on 127.0.0.1, as a
// process of its own or as the library on a thread of pc_bench, and what the
// client and curl send it to be let in.
namespace bench {

inline const QByteArray kToken = "sandbox-token";
inline const QString kAccount = QStringLiteral("wdc");

// A child process asked to end, then made to.
void endChild(QProcess &process);

// provider-sandbox (g_options.sandbox) as a child process on 127.0.0.1, a
// free port, the burst and hourly limits off; `extra`: more of its options.
class SandboxProcess
{
public:
    explicit SandboxProcess(int instances, const QStringList &extra = {});
    ~SandboxProcess() { endChild(m_process); }

    QUrl baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

// The sandbox library on a thread of its own (figures 5, 7 and 10): only the
// library tells how many 429s it answered and when the requests arrived.
class SandboxThread : public QThread
{
public:
    explicit SandboxThread(const sandbox::SandboxOptions &options)
        : m_options(options)
    {}

    // The base URL, invalid when the sandbox could not listen.
    QUrl startAndWait();
    int rateLimited() const { return m_rateLimited.load(); }
    int requests() const { return m_requests.load(); }
    // When each request arrived (CLOCK_MONOTONIC ns) and its path.
    QList<QPair<qint64, QString>> arrivals() const;
    void clearArrivals();

protected:
    void run() override;

private:
    sandbox::SandboxOptions m_options;
    QSemaphore m_ready;
    QUrl m_baseUrl;
    std::atomic<int> m_rateLimited{0};
    std::atomic<int> m_requests{0};
    mutable QMutex m_mutex;
    QList<QPair<qint64, QString>> m_arrivals;
};

// The client's settings for the sandbox at `baseUrl`.
pc::ConnectionSettings connectionTo(const QUrl &baseUrl, bool paceBurst);
// One small request through `client` (the first page of offerings, one
// record), waited for, and its reply deleted: the network stack's threads,
// buffers and connection exist from then on.
void warmUp(pc::ApiClient &client);
// The same credentials as curl's --header lines.
QStringList curlAuthHeaders();

} // namespace bench
