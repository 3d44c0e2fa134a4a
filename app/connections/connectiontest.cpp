#include "app/connections/connectiontest.h"

#include "app/connections/transportconfig.h"
#include "app/net/apiclient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectionTest).
class ConnectionTest { Q_OBJECT };
#endif

namespace {

using Problem = ConnectionTestResult::Problem;

ConnectionTestResult failure(Problem problem, const QString &message)
{
    ConnectionTestResult result;
    result.problem = problem;
    result.message = message;
    return result;
}

// The parts of a failure that every sentence about it needs.
struct Context
{
    const ApiError &error;
    const Profile &profile;
    QNetworkReply::NetworkError networkError;
    const QString &networkErrorText;

    QUrl url() const { return profile.baseUrl(); }
    QString host() const { return url().host(); }
    QString account() const { return profile.account.trimmed(); }
    QString withServer(const QString &sentence) const
    {
        return ApiError::withServerDetail(sentence, error.serverMessage);
    }
};

ConnectionTestResult wrongAccount(const Context &c)
{
    return failure(Problem::AccountUnknown,
                   c.withServer(ConnectionTest::tr(
                                    "The token does not give access to account \"%1\" on %2 (%3). Check the "
                                    "account id: it is the first part of your 4me address, like wdc in "
                                    "wdc.xurrent.com. Or use a token created in that account.")
                                    .arg(c.account(), c.host())
                                    .arg(c.error.httpStatus)));
}

ConnectionTestResult proxyFailure(const Context &c)
{
    const ProxySettings &proxy = c.profile.proxy;
    if (proxy.isManual())
        return failure(Problem::Proxy, ConnectionTest::tr("The proxy %1:%2 failed: %3. Check the proxy's "
                                                          "host, port and user under Network.")
                                           .arg(proxy.host)
                                           .arg(proxy.port)
                                           .arg(c.networkErrorText));
    return failure(Problem::Proxy, ConnectionTest::tr("The system's proxy failed: %1. Check your computer's "
                                                      "proxy settings, or choose \"None\" or a manual proxy "
                                                      "under Network.")
                                       .arg(c.networkErrorText));
}

// An HTTP answer about the token or the account. The sandbox says "account
// 'x' is not accessible with this token"; the real API words it differently
// per status, but names the account.
ConnectionTestResult accessFailure(const Context &c)
{
    const bool aboutAccount = c.error.serverMessage.contains(QLatin1String("account"), Qt::CaseInsensitive);
    if (aboutAccount)
        return wrongAccount(c);
    switch (c.error.kind) {
    case ApiError::Kind::Unauthorized:
        // Not ApiError's sentence: that one also suspects the account, which
        // the server did not name here.
        return failure(Problem::TokenRefused,
                       ConnectionTest::tr("The API token was not accepted (401): it may be mistyped, expired "
                                          "or revoked. Paste it again, or create a new one in 4me under "
                                          "Settings → API tokens."));
    case ApiError::Kind::Forbidden:
        return failure(
            Problem::NoPermission,
            c.withServer(
                ConnectionTest::tr("The token is valid but lacks permission (403). It must be able to read "
                                   "App Offerings and App Instances in account \"%1\": give it those "
                                   "permissions in 4me (Settings → API tokens), or use the token of a "
                                   "person who may.")
                    .arg(c.account())));
    default: // NotFound
        return failure(
            Problem::AccountUnknown,
            c.withServer(ConnectionTest::tr("%1 found nothing at %2 (404). Either account \"%3\" "
                                            "does not exist there, or the API URL is not right (it "
                                            "normally ends in /v1).")
                             .arg(c.host(), c.url().path() + QStringLiteral("/me"), c.account())));
    }
}

// No HTTP answer: the reply's own error code tells which part of the way failed.
ConnectionTestResult networkFailure(const Context &c)
{
    // Qt reports some proxy failures (a refused CONNECT tunnel, say) only in
    // the error text, with a generic code.
    if (c.networkErrorText.contains(QLatin1String("proxy"), Qt::CaseInsensitive))
        return proxyFailure(c);
    const QUrl url = c.url();
    switch (c.networkError) {
    case QNetworkReply::HostNotFoundError:
        return failure(
            Problem::HostNotFound,
            ConnectionTest::tr("The server name %1 could not be found (DNS). Check the API URL for "
                               "typing errors, and your network connection or VPN.")
                .arg(c.host()));
    case QNetworkReply::ConnectionRefusedError:
        return failure(Problem::ConnectionRefused,
                       ConnectionTest::tr("No connection: %1 refused it on port %2. Check the API URL, and "
                                          "whether the server (or the local sandbox) is running.")
                           .arg(c.host())
                           .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80)));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return proxyFailure(c);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return failure(Problem::Network, ConnectionTest::tr("No network: %1 could not be reached (%2). Check "
                                                            "your network connection.")
                                             .arg(c.host(), c.networkErrorText));
    case QNetworkReply::RemoteHostClosedError:
        return failure(Problem::Network, c.error.message + QLatin1Char(' ') +
                                             ConnectionTest::tr("A firewall or proxy may be in the way."));
    default:
        return failure(Problem::Network, c.error.message);
    }
}

} // namespace

