#pragma once

#include "app/index/collectionsync.h"
#include "app/index/indexsync.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace pc {
class ApiClient;
class IndexStore;
} // namespace pc

// The sync part of the commands for scripts (`provider-console sync`, and
// `export` before it writes): IndexSync as the console runs it, with its
// progress on a terminal and its outcome in sentences for standard error.
namespace pc::program {

// A line of progress on standard error, rewritten in place, only when
// standard error is a terminal: a script reading it gets no carriage returns.
class TerminalProgress
{
public:
    TerminalProgress();
    ~TerminalProgress();
    void show(const QString &text);
    void clear(); // before any other output, so no half line is left

private:
    bool m_enabled = false;
    bool m_shown = false;
};

// "offerings" / "instances" for the user, translated.
QString collectionTitle(IndexCollection collection);

class HeadlessSync : public QObject
{
    Q_OBJECT

public:
    HeadlessSync(ApiClient *client, IndexStore *store, QObject *parent = nullptr);
    ~HeadlessSync() override;

    // `full`: the user asked for a reconcile (sync --full): it runs now, also
    // above the quota share. Otherwise a reconcile runs when due and within
    // the share, and one that would need confirmation is skipped: notes()
    // says so. finished() once.
    void run(const QList<IndexCollection> &collections, bool full);

    // Sentences for standard error about a successful sync: a reconcile left
    // for want of confirmation, and how to run it.
    static QStringList notes(const SyncResult &result);

Q_SIGNALS:
    void finished(const pc::SyncResult &result);

private:
    void showProgress(IndexCollection collection, CollectionSync::Phase phase, qint64 done, qint64 total);

    std::unique_ptr<IndexSync> m_sync;
    TerminalProgress m_progress;
};

} // namespace pc::program
