#pragma once

#include "app/connections/secretstore.h"

#include <optional>

// The OS keychain through QtKeychain 0.13 (Secret Service via libsecret on
// Linux). Kept out of pc_core so the core and its tests never link D-Bus.
namespace pc {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `service` is the keychain service entries are filed under; only tests
    // use anything but serviceName().
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    QString backendName() const override;

    // Whether the keychain may be asked at all right now, from the process
    // environment alone. On Linux, without a D-Bus session bus, QtKeychain
    // would try to autolaunch one; with a display that can end in a password
    // prompt nobody sees and a hang, so it fails fast instead. Returns a
    // NoBackend result with its message, or nullopt when it is safe to try.
    static std::optional<SecretResult> checkEnvironment();

protected:
    void startJob(SecretJob *job) override;

private:
    QString m_service;
};

} // namespace pc
