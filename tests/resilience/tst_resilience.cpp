// Resilience (issue 6): every fault the sandbox can inject, through the real
// client and models over real HTTP on loopback, with the same questions each
// time: are the rows already loaded kept (count and ids), is the error typed
// with a message a person can act on (and never the token), does a retry or
// Load all after the fault complete with exactly the right ids, is the
// journal exactly what happened, and did nothing reach a second loopback
// address (127.0.0.2), where a listener fails the test if anything arrives.
//
// tst_apiclient, tst_models and tst_parallelwalk test single faults of the
// pieces; this file runs the whole list (resiliencefaults.cpp) through each
// way of loading.

#include "app/actions/instancebatch.h"
#include "app/editing/offeringedit.h"
#include "app/editing/offeringsave.h"
#include "app/journal/actionjournal.h"
#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/net/apiclient.h"
#include "tests/resilience/resiliencefaults.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace testsupport;
using Kind = pc::ApiError::Kind;
using sandbox::Fault;
using namespace resilience;

class TestResilience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void instancesThroughEachFault_data();
    void instancesThroughEachFault();
    void offeringsThroughEachFault_data();
    void offeringsThroughEachFault();
    void connectionRefused_data();
    void connectionRefused();
    void dnsFailure();
    void aRefusalForAReplacedTokenIsSentAgain();
    void aWrongTypedPageThenLoadAll();
    void wrongTypedBoundOfAParallelWalk();
    void saveWhileTheServerIsGone();
    void saveThroughEachFault_data();
    void saveThroughEachFault();
    void bulkActionReportIsExact();

private:
    std::unique_ptr<sandbox::SandboxServer> startServer(int offerings = 60, quint16 port = 0) const;
    pc::ConnectionSettings fastSettings(const sandbox::SandboxServer &server) const;
    void addModelRows(const QList<int> &modes, bool offerings);
    void runModelCase(bool offerings);
    void checkRiddenOut(const pc::PagedTableModel &model, const sandbox::SandboxServer &server,
                        const Fault &fault, const QList<qint64> &expectedIds, bool offerings);
    void checkRecovery(pc::PagedTableModel &model, sandbox::SandboxServer &server, pc::ApiClient &client,
                       const QSignalSpy &rejected, int mode, int recovery, const QList<qint64> &expectedIds,
                       const QString &listPath);
    void checkMessage(const pc::ApiError &error, const QStringList &words);

    QTcpServer m_foreign; // 127.0.0.2: nothing may ever arrive here
    int m_foreignConnections = 0;
    sandbox::SandboxOptions m_options;
};

void TestResilience::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    QVERIFY2(m_foreign.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0),
             qPrintable(m_foreign.errorString()));
    connect(&m_foreign, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_foreign.nextPendingConnection()) {
            ++m_foreignConnections;
            socket->abort();
            socket->deleteLater();
        }
    });
    m_options.instanceCount = 450; // five pages of 100
    m_options.burstLimit = false;  // the rate-limit faults are the only 429s
    m_options.hourlyLimit = 0;
    m_options.token = QString::fromLatin1(kToken);
}

void TestResilience::cleanup()
{
    // Whatever a test did, the second loopback address heard nothing.
    QTest::qWait(0);
    QCOMPARE(m_foreignConnections, 0);
}

std::unique_ptr<sandbox::SandboxServer> TestResilience::startServer(int offerings, quint16 port) const
{
    sandbox::SandboxOptions options = m_options;
    options.offeringCount = offerings;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    if (server->listen(QHostAddress::LocalHost, port) == 0)
        qFatal("the sandbox could not listen");
    return server;
}

pc::ConnectionSettings TestResilience::fastSettings(const sandbox::SandboxServer &server) const
{
    pc::ConnectionSettings settings = settingsFor(server);
    settings.token = kToken;
    settings.maxRetries = 1;
    settings.retryBaseDelayMs = 20;
    settings.transferTimeoutMs = 400;
    settings.defaultRetryAfterS = 1;
    settings.maxRateLimitWaitS = 3;
    settings.paceBurst = false; // no burst limit on this sandbox: as fast as it goes
    return settings;
}

