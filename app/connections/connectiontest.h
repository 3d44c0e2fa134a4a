#pragma once

#include "app/connections/profile.h"
#include "app/net/apierror.h"

#include <QByteArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <memory>

namespace pc {

class ApiCall;
class ApiClient;
struct ApiResponse;

// What a connection test found: whose token it is, or what exactly is wrong,
// in a message a person can act on.
struct ConnectionTestResult
{
    enum class Problem {
        None,              // connected
        Settings,          // the profile cannot be used as it is (an unusable CA bundle)
        TokenRefused,      // 401: the token is mistyped, expired or revoked
        AccountUnknown,    // the token does not reach the account, or it does not exist there
        NoPermission,      // 403: the token may not read what the console needs
        HostNotFound,      // the host name could not be resolved (DNS)
        ConnectionRefused, // nothing listens at the host and port
        Proxy,             // the proxy (a manual one or the system's) failed
        Network,           // no network, the connection closed, other transport failures
        Timeout,           // no answer within the test's timeout
        Tls,               // the certificate or the handshake was refused
        NotTheApi,         // an answer came, but not the API's (a wrong URL)
        Server,            // the API failed or refused (5xx, rate limit)
        Other,
    };

    Problem problem = Problem::None;
    QString message; // the sentence shown; never holds the token

    // Who the token belongs to (GET /me), when the test succeeded.
    QString personName;
    QString email;
    QString accountId;
    QString accountName;

    // What came back when it failed.
    ApiError error;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    bool succeeded() const { return problem == Problem::None; }
};

// Tests a profile and a token before they are saved: GET /me through an
// ApiClient made by TransportConfig::connectionSettings() (so with the
// profile's proxy and CA bundle), one attempt and a short timeout, so the
// first failure is reported at once instead of being retried for a minute.
//
// Asynchronous throughout: finished() always comes from the event loop, never
// from inside start(), and a cancelled test reports nothing.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    // Long enough for a slow VPN or proxy, short enough that a silently
    // dropped connection is reported while the user still waits for it.
    static constexpr int kDefaultTimeoutMs = 20000;

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // Starts a test; one still running is cancelled first. `proxyPassword`
    // goes with the profile's proxy user to a manual proxy.
    void start(const Profile &profile, const QByteArray &token, const QString &proxyPassword = {});
    // Abandons the running test: no finished() for it.
    void cancel();
    bool isRunning() const;

    // The result for a failed GET /me: `networkError` and `networkErrorText`
    // are those of the failed QNetworkReply (NoError when an HTTP answer
    // came), which tell DNS from a refused connection from a proxy; the
    // HTTP wording that is not specific to a test is ApiError's own.
    static ConnectionTestResult diagnose(const ApiError &error, const Profile &profile,
                                         QNetworkReply::NetworkError networkError = QNetworkReply::NoError,
                                         const QString &networkErrorText = {},
                                         int timeoutMs = kDefaultTimeoutMs);

Q_SIGNALS:
    void finished(const pc::ConnectionTestResult &result);

private:
    void onCallFinished(const ApiResponse &response);
    void finish(ConnectionTestResult result);

    int m_timeoutMs = kDefaultTimeoutMs;
    Profile m_profile;
    QByteArray m_token;
    std::unique_ptr<ApiClient> m_client; // replaced for every test
    QPointer<ApiCall> m_call;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_networkErrorText;
    // A test that cannot even start (its CA bundle is unusable) still
    // reports from the event loop, like every other.
    QTimer m_settingsFailure;
    ConnectionTestResult m_pendingFailure;
};

} // namespace pc

Q_DECLARE_METATYPE(pc::ConnectionTestResult)
