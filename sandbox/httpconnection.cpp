#include "sandbox/httpconnection.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace sandbox {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

QString localAddressOf(const QTcpSocket *socket)
{
    const QHostAddress a = socket->localAddress();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + a.toString() + QLatin1Char(']')
                                                                       : a.toString();
    return host + QLatin1Char(':') + QString::number(socket->localPort());
}

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpResponse::head() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[key, value] : headers)
        out += key + ": " + value + "\r\n";
    out += "content-length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return out;
}

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler)
    : QObject(socket)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
}

void HttpConnection::takeOver(QObject *previousReceiver)
{
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, previousReceiver, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        connect(tls, &QSslSocket::encrypted, this, &HttpConnection::onReadyRead);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::dispatch(const HttpRequest &request)
{
    const quint64 slot = m_nextSlot++;
    m_queue.push_back({slot, request.keepAlive, false, {}});
    m_handler(this, slot, request);
}

void HttpConnection::respond(quint64 slot, const HttpResponse &response)
{
    for (Pending &p : m_queue) {
        if (p.slot != slot)
            continue;
        p.response = response;
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, this, [this, slot] {
                for (Pending &q : m_queue) {
                    if (q.slot == slot)
                        q.ready = true;
                }
                pump();
            });
        } else {
            p.ready = true;
            pump();
        }
        return;
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_closed)
        return;
    // On an HTTPS port only what arrived encrypted is a request: bytes are
    // readable before the handshake (plain HTTP sent there would otherwise be
    // taken for a request); the handshake's end reads again (see takeOver).
    if (const auto *tls = qobject_cast<QSslSocket *>(m_socket); tls && !tls->isEncrypted())
        return;
    m_buffer += m_socket->readAll();
    while (!m_closed && parseOne()) {
    }
}

bool HttpConnection::parseOne()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes)
            fail();
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail();
        return false;
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    qsizetype consumed = headerEnd + 4;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        qsizetype pos = consumed;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size = m_buffer.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok) {
                fail();
                return false;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            if (size == 0) {
                // Trailers are not used by any client here; skip to the blank line.
                const qsizetype end = m_buffer.indexOf("\r\n", lineEnd + 2);
                if (end < 0)
                    return false;
                consumed = end + 2;
                break;
            }
            request.body += m_buffer.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
    } else {
        bool ok = true;
        const QByteArray lengthText = request.header("content-length");
        const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.trimmed().toLongLong(&ok);
        if (!ok || length < 0) {
            fail();
            return false;
        }
        if (m_buffer.size() < consumed + length)
            return false;
        request.body = m_buffer.mid(consumed, length);
        consumed += length;
    }
    m_buffer.remove(0, consumed);

    const QByteArray connection = request.header("connection").toLower();
    request.keepAlive = requestLine.at(2) == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : request.target.mid(question + 1);
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    request.localAddress = localAddressOf(m_socket);
    dispatch(request);
    return true;
}

void HttpConnection::fail()
{
    if (!m_socket)
        return;
    HttpResponse r;
    r.status = 400;
    r.headers.append({QByteArray("content-type"), QByteArray("application/json; charset=utf-8")});
    r.headers.append({QByteArray("connection"), QByteArray("close")});
    r.body = R"({"message":"Bad Request"})";
    m_socket->write(r.head() + r.body);
    m_socket->disconnectFromHost();
    m_closed = true;
}