void TestResilience::checkMessage(const pc::ApiError &error, const QStringList &words)
{
    for (const QString &word : words)
        QVERIFY2(error.message.contains(word, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error.message)));
    // A sentence, not markup or a dump.
    QVERIFY2(!error.message.contains(QLatin1Char('<')), qPrintable(error.message));
    QVERIFY(error.message.size() < 600);
    for (const QByteArray &token : {kToken, kNewToken}) {
        QVERIFY(!error.message.contains(QString::fromLatin1(token)));
        QVERIFY(!error.serverMessage.contains(QString::fromLatin1(token)));
    }
}

void TestResilience::addModelRows(const QList<int> &modes, bool offerings)
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("recovery");
    QTest::addColumn<int>("rateLimitWaitS");
    QTest::addColumn<int>("transferTimeoutMs");
    QUrl foreign;
    foreign.setScheme(QStringLiteral("http"));
    foreign.setHost(QStringLiteral("127.0.0.2"));
    foreign.setPort(m_foreign.serverPort());
    const QString path =
        offerings ? QStringLiteral("^/v1/app_offerings$") : QStringLiteral("^/v1/app_instances$");
    for (int mode : modes) {
        for (FaultCase c : faultCases(foreign)) {
            if (!(c.modes & mode))
                continue;
            // The offerings list pages like the instances' one cursor: the
            // slow cases (waits, drips) add nothing there but time.
            if (offerings &&
                (c.fault.kind == Fault::Kind::RateLimit || c.fault.kind == Fault::Kind::SlowDrip))
                continue;
            c.fault.pathPattern = path;
            // One page at a time, the fault meets the second page; a walk's
            // first request is a bound, so a link fault waits for a range.
            if (mode == Page)
                c.fault.skip = 0;
            QTest::addRow("%s: %s", modeName(mode), qPrintable(c.name))
                << mode << c.fault << int(c.expected) << c.words << int(c.recovery) << c.rateLimitWaitS
                << c.transferTimeoutMs;
        }
    }
}

void TestResilience::instancesThroughEachFault_data()
{
    addModelRows({Page, LoadAllOne, LoadAllParallel}, false);
}

void TestResilience::instancesThroughEachFault()
{
    runModelCase(false);
}

void TestResilience::offeringsThroughEachFault_data()
{
    // Offerings are listed by name: Load all is one cursor whatever is asked.
    addModelRows({Page, LoadAllOne}, true);
}

void TestResilience::offeringsThroughEachFault()
{
    runModelCase(true);
}

