#pragma once

// A small synchronous HTTP helper for the sandbox tests, on a plain
// QNetworkAccessManager (deliberately not the client core).

#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace testhttp {

struct Reply
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString message() const { return object().value(QLatin1String("message")).toString(); }
    int intHeader(const QByteArray &name) const { return header(name).toInt(); }

    // rel -> URL, split only on a comma that starts a new <…> (URLs hold commas).
    QMap<QString, QString> links() const
    {
        QMap<QString, QString> out;
        static const QRegularExpression split(QStringLiteral(",(?![^<]*>)"));
        static const QRegularExpression part(QStringLiteral("^\\s*<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\"\\s*$"));
        const QStringList parts = QString::fromUtf8(header("link")).split(split, Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            const QRegularExpressionMatch m = part.match(p);
            if (m.hasMatch())
                out.insert(m.captured(2), m.captured(1));
        }
        return out;
    }
};

class Client
{
public:
    explicit Client(const sandbox::SandboxServer &server) : m_server(server) {}

    QByteArray token = "sandbox-token";
    QByteArray account = "wdc";
    QByteArray accountHeader = "X-Xurrent-Account";
    bool authorize = true;
    int transferTimeoutMs = 0;

    QUrl url(const QString &pathOrUrl) const
    {
        if (pathOrUrl.startsWith(QLatin1String("http")))
            return QUrl(pathOrUrl);
        return QUrl(m_server.baseUrl().toString() + pathOrUrl);
    }

    QNetworkRequest request(const QString &pathOrUrl) const
    {
        QNetworkRequest r(url(pathOrUrl));
        if (authorize) {
            r.setRawHeader("Authorization", "Bearer " + token);
            r.setRawHeader(accountHeader, account);
        }
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (transferTimeoutMs > 0)
            r.setTransferTimeout(transferTimeoutMs);
        return r;
    }

    Reply get(const QString &path, int timeoutMs = 10000) { return send(request(path), "GET", {}, timeoutMs); }
    Reply patch(const QString &path, const QJsonObject &body) { return send(request(path), "PATCH", QJsonDocument(body).toJson()); }
    Reply post(const QString &path, const QJsonObject &body) { return send(request(path), "POST", QJsonDocument(body).toJson()); }
    Reply sendRaw(const QString &path, const QByteArray &verb, const QByteArray &body) { return send(request(path), verb, body); }

    QNetworkReply *start(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body = {})
    {
        return m_nam.sendCustomRequest(request, verb, body);
    }

    static Reply finish(QNetworkReply *reply, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(timeoutMs);
        }
        Reply r;
        r.elapsedMs = timer.elapsed();
        r.finished = reply->isFinished();
        r.error = reply->error();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    Reply send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body, int timeoutMs = 10000)
    {
        return finish(start(request, verb, body), timeoutMs);
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    const sandbox::SandboxServer &m_server;
    QNetworkAccessManager m_nam;
};

// Options for tests that send many requests: no rate limits in the way.
inline sandbox::SandboxOptions unlimited(int instances = 2500)
{
    sandbox::SandboxOptions o;
    o.burstLimit = false;
    o.hourlyLimit = 0;
    o.instanceCount = instances;
    return o;
}

} // namespace testhttp
