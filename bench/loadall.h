#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QObject;

namespace pc {
class ApiClient;
class InstancesModel;
} // namespace pc

// Load all through the real client and model, watched: what the network
// layer received, how long the walk took, and whether every row arrived once.
namespace bench {

// Every answer the client's network layer received (a parallel walk too).
struct Traffic
{
    int pages = 0; // 200 answers
    int status429 = 0;
    int otherStatus = 0;
    qint64 bodyBytes = 0; // content-length of the 200 answers
    int http2 = 0;        // answers that came over HTTP/2 (Http2WasUsedAttribute)
    QStringList urls;     // of the 200 answers, in the order they arrived
};

// Counts into `traffic` every answer `client` receives while `context` lives.
void watchTraffic(pc::ApiClient *client, QObject *context, Traffic *traffic);

struct WalkOutcome
{
    double seconds = 0;
    bool complete = false;
    QString error;
    int rows = 0;
    int uniqueIds = 0;
};

// `trigger` starts Load all (model->loadAll() or the window's action);
// returns when loadAllFinished arrives.
WalkOutcome runLoadAll(pc::InstancesModel *model, const std::function<void()> &trigger,
                       int timeoutMs = 1800000);

// No record lost or doubled: counted after the timing (and after figure 6's
// probe), never inside it.
int countUniqueIds(const pc::InstancesModel *model);

// Fails the run unless the walk reported complete with `expectedRows` rows
// and as many distinct ids: counted in `model`, or already in walk.uniqueIds.
void requireComplete(const pc::InstancesModel *model, WalkOutcome walk, int expectedRows);
void requireComplete(const WalkOutcome &walk, int expectedRows);

} // namespace bench