void TestResilience::runModelCase(bool offerings)
{
    QFETCH(int, mode);
    QFETCH(Fault, fault);
    QFETCH(int, expected);
    QFETCH(QStringList, words);
    QFETCH(int, recovery);
    QFETCH(int, rateLimitWaitS);
    QFETCH(int, transferTimeoutMs);

    auto server = startServer(offerings ? 300 : 60);
    pc::ConnectionSettings settings = fastSettings(*server);
    settings.maxRateLimitWaitS = rateLimitWaitS;
    settings.transferTimeoutMs = transferTimeoutMs;
    pc::ApiClient client(settings);
    const QString listPath =
        offerings ? QStringLiteral("/v1/app_offerings") : QStringLiteral("/v1/app_instances");

    // What a fault-free load gives, in the model's order.
    QList<qint64> expectedIds;
    {
        pc::ApiClient clean(settings);
        std::unique_ptr<pc::PagedTableModel> reference;
        if (offerings)
            reference = std::make_unique<pc::OfferingsModel>(&clean);
        else
            reference = std::make_unique<pc::InstancesModel>(&clean);
        reference->setLoadAllCursors(1);
        reference->loadAll();
        QVERIFY(settle(*reference));
        QVERIFY(reference->atEnd() && !reference->lastError().isError());
        expectedIds = rowIds(*reference);
    }
    if (!offerings) {
        QList<qint64> sorted = server->instanceIds();
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(expectedIds, sorted); // instances come in id order
    }
    QVERIFY2(expectedIds.size() > 200,
             qPrintable(QString::number(expectedIds.size()))); // three pages at least

    std::unique_ptr<pc::PagedTableModel> model;
    if (offerings)
        model = std::make_unique<pc::OfferingsModel>(&client);
    else
        model = std::make_unique<pc::InstancesModel>(&client);
    // No QAbstractItemModelTester here: it calls fetchMore() by itself, and
    // this test decides exactly which page meets the fault.
    model->setLoadAllCursors(mode == LoadAllParallel ? 4 : 1);
    QSignalSpy errors(model.get(), &pc::PagedTableModel::errorOccurred);
    QSignalSpy rejected(&client, &pc::ApiClient::tokenRejected);

    // The first page, before anything goes wrong.
    model->fetchMore({});
    QVERIFY(settle(*model));
    const QList<qint64> before = rowIds(*model);
    QCOMPARE(before, expectedIds.mid(0, pc::PagedTableModel::PageSize));

    server->addFault(fault);
    server->clearRequests();
    if (mode == Page)
        model->fetchMore({});
    else
        model->loadAll();
    QVERIFY(settle(*model));
    const pc::ApiError error = model->lastError();

    if (expected == int(Kind::None)) {
        // The client rode it out: everything is there, exactly once.
        QVERIFY2(!error.isError(), qPrintable(error.message));
        if (mode == Page)
            QVERIFY(drain(*model));
        QCOMPARE(errors.size(), 0);
        checkRiddenOut(*model, *server, fault, expectedIds, offerings);
        if (QTest::currentTestFailed())
            return;
    } else {
        QCOMPARE(pc::ApiError::kindName(error.kind), pc::ApiError::kindName(Kind(expected)));
        checkMessage(error, words);
        QVERIFY(errors.size() >= 1);
        // Every row already loaded is kept, in place; what arrived besides is
        // the next part of the list: nothing lost before it, nothing twice.
        const QList<qint64> kept = rowIds(*model);
        QCOMPARE(kept.mid(0, before.size()), before);
        QCOMPARE(kept, expectedIds.mid(0, kept.size()));
        if (mode == Page && error.kind != Kind::Unsafe && error.kind != Kind::BadResponse)
            QCOMPARE(kept.size(), before.size()); // the failed page is not half-shown
        QVERIFY(!model->canFetchMore({}));        // a view does not hammer the failing server
        QVERIFY(!model->isLoadingAll());

        checkRecovery(*model, *server, client, rejected, mode, recovery, expectedIds, listPath);
        if (QTest::currentTestFailed())
            return;
    }
    if (recovery != NewToken)
        QCOMPARE(rejected.size(), 0);
    // Every page asked for the columns' fields, also after a link that dropped them.
    for (const auto &request : listRequests(*server, listPath))
        QVERIFY2(request.query.hasQueryItem(QStringLiteral("fields")), qPrintable(request.url.toString()));
}

// What a load that rode the fault out must show: every row exactly once, each
// 429 waited out, and the 10 MB page itself taken in.
void TestResilience::checkRiddenOut(const pc::PagedTableModel &model, const sandbox::SandboxServer &server,
                                    const Fault &fault, const QList<qint64> &expectedIds, bool offerings)
{
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().message));
    QCOMPARE(rowIds(model), expectedIds);
    if (fault.kind == Fault::Kind::RateLimit)
        QCOMPARE(server.rateLimitedCount(), fault.times); // each was waited out, none failed
    if (fault.kind == Fault::Kind::HugePage) {
        // The 10 MB page itself was taken in (not a retry's normal page).
        int padded = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject extra =
                offerings ? static_cast<const pc::OfferingsModel &>(model).offering(row).extra
                          : static_cast<const pc::InstancesModel &>(model).instance(row).extra;
            padded += extra.value(QStringLiteral("padding")).toString().size() > 50000;
        }
        QVERIFY2(padded >= 50, qPrintable(QString::number(padded))); // a page, or a walk's range of ~88
    }
}

