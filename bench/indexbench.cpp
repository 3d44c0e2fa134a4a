#include "bench/indexbench.h"

#include "app/index/indexfeed.h"
#include "app/index/indexstore.h"
#include "app/index/indexsync.h"
#include "app/models/instancesmodel.h"
#include "app/net/apiclient.h"
#include "bench/benchsupport.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QPointer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace bench {

namespace {

constexpr int kChanged = 1000; // instances changed by "someone else" between two syncs
constexpr int kTimeoutMs = 30 * 60 * 1000;

// The sandbox library on a thread of its own, its records within reach:
// work on the server runs on that thread, the caller waiting for it.
class SandboxOnThread : public QThread
{
public:
    explicit SandboxOnThread(const sandbox::SandboxOptions &options)
        : m_options(options)
    {}
    ~SandboxOnThread() override
    {
        quit();
        wait();
    }

    QUrl startAndWait()
    {
        start();
        m_ready.acquire();
        return m_baseUrl;
    }
    void withServer(const std::function<void(sandbox::SandboxServer &)> &work)
    {
        QMetaObject::invokeMethod(
            m_server, [this, &work] { work(*m_server); }, Qt::BlockingQueuedConnection);
    }
    int requestCount()
    {
        int count = 0;
        withServer([&count](sandbox::SandboxServer &server) { count = server.requestCount(); });
        return count;
    }

protected:
    void run() override
    {
        sandbox::SandboxServer server(m_options);
        if (server.listen(QHostAddress::LocalHost, 0) != 0) {
            m_baseUrl = server.baseUrl();
            m_server = &server;
        }
        m_ready.release();
        if (m_server)
            exec();
        m_server = nullptr;
    }

private:
    sandbox::SandboxOptions m_options;
    QSemaphore m_ready;
    QUrl m_baseUrl;
    sandbox::SandboxServer *m_server = nullptr;
};

// Runs the event loop until `ask`'s callback answers.
template<typename T>
T await(const std::function<void(std::function<void(const T &)>)> &ask, const QString &what)
{
    auto answer = std::make_shared<std::optional<T>>();
    QEventLoop loop;
    const QPointer<QEventLoop> guard(&loop);
    ask([answer, guard](const T &value) {
        *answer = value;
        if (guard)
            guard->quit();
    });
    if (!answer->has_value()) {
        QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answer->has_value())
        fail(QStringLiteral("%1 did not finish in time").arg(what));
    return **answer;
}

pc::SyncResult runSync(pc::IndexSync &sync)
{
    const pc::SyncResult result = await<pc::SyncResult>(
        [&sync](auto done) {
            QObject::connect(&sync, &pc::IndexSync::finished, &sync, done, Qt::SingleShotConnection);
            if (!sync.sync())
                fail(QStringLiteral("the sync did not start"));
        },
        QStringLiteral("a sync"));
    if (!result.ok())
        fail(QStringLiteral("the sync failed: %1").arg(result.message));
    return result;
}

QList<QJsonObject> readAll(pc::IndexStore &store, pc::IndexCollection collection)
{
    return await<QList<QJsonObject>>(
        [&store, collection](auto done) { store.readRecords(collection, nullptr, done); },
        QStringLiteral("reading the records"));
}

// Every instance from the index into the instances table's model, as the
// window takes them at start: from setting the local copy to the rows in.
qsizetype readIntoModel(pc::ApiClient &client, pc::IndexStore &store)
{
    pc::IndexFeed feed(&store, pc::IndexCollection::Instances);
    pc::InstancesModel model(&client);
    feed.setModel(&model);
    return await<qsizetype>(
        [&model, &feed](auto done) {
            QObject::connect(&model, &pc::PagedTableModel::loadingChanged, &model,
                             [&model, done](bool loading) {
                                 if (!loading)
                                     done(model.rowCount());
                             });
            model.setLocalSource(&feed);
        },
        QStringLiteral("reading the instances into the table"));
}

// 1,000 instances, spread over the collection, changed as a provider's
// colleague would (suspended or resumed, with a comment).
void changeInstances(SandboxOnThread &server)
{
    int failures = 0;
    server.withServer([&failures](sandbox::SandboxServer &sandbox) {
        const QList<qint64> ids = sandbox.instanceIds();
        const qsizetype step = std::max<qsizetype>(1, ids.size() / kChanged);
        for (int i = 0; i < kChanged && i * step < ids.size(); ++i) {
            const qint64 id = ids.at(i * step);
            const bool suspended = sandbox.instance(id).value(QStringLiteral("suspended")).toBool();
            const QJsonObject change{
                {QStringLiteral("suspended"), !suspended},
                {QStringLiteral("suspension_comment"), QStringLiteral("Bench change %1").arg(i)}};
            failures += sandbox.updateInstance(id, change) ? 0 : 1;
        }
    });
    if (failures > 0)
        fail(QStringLiteral("%1 of the changes were refused by the sandbox").arg(failures));
}

QList<QJsonObject> measure(int rows, int repeat)
{
    sandbox::SandboxOptions options;
    options.instanceCount = rows;
    options.burstLimit = false;
    options.hourlyLimit = 0;
    SandboxOnThread server(options);
    const QUrl base = server.startAndWait();
    if (!base.isValid())
        fail(QStringLiteral("the in-process sandbox could not listen"));
    pc::ConnectionSettings settings;
    settings.baseUrl = base;
    settings.account = QStringLiteral("wdc");
    settings.token = "sandbox-token";
    settings.paceBurst = false; // the server's burst limit is off
    pc::ApiClient client(settings);
    QTemporaryDir folder;
    pc::IndexStore store;
    const pc::OpenResult opened = await<pc::OpenResult>(
        [&](auto done) {
            QObject::connect(&store, &pc::IndexStore::opened, &store, done, Qt::SingleShotConnection);
            store.open(folder.filePath(QStringLiteral("index.sqlite")));
        },
        QStringLiteral("opening the index"));
    if (!opened.ok)
        fail(QStringLiteral("the index did not open: %1").arg(opened.error));
    pc::IndexSync sync(&client, &store);

    QElapsedTimer timer;
    timer.start();
    int before = server.requestCount();
    runSync(sync); // the first copy
    const double firstSyncS = double(timer.nsecsElapsed()) / 1e9;
    const int firstSyncRequests = server.requestCount() - before;

    before = server.requestCount();
    runSync(sync);
    const int noopRequests = server.requestCount() - before;

    changeInstances(server);
    before = server.requestCount();
    const pc::SyncResult changes = runSync(sync);
    const int changesRequests = server.requestCount() - before;
    if (changes.changed() < kChanged)
        fail(QStringLiteral("only %1 of the %2 changes arrived").arg(changes.changed()).arg(kChanged));

    const qint64 fileBytes = await<qint64>([&store](auto done) { store.measureFileBytes(nullptr, done); },
                                           QStringLiteral("measuring the file"));
    const QList<QJsonObject> offerings = readAll(store, pc::IndexCollection::Offerings);
    const qint64 records = offerings.size() + rows;
    const qint64 json =
        compactJsonBytes(offerings) + compactJsonBytes(readAll(store, pc::IndexCollection::Instances));

    QList<QJsonObject> runs;
    for (int repetition = 0; repetition < repeat; ++repetition) {
        timer.restart();
        const qsizetype read = readIntoModel(client, store);
        const double readMs = double(timer.nsecsElapsed()) / 1e6;
        if (read != rows)
            fail(QStringLiteral("the index holds %1 instances, not %2").arg(read).arg(rows));
        QJsonObject run{{QStringLiteral("figure"), QStringLiteral("index")},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("index_all_rows_ms"), round3(readMs)}};
        if (repetition == 0) {
            run.insert(QStringLiteral("index_first_sync_s"), round3(firstSyncS));
            run.insert(QStringLiteral("index_first_sync_requests"), firstSyncRequests);
            run.insert(QStringLiteral("sync_noop_requests"), noopRequests);
            run.insert(QStringLiteral("sync_changes_requests"), changesRequests);
            run.insert(QStringLiteral("sync_changes_changed"), changes.changed());
            run.insert(QStringLiteral("index_db_bytes_per_record"),
                       round3(double(fileBytes) / double(records)));
            run.insert(QStringLiteral("index_json_bytes_per_record"), round3(double(json) / double(records)));
            run.insert(QStringLiteral("index_disk_ratio"), round3(double(fileBytes) / double(json)));
        }
        runs.append(run);
    }
    return runs;
}

} // namespace

QList<QJsonObject> figureIndex(int rows, int repeat, QString *error)
{
    try {
        return measure(rows, repeat);
    } catch (const BenchFailure &failure) {
        *error = failure.message;
        return {};
    }
}

} // namespace bench