void HttpConnection::pump()
{
    while (m_socket && !m_closed && !m_blocked && !m_queue.empty() && m_queue.front().ready) {
        Pending p = m_queue.front();
        const HttpResponse &r = p.response;
        switch (r.delivery) {
        case HttpResponse::Delivery::Normal:
            m_queue.pop_front();
            m_socket->write(r.head() + r.body);
            if (!p.keepAlive) {
                m_closed = true;
                m_socket->disconnectFromHost();
            }
            break;
        case HttpResponse::Delivery::Drop:
            // Closed without any answer (a reset, not a graceful close).
            m_closed = true;
            m_queue.clear();
            m_socket->abort();
            return;
        case HttpResponse::Delivery::Truncate:
            // The headers promise the whole body; half of it arrives, then the close.
            m_closed = true;
            m_queue.clear();
            m_socket->write(r.head() + r.body.left(r.body.size() / 2));
            m_socket->disconnectFromHost();
            return;
        case HttpResponse::Delivery::Reset:
            // Half the body, then a reset (RST), as a crashing peer or a
            // middlebox gives up: linger 0 makes the close abortive, so the
            // client sees "connection reset" after some of the body.
            m_closed = true;
            m_queue.clear();
            m_socket->write(r.head() + r.body.left(r.body.size() / 2));
            m_socket->flush();
#ifdef Q_OS_UNIX
            {
                const struct linger abortive = {1, 0};
                ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive,
                             sizeof abortive);
            }
#endif
            m_socket->abort();
            return;
        case HttpResponse::Delivery::Never:
            // Held open: this and every later answer on the connection wait forever.
            m_blocked = true;
            return;
        case HttpResponse::Delivery::Drip:
            m_queue.pop_front();
            m_blocked = true;
            m_drip = r.head() + r.body;
            m_dripInterval = std::max(1, r.dripIntervalMs);
            m_dripChunk = std::max(1, r.dripBytes);
            m_dripKeepAlive = p.keepAlive;
            dripNext();
            return;
        }
    }
}

void HttpConnection::dripNext()
{
    if (!m_socket || m_closed)
        return;
    m_socket->write(m_drip.left(m_dripChunk));
    m_socket->flush();
    m_drip.remove(0, m_dripChunk);
    if (!m_drip.isEmpty()) {
        QTimer::singleShot(m_dripInterval, this, &HttpConnection::dripNext);
        return;
    }
    m_blocked = false;
    if (!m_dripKeepAlive) {
        m_closed = true;
        m_socket->disconnectFromHost();
        return;
    }
    pump();
}

HttpFrontend::HttpFrontend(HttpConnection::Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool HttpFrontend::useTls(const QString &certificateFile, const QString &keyFile)
{
    QFile certificatePem(certificateFile);
    QFile keyPem(keyFile);
    if (!certificatePem.open(QIODevice::ReadOnly) || !keyPem.open(QIODevice::ReadOnly))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem.readAll(), QSsl::Pem);
    const QByteArray keyBytes = keyPem.readAll();
    // The key's algorithm is not known in advance: a test key is EC, a real one often RSA.
    QSslKey key(keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    sslSetup(configuration);
    return true;
}

quint16 HttpFrontend::start(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    const QList<QTcpServer *> tcpServers = servers();
    for (QTcpServer *server : tcpServers) {
        // Connected after QAbstractHttpServer's own slot, so this runs once it has
        // taken the new sockets (children of the QTcpServer) and before any of
        // their data is read.
        connect(server, &QTcpServer::newConnection, this, [this, server] { adopt(server); });
    }
    return bound;
}

void HttpFrontend::adopt(QTcpServer *server)
{
    const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        if (!socket->findChild<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly))
            (new HttpConnection(socket, m_handler))->takeOver(this);
    }
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Only a connection's first request arrives here; the connection is then taken over.
    HttpConnection *connection = socket->findChild<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    if (!connection) {
        connection = new HttpConnection(socket, m_handler);
        connection->takeOver(this);
    }
    HttpRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path();
    r.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    r.target = url.path(QUrl::FullyEncoded).toLatin1() + (url.hasQuery() ? "?" + r.rawQuery : QByteArray());
    r.headers = request.headers();
    r.body = request.body();
    r.keepAlive = !r.header("connection").toLower().contains("close");
    r.localAddress = localAddressOf(socket);
    connection->dispatch(r);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Unreachable: handleRequest takes every request.
}

} // namespace sandbox
