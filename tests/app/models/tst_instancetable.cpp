#include "app/models/instancesmodel.h"
#include "app/models/instancetable.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/records/timestamp.h"
#include "tests/support/instancecheck.h"
#include "tests/support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QIdentityProxyModel>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <ctime>

// The compact instance table and the fast paths built on it (the local-time
// text, the quick filter's matcher, the local sort's comparison) must say
// exactly what the plain way says: data() per cell, QDateTime::toLocalTime,
// QSortFilterProxyModel comparing values.
class TestInstanceTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void localMinuteMatchesQt_data();
    void localMinuteMatchesQt();
    void rowsGiveBackEveryField();
    void replaceKeepsTheOtherRows();
    void repeatedValuesAreKeptOnce();
    void matcherAgreesWithTheCellTexts();
    void filterAndSortAgreeWithThePlainProxy();
    void lessThanAgreesWithTheSortValues();
    void filterStaysRightAfterAReload();

private:
    void loadAll(pc::InstancesModel &model);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    QByteArray m_savedTz;
};

namespace {

pc::AppInstance sampleInstance(qint64 id)
{
    pc::AppInstance instance;
    instance.id = id;
    instance.nodeId = QStringLiteral("NG1lLmNvbS9BcHBJbnN0YW5jZS8x-%1").arg(id);
    instance.appOffering = {83, QStringLiteral("Slack Notifier"), QStringLiteral("slack-notifier")};
    instance.customerAccount = {QStringLiteral("wayne"), QStringLiteral("Wayne Enterprises")};
    instance.customerRepresentative = {7, QStringLiteral("Howard Tanner"), {}};
    instance.webhook = {100000 + id, QStringLiteral("Webhook"), {}};
    instance.webhookPolicy = {200000 + id, {}, {}};
    instance.disabled = id % 2 == 0;
    instance.enabledByCustomer = id % 3 == 0;
    instance.suspended = id % 5 == 0;
    instance.suspensionComment = QStringLiteral("Überprüfung läuft 🔍 %1").arg(id % 2);
    instance.customFields = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("region")}}};
    instance.createdAt = pc::parseApiTimestamp(u"2021-04-13T04:19:49-05:00");
    instance.updatedAt = pc::parseApiTimestamp(u"2024-10-27T01:30:00Z");
    instance.extra.insert(QStringLiteral("future_field"), 42);
    return instance;
}

QString qtLocalMinute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Source rows a proxy shows, in its order.
QList<int> shownRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QModelIndex index = proxy.mapToSource(proxy.index(row, 0));
        // Through the identity proxy too, down to the instances model.
        while (const auto *inner = qobject_cast<const QAbstractProxyModel *>(index.model()))
            index = inner->mapToSource(index);
        rows.append(index.row());
    }
    return rows;
}

// The same model twice: straight (the fast paths) and behind an identity
// proxy, which hides them (data() per cell, as for any other model).
struct TwoProxies
{
    explicit TwoProxies(pc::InstancesModel *model)
    {
        fast.setSourceModel(model);
        identity.setSourceModel(model);
        plain.setSourceModel(&identity);
    }
    pc::RecordFilterProxy fast;
    QIdentityProxyModel identity;
    pc::RecordFilterProxy plain;
};

} // namespace

void TestInstanceTable::initTestCase()
{
    // A zone with summer time, written as a POSIX rule so that no zone files
    // are needed. Qt and the table both follow TZ through the C library.
    m_savedTz = qgetenv("TZ");
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
    pc::forgetLocalOffsets();
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    options.instanceCount = 3000;
    m_server = testsupport::startSandbox(options);
    pc::ConnectionSettings settings = testsupport::settingsFor(*m_server);
    settings.paceBurst = false;
    m_client = std::make_unique<pc::ApiClient>(settings);
}

void TestInstanceTable::cleanupTestCase()
{
    if (m_savedTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", m_savedTz);
    tzset();
    pc::forgetLocalOffsets();
}

void TestInstanceTable::loadAll(pc::InstancesModel &model)
{
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(model.rowCount(), 3000);
}

void TestInstanceTable::localMinuteMatchesQt_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addRow("central Europe") << QStringLiteral("CET-1CEST,M3.5.0,M10.5.0/3");
    // Half-hour summer time (Lord Howe Island): a change that is not on the hour.
    QTest::addRow("half-hour change") << QStringLiteral("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0");
    QTest::addRow("west of UTC") << QStringLiteral("EST5EDT,M3.2.0,M11.1.0");
}

