#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>

class QTemporaryDir;

// What every figure of pc_bench uses: the options of the run, its line of
// JSON, the failure that ends it, the clock and the statistics, and waiting
// on the event loop.
namespace bench {

struct Options
{
    QString command;
    int rows = -1; // -1: the figure's default
    int repeat = 1;
    QString sandbox; // provider-sandbox
    QString console; // provider-console
    QString minimal; // minimal_window
    QString tableWindow; // table_window
    QString curl = QStringLiteral("curl");
    QString tlsCert; // walktls: the sandbox's certificate (PEM), trusted by the client and curl
    QString tlsKey;  // walktls: its private key
    QString nginx;   // walktls: an nginx to put in front of the sandbox for HTTP/2 ("": none)
    QString json;    // summarize: where to write the JSON object
    QString label;   // summarize: a line describing the run (quick or full)
};

extern Options g_options;
// The run's own folder (settings, curl's config, nginx's files), set by main().
extern QTemporaryDir *g_work;

// One JSON object as one line on stdout, flushed.
void printJson(const QJsonObject &object);

// A run that cannot measure what it should: thrown, so that the stack unwinds
// (child processes are ended) and main() prints the error line.
struct BenchFailure
{
    QString message;
};

[[noreturn]] void fail(const QString &message);

qint64 monotonicNs();
double ms(qint64 ns);
// A field of /proc/self/status in bytes ("VmRSS", "VmHWM").
qint64 procStatusBytes(const char *field);
// Nearest rank; NaN for no values.
double percentile(QList<double> values, double p);
double median(QList<double> values);
double round3(double value);

// Runs the event loop (a real one: it sleeps while nothing happens) until
// `done` is true, checked every 10 ms, or `timeoutMs` passed.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);
// Runs the event loop for `milliseconds` (lets queued work and paints happen).
void spin(int milliseconds);

// Starts `program`, waits for it to end (two minutes at most; a failure
// otherwise, as is an exit code but 0); returns {start→exit ns, stdout}.
std::pair<qint64, QByteArray> timeProcess(const QString &program, const QStringList &arguments,
                                          const QProcessEnvironment &environment,
                                          qint64 *startedAtNs = nullptr);
// Settings, profiles and the local index of a run of their own (`name`
// under the bench's folder), never the user's; offscreen.
QProcessEnvironment benchEnvironment(const QString &name);
// The bytes of each object as compact JSON, summed.
qint64 compactJsonBytes(const QList<QJsonObject> &objects);
// Sets VmHWM back to the current VmRSS (/proc/self/clear_refs, "5"), so that
// a peak before the measured step is not counted; false if Linux refused.
bool resetPeakRss();

} // namespace bench
