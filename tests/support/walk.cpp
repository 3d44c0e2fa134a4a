#include "tests/support/walk.h"

#include "app/models/pagedtablemodel.h"
#include "app/net/pager.h"
#include "tests/support/sandboxfixture.h"

#include <QAbstractItemModel>
#include <QEventLoop>
#include <QJsonObject>
#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <algorithm>

namespace testsupport {

pc::ApiResponse runCall(pc::ApiCall *call, int timeoutMs)
{
    QSignalSpy spy(call, &pc::ApiCall::finished);
    if (!spy.wait(timeoutMs))
        qFatal("the call did not finish");
    return spy.first().first().value<pc::ApiResponse>();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop, &done] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

bool drain(pc::PagedTableModel &model, int timeoutMs)
{
    return waitUntil(
        [&model] {
            if (model.lastError().isError())
                return true;
            if (!model.isLoading() && model.canFetchMore({}))
                model.fetchMore({});
            return model.atEnd() && !model.isLoading();
        },
        timeoutMs);
}

bool settle(pc::PagedTableModel &model, int timeoutMs)
{
    return waitUntil([&model] { return !model.isLoading() && !model.isLoadingAll(); }, timeoutMs);
}

PagerWalk walkPager(pc::Pager &pager, int timeoutMs)
{
    PagerWalk result;
    QObject context; // the connections end with this walk
    QObject::connect(&pager, &pc::Pager::pageArrived, &context, [&result](const QJsonArray &records) {
        ++result.pages;
        for (const QJsonValue &value : records)
            result.records.append(value);
    });
    QObject::connect(&pager, &pc::Pager::failed, &context,
                     [&result](const pc::ApiError &error) { result.error = error; });
    while (!pager.atEnd() && !result.error.isError()) {
        pager.fetchNext();
        if (!QTest::qWaitFor([&pager] { return !pager.isLoading(); }, timeoutMs))
            qFatal("a page did not arrive");
    }
    return result;
}

QList<qint64> idsOf(const QJsonArray &records)
{
    QList<qint64> ids;
    for (const QJsonValue &value : records)
        ids.append(value.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

QSet<qint64> idSetOf(const QJsonArray &records)
{
    const QList<qint64> ids = idsOf(records);
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QList<qint64> rowIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(pc::PagedTableModel::RecordIdRole).toLongLong());
    return ids;
}

QList<sandbox::RecordedRequest> requestsTo(const sandbox::SandboxServer &server, const QString &pathPrefix,
                                           const QByteArray &method)
{
    QList<sandbox::RecordedRequest> matching;
    const QList<sandbox::RecordedRequest> requests = server.requests();
    for (const auto &request : requests) {
        if (request.path.startsWith(pathPrefix) && (method.isEmpty() || request.method == method))
            matching.append(request);
    }
    return matching;
}

pc::ConnectionSettings pacedWhereLimited(const sandbox::SandboxServer &server)
{
    pc::ConnectionSettings settings = settingsFor(server);
    settings.paceBurst = server.options().burstLimit;
    return settings;
}

QList<qint64> sortedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

int rangeRequestCount(const sandbox::SandboxServer &server)
{
    int count = 0;
    for (const auto &request : server.requests()) {
        if (request.query.hasQueryItem(QStringLiteral("id")) &&
            request.query.queryItemValue(QStringLiteral("per_page")) != QLatin1String("1"))
            ++count;
    }
    return count;
}

void slowAfter(sandbox::SandboxServer &server, int answeredAtOnce, int latencyMs)
{
    sandbox::Fault slow;
    slow.kind = sandbox::Fault::Kind::Latency;
    slow.latencyMs = latencyMs;
    slow.skip = answeredAtOnce;
    slow.times = -1;
    server.addFault(slow);
}

} // namespace testsupport
