#include "app/actions/instancebatch.h"
#include "app/journal/actionjournal.h"
#include "app/models/instancesmodel.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;
using pc::InstanceBatch;
using Outcome = pc::InstanceBatch::Outcome;

// Bulk instance actions over HTTP to the sandbox, which records every request.
class TestInstanceBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void suspendFiftyWithTwoFailures();
    void dryRunSaysWhatWouldChange();
    void cancelStopsAfterTheRequestInFlight();
    void worksOnTheLegacyApi();
    void journalSurvivesDamagedLines();

private:
    QList<pc::AppInstance> loadInstances(sandbox::SandboxServer &server, pc::ApiClient &client, int count,
                                         pc::InstancesModel *model);
    QTemporaryDir m_dir;
};

void TestInstanceBatch::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

QList<pc::AppInstance> TestInstanceBatch::loadInstances(sandbox::SandboxServer &, pc::ApiClient &, int count,
                                                        pc::InstancesModel *model)
{
    model->reload();
    QList<pc::AppInstance> instances;
    if (!QTest::qWaitFor([model] { return model->rowCount() >= 100; }, 10000))
        return instances; // the caller's size check fails
    for (int row = 0; row < model->rowCount() && instances.size() < count; ++row) {
        if (!model->instance(row).suspended)
            instances.append(model->instance(row));
    }
    return instances;
}

void TestInstanceBatch::suspendFiftyWithTwoFailures()
{
    auto server = startSandbox(); // burst limit on: the batch must be paced under it
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    const QList<pc::AppInstance> targets = loadInstances(*server, client, 50, &model);
    QCOMPARE(targets.size(), 50);
    const qint64 failA = targets.at(7).id;
    const qint64 failB = targets.at(31).id;
    for (qint64 id : {failA, failB}) {
        sandbox::Fault fault;
        fault.kind = sandbox::Fault::Kind::Status;
        fault.status = 500;
        fault.method = "PATCH";
        fault.pathPattern = QLatin1Char('^') + instancesPath(QStringLiteral("/%1$").arg(id));
        fault.body = R"({"message":"Something went wrong"})";
        server->addFault(fault);
    }
    server->clearRequests();
    pc::ActionJournal journal(m_dir.filePath(QStringLiteral("suspend.jsonl")));
    const QString comment = QStringLiteral("Invoice 2024-117 unpaid — suspended until payment 💶");
    InstanceBatch batch(&client, InstanceBatch::Action::Suspend, targets, comment, &journal);
    connect(&batch, &InstanceBatch::recordUpdated, &model, &pc::InstancesModel::updateFromServer);
    QSignalSpy finished(&batch, &InstanceBatch::finished);
    batch.start();
    QVERIFY(finished.wait(60000));

    QCOMPARE(batch.count(Outcome::Done), 48);
    QCOMPARE(batch.count(Outcome::Failed), 2);
    QCOMPARE(batch.summary(), QStringLiteral("48 suspended, 2 failed"));
    QCOMPARE(server->rateLimitedCount(), 0);
    int patches = 0;
    for (const auto &request : server->requests()) {
        if (request.method != "PATCH")
            continue;
        ++patches;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("suspended")), QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("suspension_comment")).toString(), comment);
        QVERIFY(!body.contains(QStringLiteral("enabled_by_customer"))); // the customer's switch, never sent
    }
    QCOMPARE(patches, 50); // a 500 is not retried by itself
    for (int i = 0; i < batch.items().size(); ++i) {
        const auto &item = batch.items().at(i);
        const bool shouldFail = item.before.id == failA || item.before.id == failB;
        QCOMPARE(item.outcome, shouldFail ? Outcome::Failed : Outcome::Done);
        if (shouldFail)
            QVERIFY(item.message.contains(QStringLiteral("Something went wrong")));
    }
    // The table shows the server's rows.
    for (int row = 0; row < model.rowCount(); ++row) {
        const pc::AppInstance &shown = model.instance(row);
        const QJsonObject truth = server->instance(shown.id);
        QCOMPARE(shown.suspended, truth.value(QStringLiteral("suspended")).toBool());
        QCOMPARE(shown.suspensionComment, truth.value(QStringLiteral("suspension_comment")).toString());
    }

    batch.retryFailed(); // the faults were one-off
    QVERIFY(finished.wait(20000));
    QCOMPARE(batch.count(Outcome::Done), 50);
    QCOMPARE(batch.summary(), QStringLiteral("50 suspended"));

    const auto entries = journal.readAll();
    QCOMPARE(entries.size(), 52); // one line per write, failures included
    QCOMPARE(std::count_if(entries.begin(), entries.end(), [](const pc::JournalEntry &e) { return !e.ok; }), 2);
    QCOMPARE(entries.first().action, QStringLiteral("suspend"));
    QCOMPARE(entries.first().before.value(QStringLiteral("suspended")), QJsonValue(false));
    QCOMPARE(entries.first().after.value(QStringLiteral("suspension_comment")).toString(), comment);
    QCOMPARE(entries.first().account, QStringLiteral("wdc"));
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sandbox-token"));
}

