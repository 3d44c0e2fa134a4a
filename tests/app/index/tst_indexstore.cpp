#include "app/index/indexdatabase.h"
#include "app/index/indexschema.h"
#include "app/index/indexstore.h"
#include "tests/support/index.h"
#include "tests/support/sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using testsupport::indexRecords;
using testsupport::indexState;
using testsupport::indexUpsert;
using testsupport::openIndex;

class TestIndexStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fileNamesAreSafeAndDistinct();
    void createdOwnerOnlyInWalMode();
    void upsertIsIdempotent();
    void keepsUnknownFieldsAndTheStateWithThePage();
    void refusesAPageWithARecordItCannotKeep();
    void removesOnlyWhatTheListingDidNotFindAndWasSeenBefore();
    void migratesVersion1();
    void damagedFileIsMovedAsideAndRebuilt_data();
    void damagedFileIsMovedAsideAndRebuilt();
    void aCleanlyClosedFileIsNotReadWholeAtOpen();
    void twoStoresShareOneFile();
    void lockOfADeadProcessIsStale();
    void forgetRemovesTheFiles();
    void callbacksSkipADestroyedContext();
    void databaseIsSmallerThanTheJson();

private:
    QString pathIn(const QString &name) const { return QDir(m_dir->path()).filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QJsonObject instance(qint64 id, const QString &updatedAt, const QString &comment = {})
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("suspended"), !comment.isEmpty()},
        {QStringLiteral("suspension_comment"), comment.isEmpty() ? QJsonValue() : QJsonValue(comment)},
        {QStringLiteral("customer_account"), QJsonObject{{QStringLiteral("id"), QStringLiteral("acme")},
                                                         {QStringLiteral("name"), QStringLiteral("Acme")}}},
        {QStringLiteral("app_offering"),
         QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("name"), QStringLiteral("Bridge")}}}};
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
}

// Asks SQLite itself, on a connection of the test's own.
QString pragma(const QString &path, const QString &name)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA ") + name);
        query.next();
        value = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

} // namespace

void TestIndexStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestIndexStore::fileNamesAreSafeAndDistinct()
{
    const QUrl api(QStringLiteral("https://api.xurrent.com/v1"));
    const QString name = IndexStore::fileNameFor(api, QStringLiteral("wdc/../etc passwd"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(name).hasMatch(),
             qPrintable(name));
    QVERIFY(name.startsWith(QStringLiteral("api.xurrent.com_wdc")));
    QVERIFY(name.endsWith(QStringLiteral(".sqlite")));
    QVERIFY(!name.contains(QStringLiteral("/")));
    QCOMPARE(IndexStore::fileNameFor(api, QStringLiteral("wdc")),
             IndexStore::fileNameFor(api, QStringLiteral("wdc")));
    // Replaced characters do not make two connections share a file.
    QVERIFY(IndexStore::fileNameFor(api, QStringLiteral("a b")) !=
            IndexStore::fileNameFor(api, QStringLiteral("a_b")));
    QVERIFY(
        IndexStore::fileNameFor(QUrl(QStringLiteral("http://127.0.0.1:8080/v1")), QStringLiteral("wdc")) !=
        IndexStore::fileNameFor(QUrl(QStringLiteral("http://127.0.0.1:8081/v1")), QStringLiteral("wdc")));
    QVERIFY(IndexStore::defaultPath(api, QStringLiteral("wdc")).contains(QStringLiteral("/index/")));
}

void TestIndexStore::createdOwnerOnlyInWalMode()
{
    const QString folder = pathIn(QStringLiteral("made-here"));
    const QString path = QDir(folder).filePath(QStringLiteral("index.sqlite"));
    {
        IndexStore store;
        const OpenResult opened = openIndex(store, path);
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QCOMPARE(opened.schemaVersion, indexschema::Current);
        QVERIFY(indexUpsert(store, IndexCollection::Instances,
                            {instance(1, QStringLiteral("2026-01-01T00:00:00Z"))})
                    .ok());
        // While the store is open the WAL and its index exist: owner-only too.
        for (const QString &file :
             QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ExeOwner | QFileDevice::ExeUser), ownerOnly());
        }
    }
    QCOMPARE(QFile::permissions(folder), ownerOnly() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    QCOMPARE(pragma(path, QStringLiteral("journal_mode")), QStringLiteral("wal"));
}

