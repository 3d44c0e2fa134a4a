#include "app/connections/secretstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using pc::MemorySecretStore;
using pc::SecretJob;
using pc::SecretResult;
using pc::SecretStore;

namespace {

const QByteArray kToken("tok-3f9a1c77e2b04d51-secret");

// Waits for a job's single finished() and returns what it carried.
SecretResult waitFor(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    // Never inside the call that created the job.
    if (spy.count() != 0 || job->isFinished()) {
        qWarning("job finished synchronously");
        return SecretResult::failure(SecretResult::Error::Other, QStringLiteral("synchronous"));
    }
    if (!spy.wait(5000))
        return SecretResult::failure(SecretResult::Error::Other, QStringLiteral("no answer"));
    return spy.at(0).at(0).value<SecretResult>();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyFor();
    void serviceName();
    void roundTrip();
    void notFound();
    void removeMissingSucceeds();
    void completesAsynchronously();
    void finishesOnceAndDeletesItself();
    void simulatedFailures_data();
    void simulatedFailures();
    void noAnswerTimesOut();
    void storeDestroyedWithPendingJob();
};

void TestSecretStore::keyFor()
{
    QCOMPARE(SecretStore::keyFor(QStringLiteral("api.xurrent.com"), QStringLiteral("wdc")),
             QStringLiteral("wdc@api.xurrent.com"));
    // One entry per account and host, however the host was typed.
    QCOMPARE(SecretStore::keyFor(QStringLiteral(" API.UK.Xurrent.com "), QStringLiteral(" wdc ")),
             QStringLiteral("wdc@api.uk.xurrent.com"));
    QVERIFY(SecretStore::keyFor(QStringLiteral("api.xurrent.com"), QStringLiteral("wdc")) !=
            SecretStore::keyFor(QStringLiteral("api.xurrent.qa"), QStringLiteral("wdc")));
    QVERIFY(SecretStore::keyFor(QStringLiteral("api.xurrent.com"), QStringLiteral("wdc")) !=
            SecretStore::keyFor(QStringLiteral("api.xurrent.com"), QStringLiteral("widget")));
}

void TestSecretStore::serviceName()
{
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("provider-console"));
}

void TestSecretStore::roundTrip()
{
    MemorySecretStore store;
    const QString key = SecretStore::keyFor(QStringLiteral("api.xurrent.com"), QStringLiteral("wdc"));

    SecretResult result = waitFor(store.write(key, kToken));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.secret.isEmpty());
    QVERIFY(result.message.isEmpty());
    QVERIFY(store.contains(key));

    result = waitFor(store.read(key));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.error, SecretResult::Error::None);
    QCOMPARE(result.secret, kToken);

    // Overwriting replaces.
    QVERIFY(waitFor(store.write(key, QByteArrayLiteral("second"))).ok());
    QCOMPARE(waitFor(store.read(key)).secret, QByteArrayLiteral("second"));

    result = waitFor(store.remove(key));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!store.contains(key));
    QCOMPARE(waitFor(store.read(key)).error, SecretResult::Error::NotFound);
}

