#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace pc {

// A file written on a thread of its own, so a slow disk (a network share, a
// USB stick, the final sync to disk) never holds up the window: bytes are
// handed over with append(), written in order, and commit() ends it, as a
// QSaveFile does: written aside and renamed over `path` at the end, so a
// failed or abandoned file never leaves half a file. finished() says how it
// went. An object destroyed after commit() waits for the file to be written
// (a window closing still writes its export whole); one destroyed before
// discards what it wrote without waiting for the disk, its thread ending on
// its own (the application waits for such threads as it exits).
class BackgroundSaveFile : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundSaveFile(const QString &path, QObject *parent = nullptr);
    ~BackgroundSaveFile() override;
    BackgroundSaveFile(const BackgroundSaveFile &) = delete;
    BackgroundSaveFile &operator=(const BackgroundSaveFile &) = delete;

    void append(QByteArray bytes);
    void commit();
    // Stops: nothing more is written, what was written aside is removed
    // (unless its commit was already renaming it), finished() never comes,
    // and destroying this no longer waits for the disk.
    void abandon();
    // True once opening or writing has failed: nothing more will be written,
    // and finished() will say why.
    bool failed() const { return m_state->failed.load(); }
    // Bytes handed over and not yet written: a caller making them faster
    // than the disk takes them waits while this is large.
    qint64 queuedBytes() const { return m_state->queued.load(); }

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    struct State
    {
        std::atomic_bool failed{false};
        std::atomic_bool abandoned{false};
        std::atomic<qint64> queued{0};
    };
    class Writer;

    std::shared_ptr<State> m_state;
    QThread *m_thread;
    Writer *m_writer;
    bool m_committed = false;
};

} // namespace pc