void TestInstanceBatch::dryRunSaysWhatWouldChange()
{
    pc::AppInstance suspended;
    suspended.id = 1;
    suspended.suspended = true;
    suspended.suspensionComment = QStringLiteral("Unpaid");
    pc::AppInstance active;
    active.id = 2;
    pc::AppInstance otherComment = suspended;
    otherComment.id = 3;
    otherComment.suspensionComment = QStringLiteral("Something else");
    InstanceBatch suspend(nullptr, InstanceBatch::Action::Suspend, {suspended, active, otherComment}, QStringLiteral("Unpaid"));
    const QStringList plan = suspend.plan();
    QCOMPARE(plan.size(), 3);
    QVERIFY2(plan.at(0).contains(QStringLiteral("already suspended")), qPrintable(plan.at(0)));
    QVERIFY(plan.at(1).contains(QStringLiteral("suspended: false → true")));
    QVERIFY(plan.at(2).contains(QStringLiteral("suspension_comment: Something else → Unpaid")));
    QCOMPARE(suspend.count(Outcome::Skipped), 1);

    InstanceBatch resume(nullptr, InstanceBatch::Action::Resume, {suspended, active});
    QVERIFY(resume.plan().at(1).contains(QStringLiteral("not suspended: skipped")));
    QCOMPARE(resume.changeFor(suspended), (QJsonObject{{QStringLiteral("suspended"), false}})); // the comment stays
    InstanceBatch disable(nullptr, InstanceBatch::Action::Disable, {active});
    QCOMPARE(disable.changeFor(active), (QJsonObject{{QStringLiteral("disabled"), true}}));
}

void TestInstanceBatch::cancelStopsAfterTheRequestInFlight()
{
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    auto server = startSandbox(options);
    pc::ApiClient client(settingsFor(*server));
    pc::InstancesModel model(&client);
    const QList<pc::AppInstance> targets = loadInstances(*server, client, 20, &model);
    sandbox::Fault slow;
    slow.kind = sandbox::Fault::Kind::Latency;
    slow.method = "PATCH";
    slow.latencyMs = 150;
    slow.times = -1;
    server->addFault(slow);
    server->clearRequests();
    InstanceBatch batch(&client, InstanceBatch::Action::Disable, targets);
    QSignalSpy finished(&batch, &InstanceBatch::finished);
    connect(&batch, &InstanceBatch::itemFinished, &batch, [&batch](int index) {
        if (index == 1)
            batch.cancel();
    });
    batch.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(batch.count(Outcome::Done), 2);
    QCOMPARE(batch.count(Outcome::Cancelled), targets.size() - 2 - batch.count(Outcome::Skipped));
    QCOMPARE(server->requestCount(), 2); // nothing sent after the cancel
    QVERIFY(batch.summary().contains(QStringLiteral("cancelled")));
}

void TestInstanceBatch::worksOnTheLegacyApi()
{
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    auto server = startSandbox(options);
    server->setAppInstancesEnabled(false);
    pc::ApiClient client(settingsFor(*server)); // nothing loaded yet: the kind of server is unknown
    pc::AppInstance target = pc::decodeInstance(server->instance(server->instanceIds().at(3)));
    InstanceBatch batch(&client, InstanceBatch::Action::Suspend, {target}, QStringLiteral("Legacy"));
    QSignalSpy finished(&batch, &InstanceBatch::finished);
    batch.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(batch.summary(), QStringLiteral("1 suspended"));
    QCOMPARE(server->requests().last().path, QStringLiteral("/v1/integration_instances/%1").arg(target.id));
    QCOMPARE(server->instance(target.id).value(QStringLiteral("suspension_comment")).toString(), QStringLiteral("Legacy"));
}

void TestInstanceBatch::journalSurvivesDamagedLines()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.jsonl"));
    pc::ActionJournal journal(path);
    pc::JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = QStringLiteral("update");
    entry.recordId = 5;
    QVERIFY(journal.append(entry));
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"time\":\"2026-01-0"); // a line cut short by a crash
    file.write("\n");
    file.close();
    QVERIFY(journal.append(entry));
    int skipped = 0;
    const auto entries = journal.readAll(&skipped);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(skipped, 1);
    QCOMPARE(entries.last().recordId, 5);
    QVERIFY(QFile::permissions(path) & QFileDevice::WriteOwner);
    QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
}

QTEST_GUILESS_MAIN(TestInstanceBatch)
#include "tst_instancebatch.moc"