void TestInstanceTable::localMinuteMatchesQt()
{
    QFETCH(QString, zone);
    qputenv("TZ", zone.toLatin1());
    tzset();
    pc::forgetLocalOffsets(); // the zone changed under the cache
    QList<qint64> instants;
    // Every 15 minutes around this zone's changes of 2024, and far values.
    const qint64 start = QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (qint64 ms = start; ms < start + 366LL * 86'400'000; ms += 15 * 60'000) {
        const qint64 day = ms / 86'400'000;
        // Only days whose offset changes somewhere in the year, plus a sample.
        if (day % 7 == 0 ||
            QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().offsetFromUtc() !=
                QDateTime::fromMSecsSinceEpoch(ms + 86'400'000, Qt::UTC).toLocalTime().offsetFromUtc())
            instants.append(ms);
    }
    instants << 0 << -1 << -86'400'001
             << QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
             << QDateTime(QDate(2099, 12, 31), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(instants.size() > 1000);
    for (qint64 ms : std::as_const(instants))
        QCOMPARE(pc::localMinuteText(ms), qtLocalMinute(ms));
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
    pc::forgetLocalOffsets();
}

void TestInstanceTable::rowsGiveBackEveryField()
{
    pc::InstanceTable table;
    pc::AppInstance blank;
    blank.id = 3;
    table.append(sampleInstance(1));
    table.append(sampleInstance(2));
    table.append(blank);
    QCOMPARE(table.size(), 3);
    pc::test::compareInstances(table.instance(0), sampleInstance(1));
    pc::test::compareInstances(table.instance(1), sampleInstance(2));
    pc::test::compareInstances(table.instance(2), blank);
    QVERIFY(!table.createdAt(2).isValid());
    QCOMPARE(table.createdAtMs(2), pc::InstanceTable::NoTime);
    QCOMPARE(table.suspensionComment(2), QString());
    QVERIFY(table.customerAccount(2).isNull());
    // A "Z" time stays UTC; an offset stays that offset.
    QCOMPARE(table.updatedAt(0).timeSpec(), Qt::UTC);
    QCOMPARE(table.createdAt(0).offsetFromUtc(), -5 * 3600);
    // Packed rows wait outside the table until appended (Load all's held pages).
    const pc::InstanceTable::PackedRow packed = table.pack(sampleInstance(4));
    QCOMPARE(table.size(), 3);
    table.appendPacked({packed});
    pc::test::compareInstances(table.instance(3), sampleInstance(4));
    QCOMPARE(sizeof(pc::InstanceTable::Row), std::size_t(48)); // what the memory figure counts on
}

void TestInstanceTable::replaceKeepsTheOtherRows()
{
    pc::InstanceTable table;
    for (qint64 id = 1; id <= 4; ++id)
        table.append(sampleInstance(id));
    pc::AppInstance changed = sampleInstance(2);
    changed.suspended = true;
    changed.suspensionComment = QStringLiteral("Paused by the provider");
    changed.customerAccount = {QStringLiteral("acme"), QStringLiteral("Acme")};
    changed.extra = {};
    changed.nodeId.clear();
    changed.customerRepresentative = {};
    changed.webhook = {};
    changed.webhookPolicy = {};
    changed.customFields = QJsonValue();
    table.replace(1, changed);
    pc::test::compareInstances(table.instance(1), changed);
    pc::test::compareInstances(table.instance(0), sampleInstance(1));
    pc::test::compareInstances(table.instance(2), sampleInstance(3));
    pc::test::compareInstances(table.instance(3), sampleInstance(4));
    table.replace(1, sampleInstance(2)); // and back, rare fields again
    pc::test::compareInstances(table.instance(1), sampleInstance(2));
    table.clear();
    QCOMPARE(table.size(), 0);
    QCOMPARE(table.distinctAccounts().size(), 1); // the blank one
}

void TestInstanceTable::repeatedValuesAreKeptOnce()
{
    pc::InstanceTable table;
    for (qint64 id = 1; id <= 1000; ++id)
        table.append(sampleInstance(id));
    QCOMPARE(table.distinctAccounts().size(), 2);  // blank + Wayne
    QCOMPARE(table.distinctOfferings().size(), 2); // blank + Slack Notifier
    QCOMPARE(table.distinctComments().size(), 3);  // blank + two texts
    QCOMPARE(table.customerAccountIndex(0), table.customerAccountIndex(999));
    // Same id, another name: another value (the name is what rows show).
    pc::AppInstance renamed = sampleInstance(1001);
    renamed.customerAccount.name = QStringLiteral("Wayne Enterprises Inc.");
    table.append(renamed);
    QCOMPARE(table.distinctAccounts().size(), 3);
    QCOMPARE(table.customerAccount(1000).name, QStringLiteral("Wayne Enterprises Inc."));
    QCOMPARE(table.customerAccount(0).name, QStringLiteral("Wayne Enterprises"));
}

// Every needle: the rows the instance model's matcher accepts are exactly
// those whose SearchTextRole text contains it (the base class's matcher).
void TestInstanceTable::matcherAgreesWithTheCellTexts()
{
    pc::InstancesModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadAll(model);
    const QStringList needles = {
        QStringLiteral("e"),
        QStringLiteral("enterp"),
        QStringLiteral("WAYNE"),
        QStringLiteral("1"),
        QStringLiteral("12"),
        QStringLiteral("2023-0"),
        QStringLiteral("2024-01-1"),
        QStringLiteral(":3"),
        QStringLiteral(" 0"),
        QStringLiteral("-"),
        QStringLiteral("(#"),
        QStringLiteral("acct-1"),
        QStringLiteral("überprüfung"),
        QStringLiteral("支払"),
        QStringLiteral("🔍"),
        QStringLiteral("pause"),
        QStringLiteral("slack notifier 3"),
        QStringLiteral("zzz-nothing"),
        QStringLiteral("Yes"),
    };
    const QList<QList<int>> columnSets = {
        {},
        {pc::InstancesModel::Id, pc::InstancesModel::UpdatedAt},
        {pc::InstancesModel::CustomerAccount, pc::InstancesModel::SuspensionComment},
        {pc::InstancesModel::AppOfferingColumn, pc::InstancesModel::CreatedAt},
    };
    int everMatched = 0;
    for (const QList<int> &columns : columnSets) {
        for (const QString &needle : needles) {
            const auto fast = model.matcher(needle, columns);
            const auto plain = model.pc::PagedTableModel::matcher(needle, columns);
            int matches = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                const bool expected = plain->matches(row);
                if (fast->matches(row) != expected)
                    QFAIL(qPrintable(QStringLiteral("needle \"%1\", row %2 (#%3): the fast matcher says %4")
                                         .arg(needle)
                                         .arg(row)
                                         .arg(model.table().id(row))
                                         .arg(expected ? QStringLiteral("no") : QStringLiteral("yes"))));
                matches += expected;
            }
            everMatched += matches > 0 && matches < model.rowCount();
        }
    }
    QVERIFY(everMatched > 20); // the needles do split the rows
}