// After a load that failed: the fault ends, the model retries (or reloads)
// and must then hold every row, having gone on where it stopped.
void TestResilience::checkRecovery(pc::PagedTableModel &model, sandbox::SandboxServer &server,
                                   pc::ApiClient &client, const QSignalSpy &rejected, int mode, int recovery,
                                   const QList<qint64> &expectedIds, const QString &listPath)
{
    // The fault ends.
    server.clearFaults();
    if (recovery == NewToken) {
        QVERIFY(rejected.size() >= 1);
        QCOMPARE(rejected.first().first().value<pc::ApiError>().kind, Kind::Unauthorized);
        server.setToken(QString::fromLatin1(kNewToken));
        client.setToken(kNewToken);
    }
    server.clearRequests();
    if (recovery == Reload)
        model.reload();
    if (mode == Page) {
        if (recovery != Reload)
            model.retry();
        QVERIFY(drain(model));
    } else {
        model.loadAll();
        QVERIFY(settle(model));
    }
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().message));
    QVERIFY(model.atEnd());
    QCOMPARE(rowIds(model), expectedIds);
    if (recovery != Reload) {
        // It went on where it stopped: no list request started over from the top.
        for (const auto &request : listRequests(server, listPath)) {
            QVERIFY2(request.query.hasQueryItem(QStringLiteral("search_after")) ||
                         request.query.hasQueryItem(QStringLiteral("id")),
                     qPrintable(request.url.toString()));
        }
    }
    if (recovery == NewToken) {
        for (const auto &request : server.requests())
            QCOMPARE(request.header("authorization"), QByteArray("Bearer " + kNewToken));
    }
}

void TestResilience::connectionRefused_data()
{
    QTest::addColumn<int>("mode");
    for (int mode : {Page, LoadAllOne, LoadAllParallel})
        QTest::addRow("%s", modeName(mode)) << mode;
}

void TestResilience::connectionRefused()
{
    QFETCH(int, mode);
    auto server = startServer();
    const quint16 port = server->port();
    pc::ApiClient client(fastSettings(*server));
    pc::InstancesModel model(&client);
    model.setLoadAllCursors(mode == LoadAllParallel ? 4 : 1);
    model.fetchMore({});
    QVERIFY(settle(model));
    const QList<qint64> before = rowIds(model);
    QCOMPARE(before.size(), 100);
    QList<qint64> expectedIds = server->instanceIds();
    std::sort(expectedIds.begin(), expectedIds.end());

    server.reset(); // nothing listens on the port now: connections are refused
    if (mode == Page)
        model.fetchMore({});
    else
        model.loadAll();
    QVERIFY(settle(model));
    QCOMPARE(model.lastError().kind, Kind::Network);
    checkMessage(model.lastError(), {QStringLiteral("refused"), QStringLiteral("server is running")});
    QCOMPARE(rowIds(model), before);

    // The server is back, on the same port, with the same data.
    server = startServer(60, port);
    QCOMPARE(server->port(), port);
    if (mode == Page) {
        model.retry();
        QVERIFY(drain(model));
    } else {
        model.loadAll();
        QVERIFY(settle(model));
    }
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().message));
    QCOMPARE(rowIds(model), expectedIds);
}

