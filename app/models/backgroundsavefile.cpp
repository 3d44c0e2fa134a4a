#include "app/models/backgroundsavefile.h"

#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
#include <QScopeGuard>
#include <QThread>
#include <utility>

namespace pc {

// Lives on the file's thread; every call reaches it there, in order.
class BackgroundSaveFile::Writer : public QObject
{
    Q_OBJECT

public:
    explicit Writer(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}

    void open(const QString &path)
    {
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            fail(QCoreApplication::translate("pc::BackgroundSaveFile", "The file could not be opened: %1")
                     .arg(m_file->errorString()));
    }
    void write(const QByteArray &bytes)
    {
        const auto written = qScopeGuard([&] { m_state->queued -= bytes.size(); });
        if (m_state->failed || m_state->abandoned || !m_file)
            return;
        if (m_file->write(bytes) != bytes.size())
            fail(QCoreApplication::translate("pc::BackgroundSaveFile", "The file could not be written: %1")
                     .arg(m_file->errorString()));
    }
    void commit()
    {
        if (m_state->abandoned) {
            discard();
            return;
        }
        if (!m_state->failed && !m_file->commit())
            fail(QCoreApplication::translate("pc::BackgroundSaveFile", "The file could not be saved: %1")
                     .arg(m_file->errorString()));
        m_file.reset();
        Q_EMIT done(!m_state->failed, m_error);
    }
    // An uncommitted QSaveFile removes what it wrote aside.
    void discard() { m_file.reset(); }

Q_SIGNALS:
    void done(bool ok, const QString &error);

private:
    void fail(const QString &error)
    {
        if (m_state->failed.exchange(true))
            return;
        m_error = error;
        if (m_file)
            m_file->cancelWriting();
    }

    std::shared_ptr<State> m_state;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
};

BackgroundSaveFile::BackgroundSaveFile(const QString &path, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
    , m_thread(new QThread)
    , m_writer(new Writer(m_state))
{
    m_thread->setObjectName(QStringLiteral("pc-export"));
    m_writer->moveToThread(m_thread);
    connect(m_writer, &Writer::done, this, &BackgroundSaveFile::finished, Qt::QueuedConnection);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, path] { writer->open(path); }, Qt::QueuedConnection);
}

namespace {

// Threads of files discarded before they were committed, still ending
// (a write or an open on a slow disk): deleted as each ends, or waited for
// as the application exits. Touched on the GUI thread only.
QList<std::pair<QThread *, QObject *>> &endingThreads()
{
    static QList<std::pair<QThread *, QObject *>> threads;
    return threads;
}

void deleteEnded(QThread *thread, QObject *writer)
{
    thread->wait();
    delete writer;
    delete thread;
}

void waitForEndingThreads()
{
    const auto threads = std::exchange(endingThreads(), {});
    for (const auto &[thread, writer] : threads)
        deleteEnded(thread, writer);
}

} // namespace

BackgroundSaveFile::~BackgroundSaveFile()
{
    QCoreApplication *application = QCoreApplication::instance();
    const bool waits = m_committed || !application;
    if (!m_committed)
        m_state->abandoned = true; // what is still queued is not written
    if (!waits) {
        static const bool exitWaits = [] {
            qAddPostRoutine(waitForEndingThreads);
            return true;
        }();
        Q_UNUSED(exitWaits);
        endingThreads().append({m_thread, m_writer});
        connect(m_thread, &QThread::finished, application, [thread = m_thread, writer = m_writer] {
            // Still listed unless the application's exit got to it first.
            if (endingThreads().removeOne({thread, writer}))
                deleteEnded(thread, writer);
        });
    }
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer] {
            writer->discard();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (waits)
        deleteEnded(m_thread, m_writer);
}

void BackgroundSaveFile::append(QByteArray bytes)
{
    if (m_committed || bytes.isEmpty())
        return;
    m_state->queued += bytes.size();
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, bytes = std::move(bytes)] { writer->write(bytes); },
        Qt::QueuedConnection);
}

void BackgroundSaveFile::abandon()
{
    m_state->abandoned = true;
    m_committed = false;
    disconnect(m_writer, nullptr, this, nullptr);
}

void BackgroundSaveFile::commit()
{
    if (m_committed)
        return;
    m_committed = true;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer] { writer->commit(); }, Qt::QueuedConnection);
}

} // namespace pc

#include "backgroundsavefile.moc"