void TestSecretStore::notFound()
{
    MemorySecretStore store;
    const SecretResult result = waitFor(store.read(QStringLiteral("nobody@api.xurrent.com")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, SecretResult::Error::NotFound);
    QVERIFY(result.secret.isEmpty());
    QVERIFY2(result.message.contains(QLatin1String("nobody@api.xurrent.com")), qPrintable(result.message));
}

void TestSecretStore::removeMissingSucceeds()
{
    MemorySecretStore store;
    const SecretResult result = waitFor(store.remove(QStringLiteral("nobody@api.xurrent.com")));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestSecretStore::completesAsynchronously()
{
    MemorySecretStore store;
    SecretJob *job = store.write(QStringLiteral("k"), kToken);
    QSignalSpy spy(job, &SecretJob::finished);
    // The memory store could answer at once; it must not do so inside write().
    QCOMPARE(spy.count(), 0);
    QVERIFY(!job->isFinished());
    QCOMPARE(job->operation(), SecretJob::Operation::Write);
    QCOMPARE(job->key(), QStringLiteral("k"));
    QVERIFY(!store.contains(QStringLiteral("k")));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QVERIFY(store.contains(QStringLiteral("k")));
}

void TestSecretStore::finishesOnceAndDeletesItself()
{
    MemorySecretStore store;
    QPointer<SecretJob> job = store.read(QStringLiteral("k"));
    QSignalSpy spy(job.data(), &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QTRY_VERIFY(job.isNull());
    QCOMPARE(spy.count(), 1);
}

void TestSecretStore::simulatedFailures_data()
{
    QTest::addColumn<int>("simulation");
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("wording");
    const struct
    {
        MemorySecretStore::Simulation simulation;
        SecretResult::Error error;
        const char *wording;
        const char *name;
    } cases[] = {
        {MemorySecretStore::Simulation::NoBackend, SecretResult::Error::NoBackend,
         "No keychain service is running", "no-backend"},
        {MemorySecretStore::Simulation::Locked, SecretResult::Error::Locked, "locked", "locked"},
        {MemorySecretStore::Simulation::Other, SecretResult::Error::Other, "could not be", "other"},
    };
    const struct
    {
        SecretJob::Operation operation;
        const char *name;
    } operations[] = {{SecretJob::Operation::Read, "read"},
                      {SecretJob::Operation::Write, "write"},
                      {SecretJob::Operation::Remove, "remove"}};
    for (const auto &c : cases) {
        for (const auto &o : operations) {
            QTest::addRow("%s-%s", c.name, o.name)
                << int(c.simulation) << int(o.operation) << int(c.error) << QString::fromLatin1(c.wording);
        }
    }
}

void TestSecretStore::simulatedFailures()
{
    QFETCH(int, simulation);
    QFETCH(int, operation);
    QFETCH(int, error);
    QFETCH(QString, wording);
    MemorySecretStore store;
    const QString key = QStringLiteral("wdc@api.xurrent.com");
    QVERIFY(waitFor(store.write(key, kToken)).ok());
    store.simulate(MemorySecretStore::Simulation(simulation));

    SecretJob *job = nullptr;
    switch (SecretJob::Operation(operation)) {
    case SecretJob::Operation::Read:
        job = store.read(key);
        break;
    case SecretJob::Operation::Write:
        job = store.write(key, kToken);
        break;
    case SecretJob::Operation::Remove:
        job = store.remove(key);
        break;
    }
    const SecretResult result = waitFor(job);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error), error);
    QVERIFY(result.secret.isEmpty());
    QVERIFY2(result.message.contains(wording), qPrintable(result.message));
    // Every failure tells what to do next, and never what the secret is.
    QVERIFY2(result.message.contains(QLatin1String("retry")) ||
                 result.message.contains(QLatin1String("It reported")),
             qPrintable(result.message));
    QVERIFY(!result.message.contains(QString::fromLatin1(kToken)));
    // Nothing changed behind the failure.
    QVERIFY(store.contains(key));
}

void TestSecretStore::noAnswerTimesOut()
{
    MemorySecretStore store;
    store.simulate(MemorySecretStore::Simulation::NoAnswer);
    store.setTimeout(50);
    QCOMPARE(store.timeout(), 50);
    SecretJob *job = store.read(QStringLiteral("k"));
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    const auto result = spy.at(0).at(0).value<SecretResult>();
    QCOMPARE(result.error, SecretResult::Error::Locked);
    QVERIFY2(result.message.contains(QLatin1String("password prompt")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("within 1 s")), qPrintable(result.message));
}

void TestSecretStore::storeDestroyedWithPendingJob()
{
    auto *store = new MemorySecretStore;
    QPointer<SecretJob> job = store->write(QStringLiteral("k"), kToken);
    QSignalSpy spy(job.data(), &SecretJob::finished);
    delete store;
    QVERIFY(job.isNull());
    // The queued start must not run on the deleted job.
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 0);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