void TestIndexStore::upsertIsIdempotent()
{
    IndexStore store;
    QVERIFY(openIndex(store, pathIn(QStringLiteral("i.sqlite"))).ok);
    const QJsonArray page{instance(1, QStringLiteral("2026-01-01T00:00:00Z")),
                          instance(2, QStringLiteral("2026-01-01T00:00:01Z"))};
    QSignalSpy changes(&store, &IndexStore::recordsChanged);
    WriteResult first = indexUpsert(store, IndexCollection::Instances, page);
    QCOMPARE(first.added, (QList<qint64>{1, 2}));
    QCOMPARE(changes.size(), 1);
    // The same page again (an overlap, a walk seeing a record twice): nothing changes.
    WriteResult again = indexUpsert(store, IndexCollection::Instances, page);
    QVERIFY(again.ok());
    QVERIFY(again.added.isEmpty() && again.changed.isEmpty());
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(changes.size(), 1);
    WriteResult changed =
        indexUpsert(store, IndexCollection::Instances,
                    {instance(2, QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("unpaid"))});
    QCOMPARE(changed.changed, QList<qint64>{2});
    QCOMPARE(changes.size(), 2);
    QCOMPARE(indexState(store, IndexCollection::Instances).recordCount, 2);
    QCOMPARE(indexRecords(store, IndexCollection::Instances).at(1),
             instance(2, QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("unpaid")));
}

void TestIndexStore::keepsUnknownFieldsAndTheStateWithThePage()
{
    IndexStore store;
    QVERIFY(openIndex(store, pathIn(QStringLiteral("u.sqlite"))).ok);
    QJsonObject record = instance(5, QStringLiteral("2026-03-01T10:00:00+02:00"));
    record.insert(QStringLiteral("brand_new_field"), QJsonObject{{QStringLiteral("deep"), QJsonArray{1, 2}}});
    StatePatch patch;
    patch.raiseHighWater = true;
    patch.walkDoneThroughId = 5;
    QVERIFY(indexUpsert(store, IndexCollection::Instances, {record}, patch).ok());
    QCOMPARE(indexRecords(store, IndexCollection::Instances), QList<QJsonObject>{record});
    const CollectionState state = indexState(store, IndexCollection::Instances);
    // The mark is the record's own time, as an instant: 10:00 at +02:00 is 08:00 UTC.
    QCOMPARE(state.highWater, QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(state.walkDoneThroughId, 5);
    // An older record does not lower the mark.
    QVERIFY(indexUpsert(store, IndexCollection::Instances,
                        {instance(6, QStringLiteral("2020-01-01T00:00:00Z"))}, patch)
                .ok());
    QCOMPARE(indexState(store, IndexCollection::Instances).highWater, state.highWater);
}

void TestIndexStore::refusesAPageWithARecordItCannotKeep()
{
    IndexStore store;
    QVERIFY(openIndex(store, pathIn(QStringLiteral("r.sqlite"))).ok);
    StatePatch patch;
    patch.walkDoneThroughId = 3;
    QJsonObject broken = instance(3, QStringLiteral("2026-01-01T00:00:00Z"));
    broken.insert(QStringLiteral("updated_at"), 42); // as the sandbox's wrong-types fault sends it
    const WriteResult result =
        indexUpsert(store, IndexCollection::Instances,
                    {instance(1, QStringLiteral("2026-01-01T00:00:00Z")), broken}, patch);
    QVERIFY(!result.ok());
    QVERIFY(result.added.isEmpty());
    const CollectionState state = indexState(store, IndexCollection::Instances);
    QCOMPARE(state.recordCount, 0);        // not even the good record of the page
    QCOMPARE(state.walkDoneThroughId, -1); // nor the progress that came with it
}

void TestIndexStore::removesOnlyWhatTheListingDidNotFindAndWasSeenBefore()
{
    IndexStore store;
    QVERIFY(openIndex(store, pathIn(QStringLiteral("m.sqlite"))).ok);
    QVERIFY(indexUpsert(store, IndexCollection::Instances,
                        {instance(1, QStringLiteral("2026-01-01T00:00:00Z")),
                         instance(2, QStringLiteral("2026-01-01T00:00:00Z")),
                         instance(3, QStringLiteral("2026-01-01T00:00:00Z"))})
                .ok());
    const qint64 listingBegan = QDateTime::currentMSecsSinceEpoch() + 1;
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > listingBegan);
    // Stored while the listing ran: not judged by it.
    QVERIFY(
        indexUpsert(store, IndexCollection::Instances, {instance(9, QStringLiteral("2026-01-01T00:00:00Z"))})
            .ok());
    StatePatch patch;
    patch.lastReconcileEnd = 1234;
    const WriteResult result = testsupport::awaitIndex<WriteResult>([&](auto done) {
        store.removeMissing(IndexCollection::Instances, {1, 3}, listingBegan, patch, nullptr, done);
    });
    QCOMPARE(result.removed, QList<qint64>{2});
    QList<qint64> ids;
    for (const QJsonObject &record : indexRecords(store, IndexCollection::Instances))
        ids.append(record.value(QStringLiteral("id")).toInteger());
    QCOMPARE(ids, (QList<qint64>{1, 3, 9}));
    QCOMPARE(indexState(store, IndexCollection::Instances).lastReconcileEnd, 1234);
}

