#include "bench/loadall.h"

#include "app/models/instancesmodel.h"
#include "app/models/pagedtablemodel.h"
#include "app/net/apiclient.h"
#include "bench/benchsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

namespace bench {

void watchTraffic(pc::ApiClient *client, QObject *context, Traffic *traffic)
{
    QObject::connect(
        client->network(), &QNetworkAccessManager::finished, context, [traffic](QNetworkReply *reply) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            traffic->http2 += reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
            if (status == 200) {
                ++traffic->pages;
                traffic->bodyBytes += reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
                traffic->urls.append(QString::fromLatin1(reply->url().toEncoded()));
            } else if (status == 429) {
                ++traffic->status429;
            } else {
                ++traffic->otherStatus;
            }
        });
}

WalkOutcome runLoadAll(pc::InstancesModel *model, const std::function<void()> &trigger, int timeoutMs)
{
    WalkOutcome outcome;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(model, &pc::PagedTableModel::loadAllFinished, &loop, [&](bool complete) {
        outcome.complete = complete;
        finished = true;
        loop.quit();
    });
    QObject::connect(model, &pc::PagedTableModel::errorOccurred, &loop,
                     [&](const pc::ApiError &error) { outcome.error = error.message; });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    trigger();
    if (!finished) {
        deadline.start(timeoutMs);
        loop.exec();
    }
    if (!finished)
        fail(QStringLiteral("Load all did not finish within %1 s (%2 rows)")
                 .arg(timeoutMs / 1000)
                 .arg(model->rowCount()));
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    outcome.rows = model->rowCount();
    return outcome;
}

int countUniqueIds(const pc::InstancesModel *model)
{
    QSet<qint64> ids;
    ids.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->instance(row).id);
    return int(ids.size());
}

void requireComplete(const WalkOutcome &walk, int expectedRows)
{
    if (!walk.complete || walk.rows != expectedRows || walk.uniqueIds != expectedRows)
        fail(QStringLiteral("incomplete walk: complete=%1 rows=%2 unique ids=%3 expected=%4 error=%5")
                 .arg(walk.complete)
                 .arg(walk.rows)
                 .arg(walk.uniqueIds)
                 .arg(expectedRows)
                 .arg(walk.error));
}

void requireComplete(const pc::InstancesModel *model, WalkOutcome walk, int expectedRows)
{
    walk.uniqueIds = countUniqueIds(model);
    requireComplete(walk, expectedRows);
}

} // namespace bench
