#include "app/net/apierror.h"

#include <QTest>

using Kind = pc::ApiError::Kind;

// Every status and body shape maps to one typed error with a usable message.
class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpStatuses_data();
    void httpStatuses();
    void networkErrors_data();
    void networkErrors();
    void validationPairs();
    void htmlPageGivesCleanText();
    void transientKinds();
    void htmlScriptsAndEntities();
    void longServerMessagesAreCut();
    void lostAnswerToAPost();
};

void TestApiError::httpStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("200") << 200 << QByteArray("[]") << int(Kind::None) << QString();
    QTest::newRow("204") << 204 << QByteArray() << int(Kind::None) << QString();
    QTest::newRow("400 sort") << 400 << QByteArray(R"({"message":"Sorting not allowed on fields: problem"})")
                              << int(Kind::BadRequest) << "Sorting not allowed on fields: problem";
    QTest::newRow("400 empty") << 400 << QByteArray() << int(Kind::BadRequest) << "400";
    QTest::newRow("401") << 401 << QByteArray(R"({"message":"Unauthorized"})") << int(Kind::Unauthorized) << "token";
    QTest::newRow("403") << 403 << QByteArray(R"({"message":"Forbidden"})") << int(Kind::Forbidden) << "403";
    QTest::newRow("404") << 404 << QByteArray(R"({"message":"Not Found"})") << int(Kind::NotFound) << "404";
    QTest::newRow("406") << 406 << QByteArray(R"({"message":"Not Acceptable"})") << int(Kind::BadRequest)
                         << "Not Acceptable";
    QTest::newRow("422") << 422 << QByteArray(R"({"message":"Validation Failed","errors":[["name","Name can't be blank"]]})")
                         << int(Kind::Validation) << "Name can't be blank";
    QTest::newRow("429") << 429 << QByteArray(R"({"message":"Too Many Requests"})") << int(Kind::RateLimited)
                         << "rate limit";
    QTest::newRow("500") << 500 << QByteArray(R"({"message":"Internal error"})") << int(Kind::Server)
                         << "Internal error";
    QTest::newRow("502 json") << 502 << QByteArray(R"({"message":"Bad Gateway"})") << int(Kind::Server) << "502";
    QTest::newRow("503") << 503 << QByteArray(R"({"message":"Service Unavailable"})") << int(Kind::Server) << "503";
    QTest::newRow("504") << 504 << QByteArray(R"({"message":"Gateway timeout"})") << int(Kind::Server) << "504";
    QTest::newRow("500 not json") << 500 << QByteArray("oops, something broke") << int(Kind::Server)
                                  << "oops, something broke";
    QTest::newRow("418 other 4xx") << 418 << QByteArray() << int(Kind::BadRequest) << "418";
    QTest::newRow("302 redirect") << 302 << QByteArray() << int(Kind::BadResponse) << "redirect";
    QTest::newRow("message not a string") << 500 << QByteArray(R"({"message":{"a":1}})") << int(Kind::Server)
                                          << "500";
}

void TestApiError::httpStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, mustContain);
    const pc::ApiError error = pc::ApiError::fromReply(status, QNetworkReply::NoError, QString(), body, "application/json");
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    if (kind != int(Kind::None))
        QVERIFY2(!error.message.isEmpty(), "every error has a message");
    if (!mustContain.isEmpty())
        QVERIFY2(error.message.contains(mustContain, Qt::CaseInsensitive), qPrintable(error.message));
}

void TestApiError::networkErrors_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("kind");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << int(Kind::Network);
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << int(Kind::Network);
    QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << int(Kind::Network);
    QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << int(Kind::Timeout);
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(Kind::Tls);
    QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << int(Kind::Network);
    // A proxy that refuses the user name and password: asking again changes nothing.
    QTest::newRow("proxy 407") << int(QNetworkReply::ProxyAuthenticationRequiredError)
                               << int(Kind::ProxyAuth);
    QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError) << int(Kind::Cancelled);
    QTest::newRow("unknown") << int(QNetworkReply::UnknownNetworkError) << int(Kind::Network);
}

void TestApiError::networkErrors()
{
    QFETCH(int, networkError);
    QFETCH(int, kind);
    const pc::ApiError error = pc::ApiError::fromReply(0, QNetworkReply::NetworkError(networkError),
                                                       QStringLiteral("detail"), QByteArray(), QByteArray());
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.message.isEmpty());
    if (error.kind == Kind::ProxyAuth) {
        QVERIFY(!error.isTransient());
        QVERIFY2(
            error.message.startsWith(QStringLiteral("The proxy refused the user name or password (407)")),
            qPrintable(error.message));
    }
}

