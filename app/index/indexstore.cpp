#include "app/index/indexstore.h"

#include "app/index/indexdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QMetaObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

namespace pc {

IndexStore::IndexStore(QObject *parent)
    : QObject(parent)
    , m_ownerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_worker(new QObject)
    , m_database(std::make_unique<IndexDatabase>(QStringLiteral("pc-index-") + m_ownerId))
{
    m_thread.setObjectName(QStringLiteral("pc-index"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

IndexStore::~IndexStore()
{
    // After everything asked so far: close on the worker (the connection is
    // its), then let the thread end.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_database->close();
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

QString IndexStore::fileNameFor(const QUrl &baseUrl, const QString &account)
{
    QString host = baseUrl.host().toLower();
    if (baseUrl.port() > 0)
        host += QLatin1Char('-') + QString::number(baseUrl.port());
    QString name = host + QLatin1Char('_') + account;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    name = name.left(80);
    // Two connections whose names differ only in what was replaced still get
    // their own files.
    const QByteArray identity = (baseUrl.host().toLower() + QLatin1Char(':') +
                                 QString::number(baseUrl.port()) + QLatin1Char('/') + account)
                                    .toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(8);
    return name + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

QString IndexStore::defaultPath(const QUrl &baseUrl, const QString &account)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("index/") + fileNameFor(baseUrl, account));
}

template<typename Result>
void IndexStore::run(QObject *context, std::function<Result(IndexDatabase &)> work,
                     std::function<void(const Result &)> done)
{
    // The guard is made here, on the store's thread, and read there again.
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QMetaObject::invokeMethod(
        m_worker,
        [this, work, done, guard, guarded] {
            Result result = work(*m_database);
            QMetaObject::invokeMethod(
                this,
                [done, guard, guarded, result] {
                    if (done && (!guarded || guard))
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void IndexStore::open(const QString &path)
{
    m_path = path;
    m_open = false;
    run<OpenResult>(
        nullptr, [path](IndexDatabase &db) { return db.open(path); },
        [this](const OpenResult &result) {
            m_open = result.ok;
            if (result.rebuilt)
                Q_EMIT rebuilt(result.message);
            Q_EMIT opened(result);
        });
}

void IndexStore::readState(IndexCollection collection, QObject *context,
                           std::function<void(const CollectionState &)> done)
{
    run<CollectionState>(
        context, [collection](IndexDatabase &db) { return db.state(collection); }, std::move(done));
}

void IndexStore::upsert(IndexCollection collection, const QJsonArray &records, const StatePatch &patch,
                        QObject *context, std::function<void(const WriteResult &)> done)
{
    run<WriteResult>(
        nullptr,
        [collection, records, patch](IndexDatabase &db) { return db.upsert(collection, records, patch); },
        [this, collection, done, guard = QPointer<QObject>(context),
         guarded = context != nullptr](const WriteResult &result) {
            if (!result.added.isEmpty() || !result.changed.isEmpty())
                Q_EMIT recordsChanged(collection, result.added + result.changed, {});
            if (done && (!guarded || guard))
                done(result);
        });
}

void IndexStore::writeState(IndexCollection collection, const StatePatch &patch, QObject *context,
                            std::function<void(const WriteResult &)> done)
{
    run<WriteResult>(
        context, [collection, patch](IndexDatabase &db) { return db.writeState(collection, patch); },
        std::move(done));
}

void IndexStore::removeMissing(IndexCollection collection, const QList<qint64> &present, qint64 seenBeforeMs,
                               const StatePatch &patch, QObject *context,
                               std::function<void(const WriteResult &)> done)
{
    run<WriteResult>(
        nullptr,
        [collection, present, seenBeforeMs, patch](IndexDatabase &db) {
            return db.removeMissing(collection, present, seenBeforeMs, patch);
        },
        [this, collection, done, guard = QPointer<QObject>(context),
         guarded = context != nullptr](const WriteResult &result) {
            if (!result.removed.isEmpty())
                Q_EMIT recordsChanged(collection, {}, result.removed);
            if (done && (!guarded || guard))
                done(result);
        });
}

void IndexStore::readRecords(IndexCollection collection, QObject *context,
                             std::function<void(const QList<QJsonObject> &)> done)
{
    run<QList<QJsonObject>>(
        context, [collection](IndexDatabase &db) { return db.records(collection); }, std::move(done));
}

void IndexStore::readInstanceTable(qint64 offeringScope, int limit, QObject *context,
                                   std::function<void(const InstanceTable &)> done)
{
    run<InstanceTable>(
        context, [offeringScope, limit](IndexDatabase &db) { return db.instanceTable(offeringScope, limit); },
        std::move(done));
}

void IndexStore::readRecord(IndexCollection collection, qint64 id, QObject *context,
                            std::function<void(const QJsonObject &)> done)
{
    run<QJsonObject>(
        context, [collection, id](IndexDatabase &db) { return db.record(collection, id); }, std::move(done));
}

void IndexStore::checkIntegrity(QObject *context, std::function<void(const QString &)> done)
{
    run<QString>(
        context, [](IndexDatabase &db) { return db.integrityCheck(); }, std::move(done));
}

void IndexStore::measureFileBytes(QObject *context, std::function<void(qint64)> done)
{
    run<qint64>(
        context, [](IndexDatabase &db) { return db.fileBytes(); },
        [done](const qint64 &bytes) { done(bytes); });
}

void IndexStore::acquireLock(qint64 staleMs, QObject *context, std::function<void(const LockResult &)> done)
{
    run<LockResult>(
        context, [owner = m_ownerId, staleMs](IndexDatabase &db) { return db.acquireLock(owner, staleMs); },
        std::move(done));
}

void IndexStore::heartbeat(QObject *context, std::function<void(bool)> done)
{
    run<bool>(
        context, [owner = m_ownerId](IndexDatabase &db) { return db.heartbeat(owner); },
        [done](const bool &ours) {
            if (done)
                done(ours);
        });
}

void IndexStore::releaseLock(QObject *context, std::function<void()> done)
{
    run<bool>(
        context,
        [owner = m_ownerId](IndexDatabase &db) {
            db.releaseLock(owner);
            return true;
        },
        [done](const bool &) {
            if (done)
                done();
        });
}

void IndexStore::forget(QObject *context, std::function<void(bool, const QString &)> done)
{
    m_open = false;
    using Outcome = std::pair<bool, QString>;
    run<Outcome>(
        nullptr,
        [](IndexDatabase &db) {
            QString error;
            const bool ok = db.forget(&error);
            return Outcome{ok, error};
        },
        [this, done, guard = QPointer<QObject>(context),
         guarded = context != nullptr](const Outcome &outcome) {
            if (outcome.first)
                Q_EMIT forgotten();
            if (done && (!guarded || guard))
                done(outcome.first, outcome.second);
        });
}

void IndexStore::whenIdle(QObject *context, std::function<void()> done)
{
    run<bool>(
        context, [](IndexDatabase &) { return true; },
        [done](const bool &) {
            if (done)
                done();
        });
}

} // namespace pc
