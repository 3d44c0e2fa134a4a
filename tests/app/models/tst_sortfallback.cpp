#include "app/models/instancesmodel.h"
#include "app/models/localrecordsource.h"
#include "app/models/offeringsmodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace testsupport;

// The models against servers of both API generations, with no setting: what
// the server sorts by is learned from what it answers (a 400 "Sorting not
// allowed on fields", the legacy instance path), a refused sort ends in the
// server's own order with the rows there, never in an error.
class TestSortFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedSortFallsBackToTheServersOrder();
    void referenceSortsOnTheServerIn2021();
    void theInstanceProbeTellsTheGeneration_data();
    void theInstanceProbeTellsTheGeneration();
    void localCopyFollowsTheServersDefaultOrder();

private:
    static std::unique_ptr<sandbox::SandboxServer> start(sandbox::ApiGeneration generation)
    {
        sandbox::SandboxOptions options;
        options.generation = generation;
        options.burstLimit = false;
        auto server = std::make_unique<sandbox::SandboxServer>(options);
        if (server->listen(QHostAddress::LocalHost, 0) == 0)
            return nullptr;
        // The seed's names and references sort alike; the offering last by
        // reference goes first by name, so the two orders tell apart.
        qint64 last = 0;
        QString lastReference;
        for (qint64 id : ownOfferingIds(*server)) {
            const QString reference = server->offering(id).value(QStringLiteral("reference")).toString();
            if (reference > lastReference) {
                lastReference = reference;
                last = id;
            }
        }
        server->updateOffering(last, {{QStringLiteral("name"), QStringLiteral("0 First by name")}});
        return server;
    }
    static QStringList column(const pc::PagedTableModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, column).data().toString());
        return values;
    }
    // The order the API sorts text in: by code unit.
    static QStringList sorted(QStringList values, Qt::SortOrder order)
    {
        std::sort(values.begin(), values.end());
        if (order == Qt::DescendingOrder)
            std::reverse(values.begin(), values.end());
        return values;
    }
    // What a window does beside the offerings: its instance list finds which
    // instance path the server has. True once the client knows.
    static bool probeInstances(pc::ApiClient &client)
    {
        pc::InstancesModel instances(&client);
        instances.fetchMore({});
        return waitUntil([&client] { return client.instancesApi() != pc::InstancesApi::Unknown; }, 10000);
    }
    static QStringList sortParameters(const sandbox::SandboxServer &server)
    {
        QStringList sorts;
        for (const auto &request : server.requests()) {
            if (request.path == QLatin1String("/v1/app_offerings"))
                sorts.append(request.query.queryItemValue(QStringLiteral("sort")));
        }
        return sorts;
    }
};

// The offerings of a sandbox as a local copy would hand them over: every
// record, in id order, later.
class SandboxCopy : public pc::LocalRecordSource
{
public:
    explicit SandboxCopy(const sandbox::SandboxServer &server)
    {
        for (qint64 id : ownOfferingIds(server))
            m_records.append(server.offering(id));
    }
    void readAll(QObject *context, std::function<void(const QList<QJsonObject> &)> done) override
    {
        QTimer::singleShot(0, context, [records = m_records, done] { done(records); });
    }

private:
    QList<QJsonObject> m_records;
};

void TestSortFallback::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

// A 2021 server met for the first time: sorting by name is tried, refused
// with 400, and the model goes back to the server's own order (by reference)
// with every row, says which sort the view should do locally, and shows no
// error. The refusal is remembered: name is not offered to the server again.
void TestSortFallback::refusedSortFallsBackToTheServersOrder()
{
    auto server = start(sandbox::ApiGeneration::V2021);
    QVERIFY(server);
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(drain(model));
    const int rows = model.rowCount();
    QCOMPARE(rows, ownOfferingCount(*server));
    QVERIFY(model.sortsOnServer(pc::OfferingsModel::Name)); // presumed, as of the current API
    QSignalSpy refused(&model, &pc::PagedTableModel::serverSortRefused);
    QSignalSpy errors(&model, &pc::PagedTableModel::errorOccurred);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);

    model.setServerSort(QStringLiteral("name"), Qt::DescendingOrder);
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).toInt(), int(pc::OfferingsModel::Name));
    QCOMPARE(refused.first().at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
    QVERIFY(drain(model));
    QCOMPARE(errors.size(), 0);
    QVERIFY(!model.lastError().isError());
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.sortField(), QString());
    QCOMPARE(sortParameters(*server), (QStringList{QString(), QStringLiteral("-name"), QString()}));
    const QStringList references = column(model, pc::OfferingsModel::Reference);
    QCOMPARE(references, sorted(references, Qt::AscendingOrder)); // the server's own order
    // What it said is kept for the connection, and the headers say so.
    QVERIFY(headers.size() >= 1);
    QCOMPARE(client.serverSorts().support(QStringLiteral("app_offerings"), QStringLiteral("name")),
             pc::ServerSorts::Support::Refused);
    QVERIFY(!model.sortsOnServer(pc::OfferingsModel::Name));
    QVERIFY(model.sortsOnServer(pc::OfferingsModel::Reference));
    QVERIFY(!model.headerData(pc::OfferingsModel::Name, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("the server sorts by it")));
    // A second model on the same connection knows it without asking.
    pc::OfferingsModel second(&client);
    QVERIFY(!second.sortsOnServer(pc::OfferingsModel::Name));
}

