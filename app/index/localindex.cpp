#include "app/index/localindex.h"

#include "app/index/indexfeed.h"
#include "app/index/indexstore.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <utility>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::LocalIndex).
class LocalIndex { Q_OBJECT };
#endif

namespace {

QString lastSyncKey(const QString &path)
{
    return QStringLiteral("localIndex/lastSync/") + QFileInfo(path).fileName();
}

} // namespace

LocalIndex::LocalIndex(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(new IndexStore(this))
    , m_sync(new IndexSync(client, m_store, this))
{
    for (IndexCollection collection : {IndexCollection::Offerings, IndexCollection::Instances})
        m_feeds.insert(collection, new IndexFeed(m_store, collection, this));
    connect(m_store, &IndexStore::opened, this, &LocalIndex::onOpened);
    connect(m_store, &IndexStore::rebuilt, this, &LocalIndex::say);
    connect(m_sync, &IndexSync::finished, this, &LocalIndex::onSyncFinished);
    connect(m_sync, &IndexSync::needsConfirmation, this, &LocalIndex::needsConfirmation);
    connect(m_sync, &IndexSync::progress, this,
            [this](IndexCollection collection, CollectionSync::Phase phase, qint64 done, qint64 total) {
                m_progressCollection = collection;
                m_progressPhase = phase;
                m_progressDone = done;
                m_progressTotal = total;
                Q_EMIT stateChanged();
            });
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

LocalIndex::~LocalIndex()
{
    // The sync gives its lock back through the store: it goes first (children
    // would go in the order made, the store first).
    delete m_sync;
}

IndexFeed *LocalIndex::feed(IndexCollection collection) const
{
    return m_feeds.value(collection);
}

void LocalIndex::open(const QString &path)
{
    m_path = path;
    m_openedWithoutFile = !QFileInfo::exists(path);
    m_lastSync = lastSyncOf(path);
    m_syncMinutes = QSettings().value(QStringLiteral("localIndex/syncMinutes"), DefaultSyncMinutes).toInt();
    setState(State::Opening);
    m_openedWell = false;
    m_statesRead = false;
    m_store->open(path);
    // Asked now, not once the opening has come back: the store works in the
    // order asked, and the GUI thread (building the window meanwhile) takes
    // the answers when it can, both at once.
    readStates([this] {
        m_statesRead = true;
        finishOpening();
    });
    feed(IndexCollection::Instances)->prefetchFirstRows();
}

void LocalIndex::holdStartSync(bool hold)
{
    m_startSyncHeld = hold;
    if (!hold && std::exchange(m_startSyncDue, false))
        syncNow();
}

void LocalIndex::say(const QString &message)
{
    m_lastNotice = message;
    Q_EMIT notice(message);
}

void LocalIndex::onOpened(const OpenResult &result)
{
    if (!result.ok) {
        setState(State::Closed);
        say(tr("The local copy could not be opened (%1); the tables load from the server.")
                .arg(result.error));
        Q_EMIT ready();
        return;
    }
    m_openedWell = true;
    finishOpening();
}

// Open, and each collection's state read: ready.
void LocalIndex::finishOpening()
{
    if (m_state != State::Opening || !m_openedWell || !m_statesRead)
        return;
    setState(State::Idle);
    Q_EMIT ready();
    // The store works in the order asked: the start's sync goes after
    // the records the tables read, so the first rows never wait for it.
    m_store->whenIdle(this, [this] {
        if (m_startSyncHeld)
            m_startSyncDue = true;
        else
            syncNow();
    });
    setSyncMinutes(m_syncMinutes);
}

// Each collection's state, then `then`; a collection that has become
// complete says so (and while opening, its records are read at once).
void LocalIndex::readStates(std::function<void()> then)
{
    auto remaining = std::make_shared<int>(2);
    for (IndexCollection collection : {IndexCollection::Offerings, IndexCollection::Instances}) {
        m_store->readState(collection, this,
                           [this, collection, remaining, then](const CollectionState &state) {
                               const bool complete = state.hasCompleteCopy();
                               if (complete != m_complete.value(collection)) {
                                   m_complete.insert(collection, complete);
                                   if (complete && m_state == State::Opening)
                                       feed(collection)->prefetch();
                                   Q_EMIT completeChanged(collection, complete);
                               }
                               if (--*remaining == 0)
                                   then();
                           });
    }
}

void LocalIndex::setSyncMinutes(int minutes)
{
    m_syncMinutes = std::max(0, minutes);
    if (m_syncMinutes > 0 && m_state != State::Closed && m_state != State::Opening)
        m_timer.start(m_syncMinutes * 60 * 1000);
    else
        m_timer.stop();
}

bool LocalIndex::syncNow(const SyncOptions &options)
{
    if (m_state == State::Closed || m_state == State::Opening || !m_sync->sync(options))
        return false;
    m_progressDone = 0;
    m_progressTotal = 0;
    setState(State::Syncing);
    return true;
}

void LocalIndex::cancelSync()
{
    m_sync->cancel();
}

void LocalIndex::onSyncFinished(const SyncResult &result)
{
    m_lastResult = result;
    m_lastSyncHere = true;
    State next = State::Idle;
    if (result.ok()) {
        m_lastSync = QDateTime::currentDateTime();
        recordLastSync(m_path, m_lastSync);
    } else if (result.busyElsewhere) {
        next = State::BusyElsewhere;
    } else if (!result.cancelled()) {
        next = State::Failed;
    }
    if (!m_store->isOpen()) {
        Q_EMIT syncFinished(result);
        return;
    }
    // The tables switch to a copy the sync has just completed before the
    // sync is reported as finished.
    readStates([this, next, result] {
        if (!m_sync->isRunning()) // a sync started meanwhile keeps its state
            setState(next);
        Q_EMIT syncFinished(result);
    });
}

void LocalIndex::applyServerRecord(IndexCollection collection, const QJsonObject &record)
{
    if (m_state == State::Closed || m_state == State::Opening)
        return;
    const qint64 id = record.value(QStringLiteral("id")).toInteger();
    m_store->readRecord(collection, id, this, [this, collection, record](const QJsonObject &stored) {
        QJsonObject merged = stored;
        for (auto it = record.begin(); it != record.end(); ++it)
            merged.insert(it.key(), it.value());
        m_sync->applyServerRecord(collection, merged);
    });
}

void LocalIndex::forget(std::function<void(bool ok, const QString &error)> done)
{
    m_timer.stop();
    m_sync->cancel();
    m_store->forget(this, [this, done](bool ok, const QString &error) {
        if (ok) {
            QSettings().remove(lastSyncKey(m_path));
            m_lastSync = {};
            m_lastSyncHere = false;
            for (IndexCollection collection : {IndexCollection::Offerings, IndexCollection::Instances}) {
                if (std::exchange(m_complete[collection], false))
                    Q_EMIT completeChanged(collection, false);
            }
            setState(State::Closed);
            Q_EMIT forgotten();
        }
        if (done)
            done(ok, error);
    });
}

void LocalIndex::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

QString LocalIndex::progressText() const
{
    const QLocale locale;
    const bool offerings = m_progressCollection == IndexCollection::Offerings;
    if (m_progressTotal <= 0)
        return tr("Syncing the local copy…");
    const QString done = locale.toString(m_progressDone);
    const QString total = locale.toString(m_progressTotal);
    if (m_progressPhase == CollectionSync::Phase::Reconcile)
        return (offerings ? tr("Checking for deleted offerings: %1 of %2")
                          : tr("Checking for deleted instances: %1 of %2"))
            .arg(done, total);
    return (offerings ? tr("Syncing offerings: %1 of %2") : tr("Syncing instances: %1 of %2"))
        .arg(done, total);
}

QString LocalIndex::statusText(const QDateTime &now) const
{
    switch (m_state) {
    case State::Closed:
        return {};
    case State::Opening:
        return tr("Opening the local copy…");
    case State::Syncing:
        return progressText();
    case State::BusyElsewhere:
        return tr("Another console is syncing the local copy; this one reads it.");
    case State::Failed:
        return tr("Sync failed: %1").arg(m_lastResult.message);
    case State::Idle:
        break;
    }
    if (!m_lastSync.isValid())
        return tr("Not synced yet");
    const qint64 minutes = std::max<qint64>(0, m_lastSync.secsTo(now) / 60);
    QString text = minutes < 1    ? tr("Synced just now")
                   : minutes < 60 ? tr("Synced %n min ago", nullptr, int(minutes))
                   : minutes < 48 * 60
                       ? tr("Synced %n h ago", nullptr, int(minutes / 60))
                       : tr("Synced on %1").arg(QLocale().toString(m_lastSync.date(), QLocale::ShortFormat));
    if (m_lastSyncHere && m_lastResult.ok()) {
        const int changes = m_lastResult.added() + m_lastResult.changed() + m_lastResult.removed();
        text += QStringLiteral(" · ") + tr("%n change(s)", nullptr, changes);
    }
    return text;
}

qint64 LocalIndex::fileBytes(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &file : {path, QString(path + QStringLiteral("-wal"))}) {
        const QFileInfo info(file);
        if (info.exists())
            bytes += info.size();
    }
    return bytes;
}

QDateTime LocalIndex::lastSyncOf(const QString &path)
{
    return QSettings().value(lastSyncKey(path)).toDateTime();
}

void LocalIndex::recordLastSync(const QString &path, const QDateTime &when)
{
    QSettings().setValue(lastSyncKey(path), when);
}

bool LocalIndex::removeFiles(const QString &path, QString *error)
{
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                           path + QStringLiteral("-closed")}) {
        QFile handle(file);
        if (handle.exists() && !handle.remove()) {
            if (error)
                *error = handle.errorString();
            return false;
        }
    }
    QSettings().remove(lastSyncKey(path));
    return true;
}

} // namespace pc
