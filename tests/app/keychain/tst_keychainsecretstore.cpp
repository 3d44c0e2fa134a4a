#include "app/keychain/keychainsecretstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <optional>

using pc::KeychainSecretStore;
using pc::SecretJob;
using pc::SecretResult;
using pc::SecretStore;

// The real keychain through QtKeychain. CTest runs this twice:
// - tst_keychain_nobackend: only the fail-fast functions, with no session bus
//   and no display, as on a bare CI machine;
// - tst_keychain_secretservice: everything, inside tests/run-with-keyring.sh
//   (a private D-Bus session with an unlocked gnome-keyring and a throw-away
//   HOME), which sets PC_KEYCHAIN_REQUIRED so the round trip cannot skip.
// The round trip uses a service of its own, so it never touches real
// provider-console entries even when run by hand on a desktop.

namespace {

// Sets or unsets environment variables for one test function and puts the
// old values back afterwards, so functions can change the process
// environment without affecting the next ones.
class EnvironmentOverride
{
public:
    void set(const char *name, const std::optional<QByteArray> &value)
    {
        if (!m_saved.contains(name))
            m_saved.insert(name,
                           qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        if (value)
            qputenv(name, *value);
        else
            qunsetenv(name);
    }
    ~EnvironmentOverride()
    {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (it.value())
                qputenv(it.key().constData(), *it.value());
            else
                qunsetenv(it.key().constData());
        }
    }

private:
    QHash<QByteArray, std::optional<QByteArray>> m_saved;
};

SecretJob *start(SecretStore &store, SecretJob::Operation operation, const QString &key,
                 const QByteArray &secret)
{
    switch (operation) {
    case SecretJob::Operation::Read:
        return store.read(key);
    case SecretJob::Operation::Write:
        return store.write(key, secret);
    case SecretJob::Operation::Remove:
        return store.remove(key);
    }
    return nullptr;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noBusFailsFast_data();
    void noBusFailsFast();
    void displayWithoutBusFailsFast_data();
    void displayWithoutBusFailsFast();
    void roundTrip();

private:
    void expectNoBackend(SecretJob::Operation operation, const QString &wording);
};

void TestKeychainSecretStore::expectNoBackend(SecretJob::Operation operation, const QString &wording)
{
    KeychainSecretStore store(QStringLiteral("provider-console-test"));
    QCOMPARE(store.service(), QStringLiteral("provider-console-test"));
    const QByteArray secret("kc-secret-no-backend-7a1f");
    QElapsedTimer clock;
    clock.start();
    SecretJob *job = start(store, operation, QStringLiteral("wdc@api.xurrent.com"), secret);
    QSignalSpy spy(job, &SecretJob::finished);
    QCOMPARE(spy.count(), 0); // never inside the call
    // Generous: the point is that it ends by itself instead of hanging; the
    // store's own 10 s timeout would give Locked, not NoBackend.
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 30000);
    const auto result = spy.at(0).at(0).value<SecretResult>();
    QCOMPARE(result.error, SecretResult::Error::NoBackend);
    QVERIFY(!result.ok());
    QVERIFY(result.secret.isEmpty());
    QVERIFY2(result.message.contains(wording), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("this session only")), qPrintable(result.message));
    QVERIFY(!result.message.contains(QString::fromLatin1(secret)));
    qInfo("NoBackend after %lld ms: %s", qint64(clock.elapsed()), qPrintable(result.message));
    QVERIFY(KeychainSecretStore::checkEnvironment());
}

void TestKeychainSecretStore::noBusFailsFast_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("read") << int(SecretJob::Operation::Read);
    QTest::newRow("write") << int(SecretJob::Operation::Write);
    QTest::newRow("remove") << int(SecretJob::Operation::Remove);
}

void TestKeychainSecretStore::noBusFailsFast()
{
    QFETCH(int, operation);
    EnvironmentOverride environment;
    environment.set("DBUS_SESSION_BUS_ADDRESS", std::nullopt);
    environment.set("DISPLAY", std::nullopt);
    environment.set("WAYLAND_DISPLAY", std::nullopt);
    expectNoBackend(SecretJob::Operation(operation), QStringLiteral("No keychain service is running"));
}

void TestKeychainSecretStore::displayWithoutBusFailsFast_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::newRow("x11") << QByteArray("DISPLAY");
    QTest::newRow("wayland") << QByteArray("WAYLAND_DISPLAY");
}

void TestKeychainSecretStore::displayWithoutBusFailsFast()
{
    QFETCH(QByteArray, variable);
    // A display but no bus is the case that can hang on an autolaunched
    // keyring's prompt; the store must refuse before QtKeychain is involved
    // (the display named here does not exist, so nothing could show anyway).
    EnvironmentOverride environment;
    environment.set("DBUS_SESSION_BUS_ADDRESS", std::nullopt);
    environment.set("DISPLAY", std::nullopt);
    environment.set("WAYLAND_DISPLAY", std::nullopt);
    environment.set(variable.constData(),
                    variable == "DISPLAY" ? QByteArray(":97") : QByteArray("wayland-97"));
    expectNoBackend(SecretJob::Operation::Read, QStringLiteral("could hang on a password prompt"));
}

void TestKeychainSecretStore::roundTrip()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (!qEnvironmentVariableIsEmpty("PC_KEYCHAIN_REQUIRED"))
            QFAIL("PC_KEYCHAIN_REQUIRED is set but there is no D-Bus session bus: run-with-keyring.sh did "
                  "not work");
        QSKIP("No D-Bus session bus: run through tests/run-with-keyring.sh (CTest: "
              "tst_keychain_secretservice)");
    }
    QVERIFY(!KeychainSecretStore::checkEnvironment());

    KeychainSecretStore store(QStringLiteral("provider-console-test"));
    store.setTimeout(20000); // a first D-Bus activation on a loaded machine can be slow
    const QString key = SecretStore::keyFor(QStringLiteral("api.test.invalid"),
                                            QUuid::createUuid().toString(QUuid::WithoutBraces));
    // Binary-safe, including bytes that are not valid UTF-8.
    const QByteArray secret =
        QByteArrayLiteral("kc-round-trip-\x01\xff\x00-") + QUuid::createUuid().toByteArray();

    auto run = [](SecretJob *job) {
        QSignalSpy spy(job, &SecretJob::finished);
        if (spy.count() != 0 || !spy.wait(30000))
            return SecretResult::failure(SecretResult::Error::Other,
                                         QStringLiteral("no answer or synchronous"));
        return spy.at(0).at(0).value<SecretResult>();
    };

    SecretResult result = run(store.read(key));
    QCOMPARE(result.error, SecretResult::Error::NotFound);
    QVERIFY2(result.message.contains(key), qPrintable(result.message));

    result = run(store.write(key, secret));
    QVERIFY2(result.ok(), qPrintable(result.message));

    result = run(store.read(key));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.secret, secret);

    // A second store (as after a restart) sees the same entry.
    KeychainSecretStore again(QStringLiteral("provider-console-test"));
    result = run(again.read(key));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.secret, secret);

    result = run(store.write(key, QByteArrayLiteral("replaced")));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(run(store.read(key)).secret, QByteArrayLiteral("replaced"));

    result = run(store.remove(key));
    QVERIFY2(result.ok(), qPrintable(result.message));
    result = run(store.read(key));
    QCOMPARE(result.error, SecretResult::Error::NotFound);
    // Removing what is gone is not an error.
    result = run(store.remove(key));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