void TestApiError::validationPairs()
{
    const pc::ApiError error = pc::ApiError::fromReply(
        422, QNetworkReply::NoError, QString(),
        R"({"message":"Validation Failed","errors":[["subject","Subject can't be blank"],["category","Category can't be blank"],["subject","Subject is too long"]]})",
        "application/json; charset=utf-8");
    QCOMPARE(error.kind, Kind::Validation);
    QCOMPARE(error.serverMessage, QStringLiteral("Validation Failed"));
    QCOMPARE(error.fieldErrors.size(), 3);
    QCOMPARE(error.fieldErrors.at(0), (pc::FieldError{QStringLiteral("subject"), QStringLiteral("Subject can't be blank")}));
    QCOMPARE(error.fieldErrors.at(2).field, QStringLiteral("subject"));
    QVERIFY(error.message.contains(QStringLiteral("Category can't be blank")));
}

void TestApiError::htmlPageGivesCleanText()
{
    const QByteArray html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                            "<body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>";
    const pc::ApiError error = pc::ApiError::fromReply(502, QNetworkReply::NoError, QString(), html, "text/html");
    QCOMPARE(error.kind, Kind::Server);
    QVERIFY2(error.message.contains(QStringLiteral("502 Bad Gateway")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1Char('<')), qPrintable(error.message));
    const pc::ApiError untitled = pc::ApiError::fromReply(503, QNetworkReply::NoError, QString(),
                                                          "<html><body><p>Down for <b>maintenance</b></p></body></html>",
                                                          "text/html");
    QVERIFY2(untitled.message.contains(QStringLiteral("Down for maintenance")), qPrintable(untitled.message));
}

void TestApiError::transientKinds()
{
    auto make = [](int status) {
        return pc::ApiError::fromReply(status, QNetworkReply::NoError, QString(), QByteArray(), QByteArray());
    };
    QVERIFY(make(502).isTransient());
    QVERIFY(make(503).isTransient());
    QVERIFY(make(504).isTransient());
    QVERIFY(make(429).isTransient());
    QVERIFY(!make(500).isTransient());
    QVERIFY(!make(422).isTransient());
    QVERIFY(!make(401).isTransient());
}

void TestApiError::htmlScriptsAndEntities()
{
    const QByteArray html = "<html><head><script>var secret = 1;</script><style>p{color:red}</style></head>"
                            "<body><p>Bad&nbsp;gateway &amp; friends &lt;upstream&gt;</p></body></html>";
    const pc::ApiError error = pc::ApiError::fromReply(502, QNetworkReply::NoError, QString(), html, "text/html");
    QVERIFY2(error.message.contains(QStringLiteral("Bad gateway & friends <upstream>")), qPrintable(error.message));
    QVERIFY(!error.message.contains(QStringLiteral("secret")));
    QVERIFY(!error.message.contains(QStringLiteral("color")));
}

void TestApiError::longServerMessagesAreCut()
{
    const QByteArray body = R"({"message":")" + QByteArray(5000, 'x') + R"("})";
    const pc::ApiError error = pc::ApiError::fromReply(500, QNetworkReply::NoError, QString(), body, "application/json");
    QVERIFY(error.message.size() < 600);
    QCOMPARE(error.serverMessage.size(), 5000); // kept whole for the details
}

void TestApiError::lostAnswerToAPost()
{
    const auto post = pc::ApiError::fromReply(0, QNetworkReply::TimeoutError, QString(), {}, {}, "POST");
    QVERIFY(post.message.contains(QStringLiteral("may or may not have been created")));
    const auto get = pc::ApiError::fromReply(0, QNetworkReply::TimeoutError, QString(), {}, {}, "GET");
    QVERIFY(!get.message.contains(QStringLiteral("created")));
    // A change whose answer was lost may have been applied too.
    const auto patch = pc::ApiError::fromReply(0, QNetworkReply::RemoteHostClosedError, QString(), {}, {}, "PATCH");
    QCOMPARE(patch.kind, pc::ApiError::Kind::Network);
    QVERIFY(patch.message.contains(QStringLiteral("may or may not have been applied")));
    QVERIFY(!get.message.contains(QStringLiteral("applied")));
}

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
