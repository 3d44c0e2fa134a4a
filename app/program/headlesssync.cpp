#include "app/program/headlesssync.h"

#include "app/index/indexstore.h"

#include <QLocale>
#include <cstdio>
#include <unistd.h>

namespace pc::program {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::program::HeadlessSync).
class HeadlessSync { Q_OBJECT };
#endif

TerminalProgress::TerminalProgress()
    : m_enabled(::isatty(STDERR_FILENO) == 1)
{}

TerminalProgress::~TerminalProgress()
{
    clear();
}

void TerminalProgress::show(const QString &text)
{
    if (!m_enabled)
        return;
    // Back to the start of the line, the text, the rest of the line erased.
    std::fputs(qPrintable(QStringLiteral("\r") + text + QStringLiteral("\x1b[K")), stderr);
    std::fflush(stderr);
    m_shown = true;
}

void TerminalProgress::clear()
{
    if (!m_shown)
        return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    m_shown = false;
}

QString collectionTitle(IndexCollection collection)
{
    return collection == IndexCollection::Offerings ? QCoreApplication::translate("main", "offerings")
                                                    : QCoreApplication::translate("main", "instances");
}

HeadlessSync::HeadlessSync(ApiClient *client, IndexStore *store, QObject *parent)
    : QObject(parent)
    , m_sync(std::make_unique<IndexSync>(client, store))
{
    connect(m_sync.get(), &IndexSync::progress, this, &HeadlessSync::showProgress);
    connect(m_sync.get(), &IndexSync::finished, this, [this](const SyncResult &result) {
        m_progress.clear();
        Q_EMIT finished(result);
    });
}

HeadlessSync::~HeadlessSync() = default;

void HeadlessSync::run(const QList<IndexCollection> &collections, bool full)
{
    SyncOptions options;
    if (full) {
        // Asked for on the command line: that is the user's confirmation.
        options.reconcile = SyncOptions::Reconcile::Now;
        options.reconcileConfirmed = true;
    }
    if (!m_sync->sync(options, collections)) {
        // The store is open (the caller waited for it) and nothing else runs
        // here, so this cannot happen; said rather than hung on.
        SyncResult result;
        result.storeError = tr("The sync could not start.");
        result.message = result.storeError;
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
    }
}

void HeadlessSync::showProgress(IndexCollection collection, CollectionSync::Phase phase, qint64 done,
                                qint64 total)
{
    const QLocale locale;
    const QString of =
        total > 0 ? tr("%1 of %2").arg(locale.toString(done), locale.toString(total)) : locale.toString(done);
    switch (phase) {
    case CollectionSync::Phase::FirstWalk:
        m_progress.show(tr("%1: first copy, %2 records").arg(collectionTitle(collection), of));
        break;
    case CollectionSync::Phase::Incremental:
        m_progress.show(tr("%1: changes, %2 records").arg(collectionTitle(collection), of));
        break;
    case CollectionSync::Phase::Reconcile:
        m_progress.show(tr("%1: looking for deleted records, %2 ids").arg(collectionTitle(collection), of));
        break;
    }
}

QStringList HeadlessSync::notes(const SyncResult &result)
{
    QStringList notes;
    for (const CollectionSummary &summary : result.collections) {
        if (!summary.reconcileNeedsConfirmation)
            continue;
        notes.append(tr("Looking for deleted %1 was skipped: it would take about %2 requests, more than the "
                        "%3 allowed without asking. Run provider-console sync --full to do it now.")
                         .arg(collectionTitle(summary.collection))
                         .arg(summary.reconcileEstimate)
                         .arg(summary.reconcileAllowed));
    }
    return notes;
}

} // namespace pc::program