// The proxy over the instance model (fast paths) and over the same model
// behind an identity proxy (no fast paths: data() per cell) show the same
// rows in the same order, for needles and for a sort by every column.
void TestInstanceTable::filterAndSortAgreeWithThePlainProxy()
{
    pc::InstancesModel model(m_client.get());
    loadAll(model);
    TwoProxies proxies(&model);
    pc::RecordFilterProxy &fast = proxies.fast;
    pc::RecordFilterProxy &plain = proxies.plain;
    QAbstractItemModelTester tester(&fast, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = 0; column < pc::InstancesModel::ColumnCount; ++column) {
        for (const QString &needle : {QString(), QStringLiteral("en"), QStringLiteral("2023")}) {
            fast.setQuickFilter(needle);
            plain.setQuickFilter(needle);
            fast.sortLocally(column, Qt::AscendingOrder);
            plain.sortLocally(column, Qt::AscendingOrder);
            QCOMPARE(fast.rowCount(), plain.rowCount());
            // Text columns: the same values in the same order (rows with equal
            // values may differ in order between two correct sorts only if the
            // sorts were unstable; both are stable, so the rows agree too).
            QList<QString> fastValues;
            QList<QString> plainValues;
            for (int row = 0; row < fast.rowCount(); ++row) {
                fastValues.append(fast.index(row, column).data().toString());
                plainValues.append(plain.index(row, column).data().toString());
            }
            QCOMPARE(fastValues, plainValues);
            if (column != pc::InstancesModel::CustomerAccount &&
                column != pc::InstancesModel::AppOfferingColumn &&
                column != pc::InstancesModel::SuspensionComment)
                QCOMPARE(shownRows(fast), shownRows(plain));
        }
    }
}

