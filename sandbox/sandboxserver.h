#pragma once

// The local 4me REST API emulator. It shares no code with the client core on
// purpose: an emulator that reused the client's parser or types would hide the
// client's mistakes. Everything here is written from the API facts alone.

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace sandbox {

// Which API the sandbox answers as. The 2021 generation (the source
// documents): offerings sorted by `reference` by default and sortable by it
// (not by `name`), instances only at /integration_instances with the offering
// as `integration`. Current: the API as it is documented today.
enum class ApiGeneration { Current, V2021 };

struct SandboxOptions
{
    quint32 seed = 4242;              // same seed, same data
    int offeringCount = 60;
    int instanceCount = 2500;
    int customerAccountCount = 300;
    int serviceInstanceCount = 12;
    int peopleCount = 40;
    QString token = QStringLiteral("sandbox-token"); // the one accepted Bearer token
    QString account = QStringLiteral("wdc");         // the provider's account id
    QString accountName = QStringLiteral("Widget Data Center");
    bool burstLimit = true;           // about 20 requests per 2 s, per token
    int burstLimitRequests = 20;
    int burstWindowMs = 2000;
    int hourlyLimit = 3600;           // 0 switches the hourly limit off
    bool appInstancesEnabled = true;           // /v1/app_instances (current servers)
    bool integrationInstancesEnabled = true;   // legacy /v1/integration_instances
    bool nestedInstancesEnabled = true;        // /v1/app_offerings/:id/app_instances
    int latencyMs = 0;                // added to every answer
    // V2021 also switches /app_instances (and the nested list under that
    // name) off, whatever appInstancesEnabled says.
    ApiGeneration generation = ApiGeneration::Current;
    // HTTPS, as production is, when both are set: PEM files of the server's
    // certificate and its private key. listen() fails when they cannot be read.
    QString tlsCertificateFile;
    QString tlsKeyFile;
};

// A fault injected into the answers of matching requests.
struct Fault
{
    enum class Kind {
        Latency,        // delay the (otherwise normal) answer by latencyMs
        Status,         // answer `status` with `body` (JSON or HTML) and `contentType`
        RateLimit,      // 429 with the documented body; retry-after: retryAfterSeconds (omitted when < 0)
        MalformedJson,  // 200 with a body that is not JSON
        EmptyBody,      // 200 with an empty body
        TruncatedBody,  // headers promise the full body, half is sent, then the connection closes
        ResetMidBody,   // as TruncatedBody, but the connection is reset (RST) after half the body
        DropConnection, // the connection is closed without any answer
        NeverAnswer,    // the request is held open and never answered
        SlowDrip,       // the normal answer, sent a few bytes every latencyMs
        ForeignLink,    // the normal page, but its link next points at foreignBaseUrl (same path and query)
        LinkLoop,       // the normal page, but its link next points back at the request's own URL
        WrongTypes,     // the normal page, with records whose fields have the wrong JSON types
        DropFieldsInLink, // the normal page, but its link next no longer carries the fields parameter
        RevokeToken,    // the token is revoked as this request arrives: it and every later one get 401 (see setToken())
        HugePage,       // the normal answer, each record padded with a long `padding` field so the body is at least hugeBytes
    };

    Kind kind = Kind::Status;
    QByteArray method;        // "GET", "PATCH", …; empty matches any method
    QString pathPattern;      // a QRegularExpression matched against the path (e.g. "^/v1/app_instances$"); empty matches any
    int skip = 0;             // let this many matching requests through before the fault applies
    int times = 1;            // how many matching requests get the fault; -1 = every one from then on
    int status = 500;
    QByteArray body;
    QByteArray contentType = "application/json";
    int retryAfterSeconds = -1;
    int latencyMs = 0;
    int dripBytes = 64;       // SlowDrip: bytes sent every latencyMs
    QUrl foreignBaseUrl;      // e.g. http://127.0.0.2:PORT
    qint64 hugeBytes = 10 * 1024 * 1024; // HugePage: the least size of the body
    QList<QPair<QByteArray, QByteArray>> headers; // Status: more response headers (a redirect's location, say)
};

// What the sandbox received, for tests that check what the client sent.
struct RecordedRequest
{
    QByteArray method;
    QUrl url;                 // path and query as received
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
};

class SandboxServerPrivate;

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Returns the bound port, 0 on failure (also when the TLS files cannot be
    // read). Port 0 picks a free one.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;     // e.g. http://127.0.0.1:PORT/v1 (https with TLS)

    const SandboxOptions &options() const;
    void setBurstLimitEnabled(bool enabled);
    void setHourlyLimit(int requestsPerHour);
    void setLatency(int milliseconds);
    void setAppInstancesEnabled(bool enabled);
    void setIntegrationInstancesEnabled(bool enabled);
    void setNestedInstancesEnabled(bool enabled);
    // The accepted Bearer token. setToken() replaces it (the old one is
    // refused from then on, as after a revocation and a new token);
    // revokeToken() refuses every token until setToken().
    void setToken(const QString &token);
    void revokeToken();
    bool isTokenRevoked() const;

    void addFault(const Fault &fault);
    void clearFaults();

    QList<RecordedRequest> requests() const;
    void clearRequests();
    int requestCount() const;
    int rateLimitedCount() const; // how many 429s were answered

    // Direct access to the data, for tests (conflicts, changes during a walk).
    int offeringCount() const;
    int instanceCount() const;
    QList<qint64> offeringIds() const;
    QList<qint64> instanceIds() const;
    QJsonObject offering(qint64 id) const;  // rendered exactly as GET /v1/app_offerings/:id
    QJsonObject instance(qint64 id) const;  // rendered exactly as GET /v1/app_instances/:id
    // Changes a record as if someone else did it through the API (moves updated_at).
    bool updateOffering(qint64 id, const QJsonObject &changes);
    bool updateInstance(qint64 id, const QJsonObject &changes);
    qint64 createInstance(qint64 offeringId); // returns the new id
    bool deleteInstance(qint64 id);

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);

private:
    std::unique_ptr<SandboxServerPrivate> d;
};

} // namespace sandbox