void TestResilience::dnsFailure()
{
    // `.invalid` never resolves (RFC 2606): a name lookup that fails at once.
    pc::ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://nonexistent.invalid:8080/v1"));
    settings.account = QStringLiteral("wdc");
    settings.token = kToken;
    settings.maxRetries = 1;
    settings.retryBaseDelayMs = 20;
    settings.transferTimeoutMs = 5000;
    pc::ApiClient client(settings);
    pc::InstancesModel model(&client);
    QSignalSpy errors(&model, &pc::PagedTableModel::errorOccurred);
    model.fetchMore({});
    QVERIFY(settle(model));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(model.lastError().kind, Kind::Network);
    checkMessage(model.lastError(), {QStringLiteral("DNS"), QStringLiteral("API URL")});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    // Retry asks again and fails the same clean way; nothing else changes.
    model.retry();
    QVERIFY(settle(model));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(model.lastError().kind, Kind::Network);
    QCOMPARE(model.rowCount(), 0);
}

void TestResilience::aRefusalForAReplacedTokenIsSentAgain()
{
    // A request in flight with the old token when the user enters a new one
    // (the other cursors of a walk, say) is refused for the old token; the
    // client sends it again with the new one instead of failing.
    auto server = startServer();
    pc::ApiClient client(fastSettings(*server));
    QSignalSpy rejected(&client, &pc::ApiClient::tokenRejected);
    Fault slow = make(Fault::Kind::Latency);
    slow.latencyMs = 300; // the 401 is decided on arrival and sent 300 ms later
    server->addFault(slow);
    server->revokeToken();
    pc::ApiCall *call = client.get(QStringLiteral("app_instances"));
    QSignalSpy finished(call, &pc::ApiCall::finished);
    QTRY_COMPARE(server->requestCount(), 1);
    server->setToken(QString::fromLatin1(kNewToken));
    client.setToken(kNewToken);
    QVERIFY(finished.wait(5000));
    const pc::ApiResponse response = finished.first().first().value<pc::ApiResponse>();
    QVERIFY2(response.isOk(), qPrintable(response.error.message));
    const auto requests = server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).header("authorization"), QByteArray("Bearer " + kToken));
    QCOMPARE(requests.at(1).header("authorization"), QByteArray("Bearer " + kNewToken));
    QCOMPARE(rejected.size(), 0); // nobody is asked for a token that is already replaced

    // A refusal of the current token is final and is announced once.
    server->revokeToken();
    const pc::ApiCall *refused = client.get(QStringLiteral("app_instances"));
    QSignalSpy refusedFinished(refused, &pc::ApiCall::finished);
    QVERIFY(refusedFinished.wait(5000));
    QCOMPARE(refusedFinished.first().first().value<pc::ApiResponse>().error.kind, Kind::Unauthorized);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(server->requestCount(), 3);
}

void TestResilience::aWrongTypedPageThenLoadAll()
{
    // A page whose ids came as strings ("123"), then Load all walking by id:
    // the walk must continue after the last record received, not after the
    // last one whose id was a number.
    auto server = startServer();
    pc::ApiClient client(fastSettings(*server));
    pc::InstancesModel model(&client);
    model.fetchMore({});
    QVERIFY(settle(model));
    Fault wrong = make(Fault::Kind::WrongTypes);
    wrong.pathPattern = QStringLiteral("^/v1/app_instances$");
    server->addFault(wrong);
    model.fetchMore({});
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 200); // the ids were readable: "123" is 123
    QList<qint64> expectedIds = server->instanceIds();
    std::sort(expectedIds.begin(), expectedIds.end());
    QCOMPARE(rowIds(model), expectedIds.mid(0, 200));
    model.loadAll();
    QVERIFY(settle(model));
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().message));
    QCOMPARE(rowIds(model), expectedIds);
}

