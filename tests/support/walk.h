#pragma once

// Waiting for and walking what the client and the models load, the way a
// view or a caller does: one copy for every test that talks to the sandbox.

#include "app/net/apiclient.h"
#include "app/net/apierror.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

class QAbstractItemModel;

namespace pc {
class PagedTableModel;
class Pager;
} // namespace pc

namespace testsupport {

// Runs one call to completion and returns its response (fails the test
// program when it does not finish in time).
pc::ApiResponse runCall(pc::ApiCall *call, int timeoutMs = 15000);

// Runs the event loop until `done` (checked every 2 ms) or the timeout.
// Unlike QTest::qWaitFor, which sleeps 10 ms between rounds of events, timers
// keep their pace here: a drip of 64 bytes a millisecond stays one.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// Pages the way a view does: fetchMore() while it may, until the end or an
// error. True when it got there in time.
bool drain(pc::PagedTableModel &model, int timeoutMs = 20000);
// Nothing in flight, no Load all running.
bool settle(pc::PagedTableModel &model, int timeoutMs = 20000);

// A collection walked with a Pager: every record, the pages, the first error.
struct PagerWalk
{
    QJsonArray records;
    int pages = 0;
    pc::ApiError error;
};
PagerWalk walkPager(pc::Pager &pager, int timeoutMs = 30000);

// The ids of records, in their order, as the API sends them.
QList<qint64> idsOf(const QJsonArray &records);
QSet<qint64> idSetOf(const QJsonArray &records);
// The ids of a model's rows (RecordIdRole of column 0), top to bottom.
QList<qint64> rowIds(const QAbstractItemModel &model);

// The requests the sandbox saw whose path starts with `pathPrefix`; with
// `method`, only those of that method.
QList<sandbox::RecordedRequest> requestsTo(const sandbox::SandboxServer &server, const QString &pathPrefix,
                                           const QByteArray &method = {});

// The client paces its requests only where the sandbox limits them: a test of
// what is loaded need not wait for the burst limit's rate.
pc::ConnectionSettings pacedWhereLimited(const sandbox::SandboxServer &server);

// `ids` in ascending order.
QList<qint64> sortedIds(QList<qint64> ids);

// The requests of a parallel walk that carried an id range (not the bounds).
int rangeRequestCount(const sandbox::SandboxServer &server);

// For a test that cancels a walk midway: the first `answeredAtOnce`
// requests are answered as usual, every later one `latencyMs` late, so rows
// arrive and the walk is still far from done when the test cancels it,
// however slow the machine (a sanitized build on a loaded one included).
// clearFaults() ends it.
void slowAfter(sandbox::SandboxServer &server, int answeredAtOnce, int latencyMs);

} // namespace testsupport