// Where the server sorts by reference (2021), the Reference column sorts on
// the server, both ways.
void TestSortFallback::referenceSortsOnTheServerIn2021()
{
    auto server = start(sandbox::ApiGeneration::V2021);
    QVERIFY(server);
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(drain(model));
    model.setServerSort(QStringLiteral("name"), Qt::AscendingOrder); // refused: now it knows
    QTRY_VERIFY(!model.sortsOnServer(pc::OfferingsModel::Name));
    QVERIFY(drain(model));
    QSignalSpy errors(&model, &pc::PagedTableModel::errorOccurred);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.setServerSort(QStringLiteral("reference"), order);
        QVERIFY(drain(model));
        QCOMPARE(model.sortField(), QStringLiteral("reference"));
        QCOMPARE(model.rowCount(), ownOfferingCount(*server));
        const QStringList references = column(model, pc::OfferingsModel::Reference);
        QCOMPARE(references, sorted(references, order));
    }
    QCOMPARE(errors.size(), 0);
    QCOMPARE(sortParameters(*server).mid(3),
             (QStringList{QStringLiteral("reference"), QStringLiteral("-reference")}));
    QCOMPARE(client.serverSorts().support(QStringLiteral("app_offerings"), QStringLiteral("reference")),
             pc::ServerSorts::Support::Accepted);
}

void TestSortFallback::theInstanceProbeTellsTheGeneration_data()
{
    QTest::addColumn<sandbox::ApiGeneration>("generation");
    QTest::addColumn<pc::InstancesApi>("instancesApi");
    QTest::addColumn<QString>("serverSortField");
    QTest::addColumn<int>("localOnlyColumn");
    QTest::newRow("current") << sandbox::ApiGeneration::Current << pc::InstancesApi::Current
                             << QStringLiteral("name") << int(pc::OfferingsModel::Reference);
    QTest::newRow("2021") << sandbox::ApiGeneration::V2021 << pc::InstancesApi::Legacy
                          << QStringLiteral("reference") << int(pc::OfferingsModel::Name);
}

// The instance path a server has tells its generation before any offering
// sort is tried: a 2021 server (the legacy path) is asked to sort offerings by
// reference and never by name, a current one the other way round.
void TestSortFallback::theInstanceProbeTellsTheGeneration()
{
    QFETCH(sandbox::ApiGeneration, generation);
    QFETCH(pc::InstancesApi, instancesApi);
    QFETCH(QString, serverSortField);
    QFETCH(int, localOnlyColumn);
    auto server = start(generation);
    QVERIFY(server);
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QVERIFY(probeInstances(client));
    QCOMPARE(client.instancesApi(), instancesApi);
    QVERIFY(headers.size() >= 1);
    QVERIFY(model.sortsOnServer(model.columnForField(serverSortField)));
    QVERIFY(!model.sortsOnServer(localOnlyColumn));
    QVERIFY(model.sortsOnServer(pc::OfferingsModel::UpdatedAt));
    QVERIFY(!model.sortsOnServer(pc::OfferingsModel::Disabled));
    QSignalSpy refused(&model, &pc::PagedTableModel::serverSortRefused);
    model.setServerSort(serverSortField, Qt::DescendingOrder);
    QVERIFY(drain(model));
    QCOMPARE(model.rowCount(), ownOfferingCount(*server));
    QCOMPARE(model.sortField(), serverSortField);
    QCOMPARE(refused.size(), 0);
    QCOMPARE(client.serverSorts().support(QStringLiteral("app_offerings"), serverSortField),
             pc::ServerSorts::Support::Accepted);
}

// A table read from the local copy in the API's default order orders its
// rows as the server it belongs to does: by name until the server turns out
// to be a 2021 one, by reference from then on: the rows move, none goes,
// and a view's current row stays on its record.
void TestSortFallback::localCopyFollowsTheServersDefaultOrder()
{
    auto server = start(sandbox::ApiGeneration::V2021);
    QVERIFY(server);
    pc::ApiClient client(settingsFor(*server));
    pc::OfferingsModel model(&client);
    model.setAwaitingLocalSource(true); // as a window does: no page while the copy opens
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SandboxCopy copy(*server);
    model.setLocalSource(&copy);
    QTRY_COMPARE(model.rowCount(), ownOfferingCount(*server));
    QVERIFY(model.isLocal());
    const QStringList names = column(model, pc::OfferingsModel::Name);
    QCOMPARE(names, sorted(names, Qt::AscendingOrder));
    const QStringList referencesByName = column(model, pc::OfferingsModel::Reference);
    QVERIFY(referencesByName != sorted(referencesByName, Qt::AscendingOrder)); // the two orders differ
    // What a view holds on to (its current row) follows its record.
    const QPersistentModelIndex current = model.index(model.rowCount() - 1, pc::OfferingsModel::Reference);
    const QString currentReference = current.data().toString();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    pc::InstancesModel instances(&client); // what a window does beside it
    instances.fetchMore({});
    QTRY_COMPARE(client.instancesApi(), pc::InstancesApi::Legacy);
    QTRY_VERIFY(column(model, pc::OfferingsModel::Reference) ==
                sorted(column(model, pc::OfferingsModel::Reference), Qt::AscendingOrder));
    QCOMPARE(model.rowCount(), ownOfferingCount(*server));
    QCOMPARE(resets.size(), 0); // moved in place: no moment without rows
    QCOMPARE(removals.size(), 0);
    QVERIFY(current.isValid());
    QCOMPARE(current.data().toString(), currentReference);
    for (const auto &request : server->requests())
        QVERIFY2(!request.path.contains(QLatin1String("app_offerings")), qPrintable(request.url.toString()));
}

QTEST_GUILESS_MAIN(TestSortFallback)
#include "tst_sortfallback.moc"
