#include "tests/support/authproxy.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace testsupport {

AuthProxy::AuthProxy(const QString &user, const QString &password, QObject *parent)
    : QTcpServer(parent)
    , m_expected((user + QLatin1Char(':') + password).toUtf8().toBase64())
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = nextPendingConnection())
            serve(client);
    });
    if (!listen(QHostAddress::LocalHost, 0))
        qFatal("the test proxy could not listen");
}

// Reads request heads until a tunnel is open; then the bytes are the
// tunnel's (openTunnel() takes the socket over).
void AuthProxy::serve(QTcpSocket *client)
{
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::readyRead, client, [this, client] {
        if (client->property("tunnel").toBool())
            return;
        QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
        qsizetype end = buffer.indexOf("\r\n\r\n");
        while (end >= 0 && !client->property("tunnel").toBool()) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            answer(client, head);
            end = buffer.indexOf("\r\n\r\n");
        }
        client->setProperty("buffer", buffer);
    });
}

void AuthProxy::answer(QTcpSocket *client, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
    if (request.value(0) != "CONNECT") {
        client->write("HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    QByteArray given;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "proxy-authorization") {
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (value.toLower().startsWith("basic "))
                given = value.mid(6).trimmed();
            credentialsSeen.append(QString::fromUtf8(QByteArray::fromBase64(given)));
        }
    }
    if (given.isEmpty() || given != m_expected) {
        ++challenges;
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      "Proxy-Authenticate: Basic realm=\"test proxy\", charset=\"UTF-8\"\r\n"
                      "Content-Length: 0\r\nProxy-Connection: keep-alive\r\n\r\n");
        return;
    }
    openTunnel(client, request.value(1));
}

void AuthProxy::openTunnel(QTcpSocket *client, const QByteArray &target)
{
    client->setProperty("tunnel", true);
    const qsizetype colon = target.lastIndexOf(':');
    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client, [this, client, upstream] {
        ++tunnels;
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        // What the client sent after the head, then whatever comes.
        upstream->write(client->property("buffer").toByteArray() + client->readAll());
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
    });
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
    upstream->connectToHost(QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort());
}

} // namespace testsupport
