#include "tests/support/index.h"

#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace testsupport {

pc::OpenResult openIndex(pc::IndexStore &store, const QString &path)
{
    QSignalSpy opened(&store, &pc::IndexStore::opened);
    store.open(path);
    if (!opened.wait(30000))
        qFatal("the index did not open in time");
    return opened.first().first().value<pc::OpenResult>();
}

pc::CollectionState indexState(pc::IndexStore &store, pc::IndexCollection collection)
{
    return awaitIndex<pc::CollectionState>([&](auto done) { store.readState(collection, nullptr, done); });
}

QList<QJsonObject> indexRecords(pc::IndexStore &store, pc::IndexCollection collection)
{
    return awaitIndex<QList<QJsonObject>>([&](auto done) { store.readRecords(collection, nullptr, done); });
}

QString indexIntegrity(pc::IndexStore &store)
{
    return awaitIndex<QString>([&](auto done) { store.checkIntegrity(nullptr, done); });
}

pc::WriteResult indexUpsert(pc::IndexStore &store, pc::IndexCollection collection, const QJsonArray &records,
                            const pc::StatePatch &patch)
{
    return awaitIndex<pc::WriteResult>(
        [&](auto done) { store.upsert(collection, records, patch, nullptr, done); });
}

pc::SyncResult runSync(pc::IndexSync &sync, const pc::SyncOptions &options, int timeoutMs)
{
    QSignalSpy finished(&sync, &pc::IndexSync::finished);
    if (!sync.sync(options))
        qFatal("the sync did not start");
    if (!finished.wait(timeoutMs))
        qFatal("the sync did not finish in time");
    return finished.first().first().value<pc::SyncResult>();
}

void fillIndex(const sandbox::SandboxServer &server, const QString &path)
{
    pc::ApiClient client(settingsFor(server));
    pc::IndexStore store;
    if (!openIndex(store, path).ok)
        qFatal("the index could not be made");
    pc::IndexSync sync(&client, &store);
    if (!runSync(sync).ok())
        qFatal("the first sync failed");
}

QByteArray indexFileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &name : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace testsupport