// For random pairs: the fast comparison never contradicts the sort values
// (numbers, booleans and times exactly; text by the collator the proxy uses).
void TestInstanceTable::lessThanAgreesWithTheSortValues()
{
    pc::InstancesModel model(m_client.get());
    loadAll(model);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QRandomGenerator random(6);
    for (int column = 0; column < pc::InstancesModel::ColumnCount; ++column) {
        for (int pair = 0; pair < 3000; ++pair) {
            const int left = int(random.bounded(quint32(model.rowCount())));
            const int right = int(random.bounded(quint32(model.rowCount())));
            const QVariant a = model.index(left, column).data(pc::PagedTableModel::SortRole);
            const QVariant b = model.index(right, column).data(pc::PagedTableModel::SortRole);
            int expected = 0;
            if (a.typeId() == QMetaType::QString)
                expected = collator.compare(a.toString(), b.toString());
            else if (a.typeId() == QMetaType::QDateTime)
                expected = a.toDateTime() < b.toDateTime() ? -1 : (b.toDateTime() < a.toDateTime() ? 1 : 0);
            else
                expected = QVariant::compare(a, b) == QPartialOrdering::Less
                               ? -1
                               : (QVariant::compare(a, b) == QPartialOrdering::Greater ? 1 : 0);
            const std::optional<bool> less = model.lessThan(column, left, right);
            const std::optional<bool> greater = model.lessThan(column, right, left);
            QVERIFY(less.has_value() && greater.has_value());
            QCOMPARE(*less, expected < 0);
            QCOMPARE(*greater, expected > 0);
        }
    }
}

// A reload numbers the distinct accounts afresh (here in another order):
// what the quick filter remembered per account must not carry over.
void TestInstanceTable::filterStaysRightAfterAReload()
{
    pc::InstancesModel model(m_client.get());
    loadAll(model);
    TwoProxies proxies(&model);
    pc::RecordFilterProxy &fast = proxies.fast;
    pc::RecordFilterProxy &plain = proxies.plain;
    const QString needle = QStringLiteral("wayne");
    fast.setQuickFilter(needle);
    plain.setQuickFilter(needle);
    QVERIFY(fast.rowCount() > 0);
    QCOMPARE(shownRows(fast), shownRows(plain));
    QSignalSpy finished(&model, &pc::PagedTableModel::loadAllFinished);
    model.setServerSort(QStringLiteral("created_at"), Qt::DescendingOrder); // reloads, another order
    model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(model.rowCount(), 3000);
    QVERIFY(fast.rowCount() > 0);
    QCOMPARE(shownRows(fast), shownRows(plain));
    for (int row = 0; row < fast.rowCount(); ++row)
        QVERIFY(fast.index(row, pc::InstancesModel::CustomerAccount)
                    .data()
                    .toString()
                    .contains(needle, Qt::CaseInsensitive) ||
                fast.index(row, pc::InstancesModel::AppOfferingColumn)
                    .data()
                    .toString()
                    .contains(needle, Qt::CaseInsensitive) ||
                fast.index(row, pc::InstancesModel::SuspensionComment)
                    .data(pc::PagedTableModel::SearchTextRole)
                    .toString()
                    .contains(needle, Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestInstanceTable)
#include "tst_instancetable.moc"
