#pragma once

#include "app/connections/profile.h"
#include "app/index/indexstate.h"
#include "app/index/indexsync.h"
#include "app/program/commandline.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace pc {
class ApiClient;
class IndexStore;
class KeychainSecretStore;
} // namespace pc

namespace pc::program {

class ApiWalkExport;
class HeadlessSync;

// `provider-console sync …` and `provider-console export …`: no window, so
// no display needed (the program runs them on a QCoreApplication). Finds the
// connection (--profile or --api-url), the token (PROVIDER_CONSOLE_TOKEN, or
// the profile's in the keychain; a manual proxy's password from the keychain
// too), opens the connection's index, syncs it and,
// for export, writes the collection from it. Everything is asynchronous on
// the application's event loop; finished() comes once with the exit code:
// 0 done, 1 failed (one line on standard error said why), 2 a usage error.
class HeadlessRun : public QObject
{
    Q_OBJECT

public:
    HeadlessRun(const StartOptions &options, const QByteArray &environmentToken, QObject *parent = nullptr);
    ~HeadlessRun() override;

    // From the event loop (finished() may follow at once).
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void withToken(const QByteArray &token);
    void connectWith(const QByteArray &token, const QString &proxyPassword);
    void openIndex();
    void onOpened(const OpenResult &result);
    void onSynced(const SyncResult &result);
    void exportFromIndex();
    void exportFromApi();
    void write(const QList<QJsonObject> &records);
    bool isExport() const { return m_command.kind == HeadlessCommand::Kind::Export; }
    IndexCollection exported() const { return m_command.collections.constFirst(); }
    QString connectionName() const;
    void note(const QString &text) const;
    void fail(int exitCode, const QString &message);
    void succeed();

    StartOptions m_options;
    HeadlessCommand m_command;
    QByteArray m_environmentToken;
    Profile m_profile;
    bool m_finished = false;
    // Declared in the order they may be made; destroyed the other way round:
    // nothing outlives what it points to.
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<IndexStore> m_store;
    std::unique_ptr<HeadlessSync> m_sync;
    std::unique_ptr<ApiWalkExport> m_walk;
};

} // namespace pc::program
