#pragma once

// The HTTP layer. QAbstractHttpServer (6.4) accepts the connections; each one
// is taken over and parsed here from its first byte on, because 6.4's parser
// merges pipelined requests that arrive in one read. Holding
// the socket also lets answers be delayed, dripped, truncated, dropped or never
// sent, while answers on one connection always leave in request order.

#include "sandbox/query.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace sandbox {

// "Service Unavailable" for 503, …
QByteArray reasonPhrase(int status);

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as received
    QString path;      // decoded
    QByteArray rawQuery;
    HeaderList headers;
    QByteArray body;
    bool keepAlive = true;
    QString localAddress; // host:port the connection arrived on (fallback for a missing Host)

    QByteArray header(const QByteArray &name) const;
};

struct HttpResponse
{
    enum class Delivery { Normal, Drop, Truncate, Reset, Never, Drip };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
    int dripIntervalMs = 20;
    int dripBytes = 64; // "a few bytes" per tick

    QByteArray head() const; // status line and headers, Content-Length included
};

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Called once per request; the answer comes back through respond(slot, …).
    using Handler = std::function<void(HttpConnection *, quint64 slot, const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler);

    void takeOver(QObject *previousReceiver);
    void dispatch(const HttpRequest &request);
    void respond(quint64 slot, const HttpResponse &response);

private:
    struct Pending
    {
        quint64 slot = 0;
        bool keepAlive = true;
        bool ready = false;
        HttpResponse response;
    };

    void onReadyRead();
    bool parseOne(); // false when more bytes are needed
    void pump();
    void dripNext();
    void fail(); // a request that cannot be parsed: 400 and close

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    quint64 m_nextSlot = 0;
    std::deque<Pending> m_queue;
    bool m_blocked = false; // dripping or never answering: later answers wait
    bool m_closed = false;
    QByteArray m_drip;
    int m_dripInterval = 20;
    int m_dripChunk = 64;
    bool m_dripKeepAlive = true;
};

class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpFrontend(HttpConnection::Handler handler, QObject *parent = nullptr);

    // listen() plus the take-over of every accepted connection.
    quint16 start(const QHostAddress &address, quint16 port);
    // HTTPS from then on (call before start()): false when either PEM file
    // cannot be read or holds no certificate / key.
    bool useTls(const QString &certificateFile, const QString &keyFile);

protected:
    // Only reached if a connection escaped the take-over; it is taken over then.
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void adopt(QTcpServer *server);

    HttpConnection::Handler m_handler;
};

} // namespace sandbox