void TestResilience::wrongTypedBoundOfAParallelWalk()
{
    // The walk's first request (the highest id, one record) answers with its
    // id as a string, which the decoder and the single cursor accept ("123"
    // is 123). Whatever the walk makes of that, the rows stay, and once the
    // fault is over, Load all again completes.
    auto server = startServer();
    pc::ApiClient client(fastSettings(*server));
    pc::InstancesModel model(&client);
    model.fetchMore({});
    QVERIFY(settle(model));
    const QList<qint64> before = rowIds(model);
    QList<qint64> expectedIds = server->instanceIds();
    std::sort(expectedIds.begin(), expectedIds.end());
    Fault wrong = make(Fault::Kind::WrongTypes);
    wrong.pathPattern = QStringLiteral("^/v1/app_instances$");
    server->addFault(wrong);
    model.loadAll();
    QVERIFY(settle(model));
    QCOMPARE(rowIds(model).mid(0, before.size()), before);
    QCOMPARE(rowIds(model), expectedIds.mid(0, model.rowCount()));
    checkMessage(model.lastError(), {});
    server->clearFaults();
    model.loadAll();
    QVERIFY(settle(model));
    QCOMPARE(rowIds(model), expectedIds);
}

void TestResilience::saveWhileTheServerIsGone()
{
    auto server = startServer();
    const quint16 port = server->port();
    pc::ConnectionSettings settings = fastSettings(*server);
    settings.maxRetries = 0;
    pc::ApiClient client(settings);
    QTemporaryDir dir;
    pc::ActionJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    const qint64 id = ownOfferingIds(*server).at(2);
    pc::OfferingEdit edit(server->offering(id), QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("source"), QStringLiteral("offline"));
    const QJsonObject body = edit.requestBody();
    server.reset(); // connections are refused

    pc::OfferingSave saver(&client, &journal);
    QSignalSpy failed(&saver, &pc::OfferingSave::failed);
    QSignalSpy saved(&saver, &pc::OfferingSave::saved);
    saver.start(edit);
    QVERIFY(failed.wait(5000));
    const pc::ApiError error = failed.first().first().value<pc::ApiError>();
    QCOMPARE(error.kind, Kind::Network);
    checkMessage(error, {QStringLiteral("refused")});
    QVERIFY(!saver.isBusy());
    QVERIFY(journal.readAll().isEmpty()); // the check reached nobody: nothing was written
    QCOMPARE(edit.requestBody(), body);

    // The server is back (same port, same data): the same edit saves.
    server = startServer(60, port);
    saver.start(edit);
    QVERIFY(saved.wait(5000));
    QCOMPARE(server->offering(id).value(QStringLiteral("source")).toString(), QStringLiteral("offline"));
    const auto entries = journal.readAll();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().ok);
}

void TestResilience::saveThroughEachFault_data()
{
    addSaveFaultRows();
}

