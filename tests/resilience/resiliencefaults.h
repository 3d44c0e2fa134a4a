#pragma once

// The faults tst_resilience runs through each way of loading, saving and
// acting: the fault table of the models and the rows of the save, apart from
// the test class so that the cases read as one list.

#include "app/actions/instancebatch.h"
#include "app/net/apierror.h"
#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace resilience {

// Distinctive, so that finding them in a message or a file means a leak.
inline const QByteArray kToken = "resilience-token-7f3a91c2";
inline const QByteArray kNewToken = "resilience-token-second-04be";

// How a model is made to load.
enum Mode {
    Page = 1,            // a view's fetchMore(): one page at a time
    LoadAllOne = 2,      // Load all with one cursor
    LoadAllParallel = 4, // Load all walking id ranges with four cursors
};

// How the test recovers once the fault has ended.
enum Recovery {
    Retry,    // retry() (Page) or Load all again (which is also its retry)
    Reload,   // the fault cannot be retried away (a refused link, a loop): a reload
    NewToken, // the token was revoked: a new one is set on both sides, then Retry
};

const char *modeName(int mode);

struct FaultCase
{
    QString name;
    sandbox::Fault fault;
    pc::ApiError::Kind expected = pc::ApiError::Kind::None; // None: the client copes by itself
    QStringList words;                                      // the message must hold each (case-insensitive)
    Recovery recovery = Retry;
    int modes = Page | LoadAllOne | LoadAllParallel;
    int rateLimitWaitS = 3;
    int transferTimeoutMs = 400;
};

// A GET fault of `kind`, `times` times (-1: for ever).
sandbox::Fault make(sandbox::Fault::Kind kind, int times = 1);
// A GET answered with `code` and `body`, `times` times.
sandbox::Fault status(int code, int times, const QByteArray &body = {},
                      const QByteArray &contentType = "application/json");

// Every fault of the list, with what the client must make of it. `foreign`
// is the second loopback address's listener.
QList<FaultCase> faultCases(const QUrl &foreign);

// The GET requests the sandbox saw for exactly `path`.
QList<sandbox::RecordedRequest> listRequests(const sandbox::SandboxServer &server, const QString &path);

// The columns and rows of saveThroughEachFault: a fault on the check or the
// PATCH of a save, and what the save, the server and the journal show after it.
void addSaveFaultRows();

// A fault on one row of a bulk suspend (its PATCH, on every attempt unless
// `times` says otherwise), and what the run must report for that row.
struct RowFault
{
    sandbox::Fault fault;
    pc::InstanceBatch::Outcome outcome;
    bool applied;   // the server has the change after the run
    int httpStatus; // as journaled
    QString words;  // in the item's message
};

// The rows of bulkActionReportIsExact, in the order of the targets they meet.
QList<RowFault> bulkRowFaults();

} // namespace resilience

Q_DECLARE_METATYPE(sandbox::Fault)
