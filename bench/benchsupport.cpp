#include "bench/benchsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace bench {

Options g_options;
QTemporaryDir *g_work = nullptr;

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    throw BenchFailure{message};
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

qint64 procStatusBytes(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return parts.value(0).toLongLong() * 1024; // "kB"
        }
    }
    return -1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype rank =
        std::clamp<qsizetype>(qsizetype(std::ceil(p * double(values.size()))), 1, values.size());
    return values.at(rank - 1);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double round3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    bool timedOut = false;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    check.start();
    deadline.start(timeoutMs);
    loop.exec();
    return !timedOut;
}

void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// Starts `program`, waits for it to end; returns {start→exit ns, stdout}.
std::pair<qint64, QByteArray> timeProcess(const QString &program, const QStringList &arguments,
                                          const QProcessEnvironment &environment, qint64 *startedAtNs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 t0 = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        fail(QStringLiteral("%1 did not finish: %2").arg(program, process.errorString()));
    const qint64 t1 = monotonicNs();
    if (process.exitCode() != 0)
        fail(QStringLiteral("%1 exited with %2").arg(program).arg(process.exitCode()));
    if (startedAtNs)
        *startedAtNs = t0;
    return {t1 - t0, process.readAllStandardOutput()};
}

// Settings, profiles and the local index of a run of their own (`name`
// under the bench's folder), never the user's; offscreen.
QProcessEnvironment benchEnvironment(const QString &name)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), g_work->filePath(name + QStringLiteral("/config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), g_work->filePath(name + QStringLiteral("/data")));
    return environment;
}

qint64 compactJsonBytes(const QList<QJsonObject> &objects)
{
    qint64 bytes = 0;
    for (const QJsonObject &object : objects)
        bytes += QJsonDocument(object).toJson(QJsonDocument::Compact).size();
    return bytes;
}

bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace bench