void TestIndexStore::migratesVersion1()
{
    const QString path = pathIn(QStringLiteral("v1.sqlite"));
    const QJsonObject offering{{QStringLiteral("id"), 7},
                               {QStringLiteral("name"), QStringLiteral("Bridge")},
                               {QStringLiteral("updated_at"), QStringLiteral("2021-04-13T04:19:49-05:00")}};
    // A 2021 server's instance, as version 1 kept it: `integration`.
    const QJsonObject legacy{
        {QStringLiteral("id"), 40},
        {QStringLiteral("updated_at"), QStringLiteral("2021-05-01T00:00:00Z")},
        {QStringLiteral("integration"),
         QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("reference"), QStringLiteral("bridge")}}},
        {QStringLiteral("future"), 1}};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(indexschema::createVersion1(db, &error), qPrintable(error));
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO offerings VALUES (?, ?, ?)"));
        query.addBindValue(7);
        query.addBindValue(offering.value(QStringLiteral("updated_at")).toString());
        query.addBindValue(QJsonDocument(offering).toJson(QJsonDocument::Compact));
        QVERIFY(query.exec());
        query.prepare(QStringLiteral("INSERT INTO instances VALUES (?, ?, ?)"));
        query.addBindValue(40);
        query.addBindValue(legacy.value(QStringLiteral("updated_at")).toString());
        query.addBindValue(QJsonDocument(legacy).toJson(QJsonDocument::Compact));
        QVERIFY(query.exec());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO sync_state VALUES ('instances', '2021-05-01T00:00:00Z', 1700000000000)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    IndexStore store;
    const OpenResult opened = openIndex(store, path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(opened.migrated);
    QVERIFY(!opened.rebuilt);
    QCOMPARE(opened.schemaVersion, indexschema::Current);
    QCOMPARE(indexRecords(store, IndexCollection::Offerings), QList<QJsonObject>{offering});
    const QJsonObject migrated = indexRecords(store, IndexCollection::Instances).value(0);
    QCOMPARE(migrated.value(QStringLiteral("app_offering")), legacy.value(QStringLiteral("integration")));
    QCOMPARE(migrated.value(QStringLiteral("future")).toInt(), 1);
    const CollectionState state = indexState(store, IndexCollection::Instances);
    QCOMPARE(state.highWater, QDateTime(QDate(2021, 5, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(state.lastWalkEnd, 1700000000000);
    QVERIFY(state.hasCompleteCopy());
    QCOMPARE(state.lastReconcileEnd, 0); // version 1 knew no reconcile: one is due
    QCOMPARE(testsupport::indexIntegrity(store), QStringLiteral("ok"));
    // The migrated file is written on as any other.
    QVERIFY(
        indexUpsert(store, IndexCollection::Instances, {instance(41, QStringLiteral("2026-01-01T00:00:00Z"))})
            .ok());
}

void TestIndexStore::damagedFileIsMovedAsideAndRebuilt_data()
{
    QTest::addColumn<bool>("realDatabase");
    QTest::newRow("not a database") << false;
    QTest::newRow("a database with damaged pages") << true;
}

void TestIndexStore::damagedFileIsMovedAsideAndRebuilt()
{
    QFETCH(bool, realDatabase);
    const QString path = pathIn(QStringLiteral("d.sqlite"));
    QByteArray damaged = QByteArrayLiteral("this was never a database ").repeated(400);
    if (realDatabase) {
        {
            IndexStore store;
            QVERIFY(openIndex(store, path).ok);
            QJsonArray page;
            for (int id = 1; id <= 300; ++id)
                page.append(
                    instance(id, QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("x").repeated(200)));
            QVERIFY(indexUpsert(store, IndexCollection::Instances, page).ok());
            QVERIFY(testsupport::awaitIndex<qint64>(
                        [&](auto done) { store.measureFileBytes(nullptr, done); }) > 8192);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        damaged = file.readAll();
        // Keep the header (page 1), scribble over every later page's head.
        for (qsizetype at = 4096; at + 64 < damaged.size(); at += 4096)
            damaged.replace(at, 64, QByteArray(64, '\xA5'));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(damaged);
    file.close();

    IndexStore store;
    QSignalSpy rebuilt(&store, &IndexStore::rebuilt);
    const OpenResult opened = openIndex(store, path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(opened.rebuilt);
    QCOMPARE(rebuilt.size(), 1);
    QVERIFY(rebuilt.first().first().toString().contains(opened.movedAsideTo));
    QVERIFY(opened.movedAsideTo.startsWith(path + QStringLiteral(".damaged-")));
    QFile aside(opened.movedAsideTo);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), damaged); // kept as it was, for whoever wants to look
    QCOMPARE(indexState(store, IndexCollection::Instances).recordCount, 0);
    QVERIFY(
        indexUpsert(store, IndexCollection::Instances, {instance(1, QStringLiteral("2026-01-01T00:00:00Z"))})
            .ok());
    QCOMPARE(testsupport::indexIntegrity(store), QStringLiteral("ok"));
}

void TestIndexStore::twoStoresShareOneFile()
{
    const QString path = pathIn(QStringLiteral("shared.sqlite"));
    IndexStore first;
    IndexStore second;
    QVERIFY(openIndex(first, path).ok);
    QVERIFY(openIndex(second, path).ok);
    QVERIFY(
        indexUpsert(first, IndexCollection::Offerings, {instance(1, QStringLiteral("2026-01-01T00:00:00Z"))})
            .ok());
    QCOMPARE(indexRecords(second, IndexCollection::Offerings).size(), 1);

    const auto lock = [](IndexStore &store, qint64 staleMs) {
        return testsupport::awaitIndex<LockResult>(
            [&](auto done) { store.acquireLock(staleMs, nullptr, done); });
    };
    QVERIFY(lock(first, 60000).acquired);
    QVERIFY(lock(first, 60000).acquired); // its own lock, again
    const LockResult refused = lock(second, 60000);
    QVERIFY(!refused.acquired);
    QVERIFY(refused.holder.contains(QString::number(QCoreApplication::applicationPid())));
    // The other one still writes (SQLite serialises the writers).
    QVERIFY(
        indexUpsert(second, IndexCollection::Offerings, {instance(2, QStringLiteral("2026-01-01T00:00:00Z"))})
            .ok());
    QVERIFY(testsupport::awaitIndex<bool>([&](auto done) { first.heartbeat(nullptr, done); }));
    // A heartbeat older than the staleness limit frees the lock.
    QTest::qWait(5);
    QVERIFY(lock(second, 1).acquired);
    QVERIFY(!testsupport::awaitIndex<bool>([&](auto done) { first.heartbeat(nullptr, done); }));
    testsupport::awaitIndex<bool>([&](auto done) { second.releaseLock(nullptr, [done] { done(true); }); });
    QVERIFY(lock(first, 60000).acquired);
}

void TestIndexStore::lockOfADeadProcessIsStale()
{
    const QString path = pathIn(QStringLiteral("dead.sqlite"));
    IndexStore store;
    QVERIFY(openIndex(store, path).ok);
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO sync_lock VALUES (1, 'killed', ?, ?, ?)"));
        query.addBindValue(QSysInfo::machineHostName());
        query.addBindValue(pid);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(query.exec());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    // The heartbeat is fresh, but its process is gone: no need to wait a minute.
    QVERIFY(testsupport::awaitIndex<LockResult>([&](auto done) {
                store.acquireLock(60000, nullptr, done);
            }).acquired);
}

void TestIndexStore::forgetRemovesTheFiles()
{
    const QString path = pathIn(QStringLiteral("f.sqlite"));
    IndexStore store;
    QVERIFY(openIndex(store, path).ok);
    QVERIFY(
        indexUpsert(store, IndexCollection::Offerings, {instance(1, QStringLiteral("2026-01-01T00:00:00Z"))})
            .ok());
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QSignalSpy forgotten(&store, &IndexStore::forgotten);
    QVERIFY(testsupport::awaitIndex<bool>(
        [&](auto done) { store.forget(nullptr, [done](bool ok, const QString &) { done(ok); }); }));
    QCOMPARE(forgotten.size(), 1);
    QVERIFY(!store.isOpen());
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

void TestIndexStore::callbacksSkipADestroyedContext()
{
    IndexStore store;
    QVERIFY(openIndex(store, pathIn(QStringLiteral("c.sqlite"))).ok);
    bool called = false;
    auto *context = new QObject;
    store.readState(IndexCollection::Offerings, context,
                    [&called](const CollectionState &) { called = true; });
    delete context;
    bool barrier = false;
    store.whenIdle(nullptr, [&barrier] { barrier = true; });
    QTRY_VERIFY(barrier);
    QVERIFY(!called);
}

void TestIndexStore::databaseIsSmallerThanTheJson()
{
    auto sandbox = testsupport::startSandbox();
    IndexStore store;
    const QString path = pathIn(QStringLiteral("size.sqlite"));
    QVERIFY(openIndex(store, path).ok);
    QJsonArray page;
    qint64 jsonBytes = 0;
    const QList<qint64> ids = sandbox->instanceIds();
    for (qint64 id : ids) {
        const QJsonObject record = sandbox->instance(id);
        jsonBytes += QJsonDocument(record).toJson(QJsonDocument::Compact).size();
        page.append(record);
        if (page.size() == 100) {
            QVERIFY(indexUpsert(store, IndexCollection::Instances, page).ok());
            page = {};
        }
    }
    QVERIFY(indexUpsert(store, IndexCollection::Instances, page).ok());
    const qint64 fileBytes =
        testsupport::awaitIndex<qint64>([&](auto done) { store.measureFileBytes(nullptr, done); });
    const double perRecordJson = double(jsonBytes) / double(ids.size());
    const double perRecordDisk = double(fileBytes) / double(ids.size());
    qInfo("%lld instances: %.0f bytes of JSON per record, %.0f bytes of database per record (%.2f)",
          qlonglong(ids.size()), perRecordJson, perRecordDisk, perRecordDisk / perRecordJson);
    QVERIFY(perRecordDisk <= perRecordJson);
}

// SQLite's quick_check reads the whole file; a file this console closed
// cleanly and nothing wrote to since is trusted without it. Any write after
// the close (or a close that never happened: a crash) brings the check back.
void TestIndexStore::aCleanlyClosedFileIsNotReadWholeAtOpen()
{
    const QString path = pathIn(QStringLiteral("c.sqlite"));
    const auto openAndCheck = [&path](bool *checked) {
        pc::IndexDatabase db(QStringLiteral("clean-close-test"));
        const OpenResult result = db.open(path);
        *checked = db.checkedAtOpen();
        return result.ok;
    };
    bool checked = false;
    QVERIFY(openAndCheck(&checked));
    QVERIFY(checked); // a file never closed here: checked
    QVERIFY(QFile::exists(path + QStringLiteral("-closed")));
    QVERIFY(openAndCheck(&checked));
    QVERIFY(!checked); // as it was left
    // Written to by someone else since: checked again.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray head = file.read(16);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(head), qint64(head.size()));
    }
    QVERIFY(openAndCheck(&checked));
    QVERIFY(checked);
    // Not closed (killed): no stamp, so checked.
    QVERIFY(QFile::remove(path + QStringLiteral("-closed")));
    QVERIFY(openAndCheck(&checked));
    QVERIFY(checked);
}

QTEST_GUILESS_MAIN(TestIndexStore)
#include "tst_indexstore.moc"