ConnectionTestResult ConnectionTest::diagnose(const ApiError &error, const Profile &profile,
                                              QNetworkReply::NetworkError networkError,
                                              const QString &networkErrorText, int timeoutMs)
{
    const Context c{error, profile, networkError, networkErrorText};
    ConnectionTestResult result;
    switch (error.kind) {
    case ApiError::Kind::None:
        return result;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
        result = accessFailure(c);
        break;
    case ApiError::Kind::Network:
        result = networkFailure(c);
        break;
    case ApiError::Kind::ProxyAuth:
        result =
            failure(Problem::Proxy,
                    profile.proxy.isManual()
                        ? tr("The proxy %1:%2 refused the user name or password (407). Check the proxy's "
                             "user and password under Network.")
                              .arg(profile.proxy.host)
                              .arg(profile.proxy.port)
                        : error.message);
        break;
    case ApiError::Kind::Timeout:
        result = failure(Problem::Timeout, tr("%1 did not answer within %n second(s). The network, a VPN or a "
                                              "proxy may be slow or block the connection; check them and "
                                              "test again.",
                                              nullptr, std::max(1, timeoutMs / 1000))
                                               .arg(c.host()));
        break;
    case ApiError::Kind::Tls:
        // The client's message already names the certificate and its errors
        // (TlsErrorText); what a test adds is the way out.
        result = failure(Problem::Tls, error.message + QLatin1Char('\n') +
                                           tr("If your company inspects encrypted traffic, choose its CA "
                                              "bundle under Network and test again. Certificate errors are "
                                              "never ignored."));
        break;
    case ApiError::Kind::BadResponse:
        result = failure(Problem::NotTheApi, error.message + QLatin1Char(' ') +
                                                 tr("Check that %1 is the API URL; it normally looks like "
                                                    "https://api.xurrent.com/v1.")
                                                     .arg(c.url().toString()));
        break;
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
        result = failure(Problem::Server, error.message);
        break;
    default:
        result = failure(Problem::Other, error.message);
    }
    result.error = error;
    result.networkError = networkError;
    return result;
}

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    m_settingsFailure.setSingleShot(true);
    m_settingsFailure.setInterval(0);
    connect(&m_settingsFailure, &QTimer::timeout, this, [this] { finish(m_pendingFailure); });
}

ConnectionTest::~ConnectionTest()
{
    // The client goes first: a call still pending goes with it, unfinished,
    // and so never reaches the half-destroyed test.
    m_client.reset();
}

bool ConnectionTest::isRunning() const
{
    return !m_call.isNull() || m_settingsFailure.isActive();
}

void ConnectionTest::start(const Profile &profile, const QByteArray &token, const QString &proxyPassword)
{
    cancel();
    m_profile = profile;
    m_token = token;
    m_networkError = QNetworkReply::NoError;
    m_networkErrorText.clear();

    QString error;
    std::optional<ConnectionSettings> settings =
        TransportConfig::connectionSettings(profile, token, &error, proxyPassword);
    if (!settings) {
        m_pendingFailure = failure(Problem::Settings, error);
        m_settingsFailure.start();
        return;
    }
    // One attempt: a test reports the first failure at once.
    settings->maxRetries = 0;
    settings->transferTimeoutMs = m_timeoutMs;
    m_client = std::make_unique<ApiClient>(*settings); // the previous one has no call left
    // ApiError keeps only a sentence; the reply's own error code tells DNS
    // from a refused connection from a proxy failure.
    connect(m_client->network(), &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        m_networkError = reply->error();
        m_networkErrorText = reply->errorString();
    });
    m_call = m_client->get(QStringLiteral("me"));
    connect(m_call, &ApiCall::finished, this, &ConnectionTest::onCallFinished);
}

void ConnectionTest::cancel()
{
    m_settingsFailure.stop();
    if (m_call) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->cancel();
    }
}

void ConnectionTest::onCallFinished(const ApiResponse &response)
{
    m_call = nullptr;
    if (response.error.kind == ApiError::Kind::Cancelled)
        return; // only cancel() cancels, and a cancelled test reports nothing
    if (!response.isOk()) {
        finish(diagnose(response.error, m_profile, m_networkError, m_networkErrorText, m_timeoutMs));
        return;
    }
    ConnectionTestResult result;
    const QJsonObject me = response.json.object();
    const QJsonObject account = me.value(QLatin1String("account")).toObject();
    result.personName = me.value(QLatin1String("name")).toString();
    result.email = me.value(QLatin1String("primary_email")).toString();
    result.accountId = account.value(QLatin1String("id")).toString();
    if (result.accountId.isEmpty())
        result.accountId = m_profile.account.trimmed();
    result.accountName = account.value(QLatin1String("name")).toString();
    const QString accountText = result.accountName.isEmpty()
                                    ? result.accountId
                                    : tr("%1 (%2)").arg(result.accountName, result.accountId);
    result.message =
        result.email.isEmpty()
            ? tr("Connected: the token belongs to %1 on account %2.").arg(result.personName, accountText)
            : tr("Connected: the token belongs to %1 (%2) on account %3.")
                  .arg(result.personName, result.email, accountText);
    finish(result);
}

void ConnectionTest::finish(ConnectionTestResult result)
{
    // A last line of defence: whatever a server echoes, the token is not shown.
    if (m_token.size() >= 4)
        result.message.replace(QString::fromUtf8(m_token), QStringLiteral("[token]"));
    Q_EMIT finished(result);
}

} // namespace pc
