// Figure 8b: the memory the local index costs in use. Figure 2 with the rows
// from the index: the instances table's rows read from a complete local
// copy as the window reads them at start, and the sync that follows.

#include "app/index/indexstore.h"
#include "app/index/localindex.h"
#include "app/models/instancesmodel.h"
#include "app/net/apiclient.h"
#include "bench/benchsupport.h"
#include "bench/figures.h"
#include "bench/sandboxes.h"
#include "ui/shell/tablestart.h"

#include <QDirIterator>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

namespace bench {

namespace {

constexpr int kSyncTimeoutMs = 10 * 60 * 1000;

// The index file `provider-console sync` made under the run's data folder.
QString indexFileUnder(const QString &dataHome)
{
    QStringList files;
    QDirIterator it(dataHome, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    if (files.size() != 1)
        fail(QStringLiteral("expected one index file under %1, found %2").arg(dataHome).arg(files.size()));
    return files.constFirst();
}

// The compact JSON of every instance the index holds: what the API sent for
// them, the figure's denominator.
qint64 instanceJsonBytes(pc::IndexStore &store)
{
    qint64 bytes = -1;
    store.readRecords(pc::IndexCollection::Instances, nullptr,
                      [&bytes](const QList<QJsonObject> &records) { bytes = compactJsonBytes(records); });
    if (!waitUntil([&bytes] { return bytes >= 0; }, kSyncTimeoutMs))
        fail(QStringLiteral("reading the instances' records did not finish"));
    return bytes;
}

} // namespace

// 8b. Peak RSS per instance with the local index in use, over the JSON bytes
// per instance. The index is filled by `provider-console sync`, a process
// of its own, so that nothing the first sync allocated is here to be reused;
// the sandbox is a process of its own too. Then, in this process, as the
// window does at start: the index opened, both tables taking every row from
// it (TableStart), and the sync the opening starts, to its end.
QJsonObject figureIndexMemory(int rows)
{
    SandboxProcess sandbox(rows);
    const QString name = QStringLiteral("index-memory");
    QProcessEnvironment environment = benchEnvironment(name);
    environment.insert(QStringLiteral("PROVIDER_CONSOLE_TOKEN"), QString::fromLatin1(kToken));
    timeProcess(g_options.console,
                {QStringLiteral("sync"), QStringLiteral("--api-url"), sandbox.baseUrl().toString(),
                 QStringLiteral("--account"), kAccount},
                environment);
    const QString file = indexFileUnder(g_work->filePath(name + QStringLiteral("/data")));

    pc::ApiClient client(connectionTo(sandbox.baseUrl(), false));
    // The network stack's start-up in the baseline, as in figure 2.
    warmUp(client);
    auto *index = new pc::LocalIndex(&client);
    pc::TableStart tables(&client, index, QString()); // owns the index
    spin(100);
    const qint64 rssNone = procStatusBytes("VmRSS");
    const bool peakReset = resetPeakRss();
    const qint64 hwmBefore = procStatusBytes("VmHWM");

    QObject context;
    bool synced = false;
    pc::SyncResult sync;
    QObject::connect(index, &pc::LocalIndex::syncFinished, &context, [&](const pc::SyncResult &result) {
        sync = result;
        synced = true;
    });
    index->open(file);
    tables.start();
    if (!waitUntil([&] { return synced && tables.instances()->rowCount() == rows; }, kSyncTimeoutMs))
        fail(QStringLiteral("the table holds %1 of %2 instances from the index (synced: %3)")
                 .arg(tables.instances()->rowCount())
                 .arg(rows)
                 .arg(synced ? QStringLiteral("yes") : QStringLiteral("no")));
    if (!sync.ok())
        fail(QStringLiteral("the sync at start failed: %1").arg(sync.message));
    if (!index->isComplete(pc::IndexCollection::Instances))
        fail(QStringLiteral("the index did not hold a complete copy of the instances"));
    spin(100);
    const qint64 hwmAfter = procStatusBytes("VmHWM");
    const qint64 rssAfter = procStatusBytes("VmRSS");

    const qint64 json = instanceJsonBytes(*index->store());
    const double rssPerRow = double(hwmAfter - rssNone) / rows;
    const double jsonPerRow = double(json) / rows;
    return {{QStringLiteral("figure"), QStringLiteral("indexmemory")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("rss_none_bytes"), double(rssNone)},
            {QStringLiteral("peak_reset"), peakReset},
            {QStringLiteral("hwm_before_bytes"), double(hwmBefore)},
            {QStringLiteral("hwm_loaded_bytes"), double(hwmAfter)},
            {QStringLiteral("rss_loaded_bytes"), double(rssAfter)},
            {QStringLiteral("index_sync_changed"), sync.changed()},
            {QStringLiteral("index_rss_bytes_per_row"), round3(rssPerRow)},
            {QStringLiteral("index_rss_steady_bytes_per_row"), round3(double(rssAfter - rssNone) / rows)},
            {QStringLiteral("index_instance_json_bytes_per_row"), round3(jsonPerRow)},
            {QStringLiteral("index_rss_ratio"), round3(rssPerRow / jsonPerRow)}};
}

} // namespace bench