void TestResilience::saveThroughEachFault()
{
    QFETCH(Fault, fault);
    QFETCH(int, retries);
    QFETCH(QString, first);
    QFETCH(int, kind);
    QFETCH(QStringList, words);
    QFETCH(bool, applied);
    QFETCH(QStringList, journal);
    QFETCH(bool, newToken);

    auto server = startServer();
    pc::ConnectionSettings settings = fastSettings(*server);
    settings.transferTimeoutMs = fault.kind == Fault::Kind::HugePage ? 10000 : 400;
    settings.maxRateLimitWaitS = 1; // a 429 is waited out once; a storm ends the save
    settings.maxRetries = retries;
    pc::ApiClient client(settings);
    QTemporaryDir dir;
    pc::ActionJournal journalFile(dir.filePath(QStringLiteral("journal.jsonl")));
    const qint64 id = ownOfferingIds(*server).at(3);
    pc::OfferingEdit edit(server->offering(id), QStringLiteral("wdc"));
    edit.setValue(QStringLiteral("card_description"), QStringLiteral("Resilient ✓"));
    edit.setValue(QStringLiteral("source"), QStringLiteral("console"));
    const QJsonObject body = edit.requestBody();

    struct Outcome
    {
        QString signal;
        QJsonObject record;
        pc::ApiError error;
    };
    auto save = [&]() {
        pc::OfferingSave saver(&client, &journalFile);
        Outcome outcome;
        connect(&saver, &pc::OfferingSave::saved, this, [&outcome](const QJsonObject &record) {
            outcome = {QStringLiteral("saved"), record, {}};
        });
        connect(&saver, &pc::OfferingSave::conflict, this, [&outcome](const QJsonObject &record) {
            outcome = {QStringLiteral("conflict"), record, {}};
        });
        connect(&saver, &pc::OfferingSave::failed, this, [&outcome](const pc::ApiError &error) {
            outcome = {QStringLiteral("failed"), {}, error};
        });
        saver.start(edit);
        if (!waitUntil([&outcome] { return !outcome.signal.isEmpty(); }, 15000))
            outcome.signal = QStringLiteral("no outcome");
        return outcome;
    };
    auto journalLines = [&journalFile] {
        QStringList lines;
        for (const pc::JournalEntry &entry : journalFile.readAll())
            lines.append(QStringLiteral("%1 %2")
                             .arg(entry.ok ? QStringLiteral("ok") : QStringLiteral("failed"))
                             .arg(entry.httpStatus));
        return lines;
    };

    server->addFault(fault);
    const Outcome outcome = save();
    QCOMPARE(outcome.signal, first);
    QCOMPARE(edit.requestBody(), body); // the edit is intact, whatever happened
    QCOMPARE(journalLines(), journal);  // exactly what happened
    const QJsonObject now = server->offering(id);
    QCOMPARE(now.value(QStringLiteral("card_description")).toString() == QStringLiteral("Resilient ✓"),
             applied);
    if (first == QLatin1String("failed")) {
        QCOMPARE(pc::ApiError::kindName(outcome.error.kind), pc::ApiError::kindName(Kind(kind)));
        checkMessage(outcome.error, words);
        // The journal keeps the failure's message, never the token.
        const auto entries = journalFile.readAll();
        if (!entries.isEmpty()) {
            QCOMPARE(entries.last().message, outcome.error.message);
            QCOMPARE(entries.last().after.value(QStringLiteral("card_description")).toString(),
                     QStringLiteral("Resilient ✓"));
        }

        // The fault ends; saving again finishes the job.
        server->clearFaults();
        if (newToken) {
            server->setToken(QString::fromLatin1(kNewToken));
            client.setToken(kNewToken);
        }
        const Outcome second = save();
        if (applied) {
            // The first attempt landed: the check sees a newer version (ours),
            // and nothing is sent over it blind.
            QCOMPARE(second.signal, QStringLiteral("conflict"));
            QCOMPARE(second.record.value(QStringLiteral("card_description")).toString(),
                     QStringLiteral("Resilient ✓"));
            QCOMPARE(journalLines(), journal);
        } else {
            QCOMPARE(second.signal, QStringLiteral("saved"));
            QCOMPARE(journalLines(), journal + QStringList{QStringLiteral("ok 200")});
        }
    }
    const QJsonObject saved = server->offering(id);
    QCOMPARE(saved.value(QStringLiteral("card_description")).toString(), QStringLiteral("Resilient ✓"));
    QCOMPARE(saved.value(QStringLiteral("source")).toString(), QStringLiteral("console"));
    QFile file(journalFile.filePath());
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(kToken) && !bytes.contains(kNewToken));
    }
}

