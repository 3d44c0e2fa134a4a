#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

// Where API tokens (and a proxy password, if one is needed) are kept: the OS
// keychain in the program, memory in tests and for "this session only". All
// access is asynchronous because a real keychain may take a while (or wait for
// an unlock prompt), and the UI must never block or spin a nested event loop.
namespace pc {

// The outcome of one secret-store operation. `message` is a sentence a person
// can act on; it never contains the secret.
struct SecretResult
{
    enum class Error {
        None,      // success
        NotFound,  // nothing is stored under the key (read only; removing a missing key succeeds)
        NoBackend, // no keychain service at all, or it could not be reached safely
        Locked,    // locked, access denied, or no answer (waiting for an unlock prompt)
        Other,     // anything else the backend reported
    };

    Error error = Error::None;
    QByteArray secret; // the secret read (read jobs only; empty otherwise)
    QString message;   // empty on success

    bool ok() const { return error == Error::None; }

    static SecretResult success(const QByteArray &secret = {});
    static SecretResult failure(Error error, const QString &message);
};

class SecretStore;

// One read, write or remove. It finishes exactly once, always asynchronously
// (never inside the read()/write()/remove() call that created it), then
// deletes itself: connect to finished() and never delete a job yourself. A job
// still pending when its store is destroyed goes with it, unfinished.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    // Valid once finished() has been emitted.
    SecretResult result() const { return m_result; }

Q_SIGNALS:
    void finished(const pc::SecretResult &result);

private:
    friend class SecretStore;
    SecretJob(Operation operation, const QString &key, const QByteArray &secret, SecretStore *store);

    Operation m_operation;
    QString m_key;
    QByteArray m_secret; // the secret to write; cleared when the job finishes
    QTimer m_timeout;
    bool m_finished = false;
    SecretResult m_result;
};

class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    SecretJob *read(const QString &key);
    SecretJob *write(const QString &key, const QByteArray &secret);
    SecretJob *remove(const QString &key);

    // How long a job may take before it fails with Error::Locked. A keychain
    // that waits for an unlock prompt nobody can see would otherwise never
    // answer. Applies to jobs started afterwards; 0 or less means no limit.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    // Where the secrets go, for messages ("the system keychain", "memory for
    // this session only").
    virtual QString backendName() const = 0;

    // One key per profile: the API host and the account, e.g. "wdc@api.xurrent.com".
    // The host is lower-cased so the same account never gets two entries.
    static QString keyFor(const QString &host, const QString &account);
    // The keychain service every entry is filed under: "provider-console".
    static QString serviceName();

protected:
    // Called from the event loop (never inside read()/write()/remove()) to do
    // the work; the implementation calls finishJob() once, now or later.
    virtual void startJob(SecretJob *job) = 0;
    // Completes a job. Later calls for the same job are ignored, so a late
    // backend answer after a timeout is harmless. Any occurrence of the
    // secret is scrubbed from the message as a last line of defence.
    void finishJob(SecretJob *job, SecretResult result);
    static QByteArray secretToWrite(const SecretJob *job) { return job->m_secret; }

    // The standard sentences, so every backend words the same case alike.
    QString notFoundMessage(const QString &key) const;
    QString noBackendMessage() const;
    QString lockedMessage() const;
    QString noAnswerMessage(int ms) const;
    QString otherMessage(SecretJob::Operation operation, const QString &detail) const;

private:
    SecretJob *createJob(SecretJob::Operation operation, const QString &key, const QByteArray &secret);
    void onTimeout(SecretJob *job);

    int m_timeoutMs = 10000;
};

// Secrets in memory only: for tests, and for "use the token for this session
// only" when no keychain can be used. It can pretend to fail so that the
// failure paths of its users can be tested without a real keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    enum class Simulation {
        None,      // works
        NoBackend, // every job fails with Error::NoBackend
        Locked,    // every job fails with Error::Locked
        Other,     // every job fails with Error::Other
        NoAnswer,  // jobs never answer (only the timeout ends them)
    };
    Q_ENUM(Simulation)

    explicit MemorySecretStore(QObject *parent = nullptr);

    void simulate(Simulation simulation) { m_simulation = simulation; }
    Simulation simulation() const { return m_simulation; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    qsizetype count() const { return m_secrets.size(); }
    void clear() { m_secrets.clear(); }

    QString backendName() const override;

protected:
    void startJob(SecretJob *job) override;

private:
    QHash<QString, QByteArray> m_secrets;
    Simulation m_simulation = Simulation::None;
};

} // namespace pc

Q_DECLARE_METATYPE(pc::SecretResult)
