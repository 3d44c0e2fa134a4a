#pragma once

// An HTTP proxy that wants a user name and password, for the tests of a
// profile's proxy password.

#include <QByteArray>
#include <QStringList>
#include <QTcpServer>

namespace testsupport {

// As a company proxy does: a CONNECT without the right Proxy-Authorization
// (Basic) is answered 407 with a Proxy-Authenticate challenge, on a
// connection kept open for the next try; with it, the proxy opens a tunnel to
// the host and port asked for and passes the bytes both ways. Anything but
// CONNECT gets 501: the console reaches its API over https, so through a
// proxy always by CONNECT. It listens on 127.0.0.1 and keeps what it was sent.
class AuthProxy : public QTcpServer
{
    Q_OBJECT

public:
    AuthProxy(const QString &user, const QString &password, QObject *parent = nullptr);

    // Every Proxy-Authorization received, decoded ("user:password"), in
    // order; a request without one adds nothing.
    QStringList credentialsSeen;
    int challenges = 0; // 407s answered
    int tunnels = 0;    // tunnels opened

private:
    void serve(QTcpSocket *client);
    void answer(QTcpSocket *client, const QByteArray &head);
    void openTunnel(QTcpSocket *client, const QByteArray &target);

    QByteArray m_expected; // the Basic credentials wanted, base64
};

} // namespace testsupport