void TestResilience::bulkActionReportIsExact()
{
    auto server = startServer();
    pc::ApiClient client(fastSettings(*server));
    QTemporaryDir dir;
    pc::ActionJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    const QString comment = QStringLiteral("Invoice overdue");

    // Fourteen instances not suspended, and one already suspended with the comment.
    QList<pc::AppInstance> targets;
    for (qint64 id : server->instanceIds()) {
        const QJsonObject record = server->instance(id);
        if (!record.value(QStringLiteral("suspended")).toBool() && targets.size() < 14)
            targets.append(pc::decodeInstance(record));
    }
    QCOMPARE(targets.size(), 14);
    const qint64 skippedId = server->instanceIds().last();
    QVERIFY(server->updateInstance(
        skippedId, {{QStringLiteral("suspended"), true}, {QStringLiteral("suspension_comment"), comment}}));
    targets.append(pc::decodeInstance(server->instance(skippedId)));

    // A fault on some rows (on every attempt at them, unless said).
    using O = pc::InstanceBatch::Outcome;
    const QList<RowFault> faults = bulkRowFaults();
    for (int i = 0; i < faults.size(); ++i) {
        Fault fault = faults.at(i).fault;
        fault.method = "PATCH";
        fault.pathPattern = QStringLiteral("^/v1/app_instances/%1$").arg(targets.at(i).id);
        server->addFault(fault);
    }

    pc::InstanceBatch batch(&client, pc::InstanceBatch::Action::Suspend, targets, comment, &journal);
    QSignalSpy updated(&batch, &pc::InstanceBatch::recordUpdated);
    QSignalSpy finished(&batch, &pc::InstanceBatch::finished);
    batch.start();
    QVERIFY(finished.wait(20000));

    // The report: per row, what happened to it, and the summary counts them.
    const int failedCount = 9;
    const int doneCount = 14 - failedCount;
    QCOMPARE(batch.summary(),
             QStringLiteral("%1 suspended, %2 failed, 1 skipped").arg(doneCount).arg(failedCount));
    QCOMPARE(updated.size(), doneCount); // only rows whose record came back readable
    for (int i = 0; i < targets.size(); ++i) {
        const pc::InstanceBatch::Item &item = batch.items().at(i);
        const bool suspendedNow =
            server->instance(targets.at(i).id).value(QStringLiteral("suspended")).toBool();
        if (i == targets.size() - 1) {
            QCOMPARE(item.outcome, O::Skipped);
            continue;
        }
        if (i < faults.size()) {
            QCOMPARE(item.outcome, faults.at(i).outcome);
            QCOMPARE(suspendedNow, faults.at(i).applied);
            QVERIFY2(item.message.contains(faults.at(i).words), qPrintable(item.message));
            QVERIFY(!item.message.contains(QString::fromLatin1(kToken)));
        } else {
            QCOMPARE(item.outcome, O::Done);
            QVERIFY(suspendedNow);
        }
    }
    // The journal: one line per row sent (not the skipped one), in order, as it ended.
    auto entries = journal.readAll();
    QCOMPARE(entries.size(), 14);
    for (int i = 0; i < 14; ++i) {
        QCOMPARE(entries.at(i).recordId, targets.at(i).id);
        QCOMPARE(entries.at(i).action, QStringLiteral("suspend"));
        const bool done = batch.items().at(i).outcome == O::Done;
        QCOMPARE(entries.at(i).ok, done);
        QCOMPARE(entries.at(i).httpStatus, i < faults.size() ? faults.at(i).httpStatus : 200);
        QCOMPARE(entries.at(i).after.value(QStringLiteral("suspended")).toBool(), true);
        QCOMPARE(entries.at(i).before.value(QStringLiteral("suspended")).toBool(), false);
    }

    // The faults end: Retry failed sends exactly the failed rows once more.
    server->clearFaults();
    server->clearRequests();
    batch.retryFailed();
    QVERIFY(finished.wait(20000));
    QCOMPARE(batch.summary(), QStringLiteral("14 suspended, 1 skipped"));
    int patches = 0;
    for (const auto &request : server->requests())
        patches += request.method == "PATCH";
    QCOMPARE(patches, failedCount);
    for (const pc::AppInstance &target : std::as_const(targets))
        QVERIFY(server->instance(target.id).value(QStringLiteral("suspended")).toBool());
    entries = journal.readAll();
    QCOMPARE(entries.size(), 14 + failedCount);
    for (int i = 14; i < entries.size(); ++i)
        QVERIFY(entries.at(i).ok);
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kToken));
}

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"