#include "app/models/celltext.h"
#include "app/models/instancesmodel.h"
#include "app/models/recordfilterproxy.h"
#include "tests/support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <algorithm>
#include <numeric>

using namespace testsupport;

// The quick filter, the state chips and local sorting over loaded rows.
class TestRecordFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quickFilterIsCaseInsensitiveOnEveryColumn();
    void quickFilterSearchesWholeComments();
    void quickFilterOnlySearchesGivenColumns();
    void stateChips();
    void localSortAndBack();
    void sortKeysOrderRowsAsLessThanDoes();
    void newPagesAreFilteredToo();
    void aFilterDoesNotLoadPagesByItself();

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<pc::InstancesModel> m_model;
    std::unique_ptr<pc::RecordFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRecordFilterProxy::init()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    sandbox::SandboxOptions options;
    options.instanceCount = 400;
    options.burstLimit = false;
    m_server = startSandbox(options);
    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));
    m_model = std::make_unique<pc::InstancesModel>(m_client.get());
    m_proxy = std::make_unique<pc::RecordFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->atEnd() && !m_model->isLoading(), 20000);
    QCOMPARE(m_model->rowCount(), 400);
}

void TestRecordFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_client.reset();
    m_server.reset();
}

void TestRecordFilterProxy::quickFilterIsCaseInsensitiveOnEveryColumn()
{
    // A customer account name taken from the data, typed in another case.
    const QString name = m_model->instance(5).customerAccount.name;
    const QString typed = name.left(6).toUpper();
    m_proxy->setQuickFilter(typed);
    QVERIFY(m_proxy->rowCount() > 0);
    QVERIFY(m_proxy->rowCount() < m_model->rowCount());
    int expected = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const pc::AppInstance &instance = m_model->instance(row);
        for (const QString &text : {QString::number(instance.id), instance.customerAccount.displayText(),
                                    instance.appOffering.displayText(), instance.suspensionComment,
                                    pc::displayTimestamp(instance.updatedAt), pc::displayTimestamp(instance.createdAt)}) {
            if (text.contains(typed, Qt::CaseInsensitive)) {
                ++expected;
                break;
            }
        }
    }
    QCOMPARE(m_proxy->rowCount(), expected);
    m_proxy->setQuickFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 400);
}

void TestRecordFilterProxy::quickFilterSearchesWholeComments()
{
    // A word from the end of a long suspension comment (the cell shows only its start).
    QString comment;
    for (int row = 0; row < m_model->rowCount() && comment.isEmpty(); ++row) {
        if (m_model->instance(row).suspensionComment.size() > 250)
            comment = m_model->instance(row).suspensionComment;
    }
    if (comment.isEmpty())
        QSKIP("the seeded data has no long comment in the first 400 instances");
    const QString tail = comment.right(20).trimmed();
    m_proxy->setQuickFilter(tail);
    QVERIFY(m_proxy->rowCount() >= 1);
}

void TestRecordFilterProxy::quickFilterOnlySearchesGivenColumns()
{
    const pc::AppInstance &instance = m_model->instance(3);
    m_proxy->setSearchColumns({pc::InstancesModel::Id});
    m_proxy->setQuickFilter(instance.customerAccount.name);
    QCOMPARE(m_proxy->rowCount(), 0); // the account column is hidden: not searched
    m_proxy->setSearchColumns({pc::InstancesModel::Id, pc::InstancesModel::CustomerAccount});
    QVERIFY(m_proxy->rowCount() >= 1);
}

void TestRecordFilterProxy::stateChips()
{
    int suspended = 0;
    int suspendedAndEnabled = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        suspended += m_model->instance(row).suspended;
        suspendedAndEnabled += m_model->instance(row).suspended && m_model->instance(row).enabledByCustomer;
    }
    QVERIFY(suspended > 0);
    m_proxy->setStateFilter(pc::InstancesModel::Suspended, true);
    QCOMPARE(m_proxy->rowCount(), suspended);
    QVERIFY(m_proxy->hasLocalFilter());
    m_proxy->setStateFilter(pc::InstancesModel::EnabledByCustomer, true);
    QCOMPARE(m_proxy->rowCount(), suspendedAndEnabled);
    m_proxy->setStateFilter(pc::InstancesModel::Suspended, false);
    QCOMPARE(m_proxy->stateFilter(pc::InstancesModel::Suspended), std::optional<bool>(false));
    m_proxy->clearStateFilters();
    QCOMPARE(m_proxy->rowCount(), 400);
    QVERIFY(!m_proxy->hasLocalFilter());
}

void TestRecordFilterProxy::localSortAndBack()
{
    m_proxy->sortLocally(pc::InstancesModel::CustomerAccount, Qt::AscendingOrder);
    QVERIFY(m_proxy->isSortedLocally());
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QString previous = m_proxy->index(row - 1, pc::InstancesModel::CustomerAccount).data(pc::PagedTableModel::SortRole).toString();
        const QString current = m_proxy->index(row, pc::InstancesModel::CustomerAccount).data(pc::PagedTableModel::SortRole).toString();
        QVERIFY2(QString::localeAwareCompare(previous.toLower(), current.toLower()) <= 0, qPrintable(previous + QLatin1String(" > ") + current));
    }
    m_proxy->sortLocally(-1, Qt::AscendingOrder);
    QVERIFY(!m_proxy->isSortedLocally());
    for (int row = 0; row < 50; ++row) // the server's order again
        QCOMPARE(m_proxy->index(row, 0).data(pc::PagedTableModel::RecordIdRole).toLongLong(), m_model->instance(row).id);
}

// A whole sort compares the model's per-row keys; the order must be the one
// the model's lessThan() gives, ties (many: booleans, states, shared
// accounts) kept in the server's order, in both directions.
void TestRecordFilterProxy::sortKeysOrderRowsAsLessThanDoes()
{
    const int rows = m_model->rowCount();
    for (int column = 0; column < pc::InstancesModel::ColumnCount; ++column) {
        const QList<quint64> keys = m_model->sortKeys(column);
        QCOMPARE(keys.isEmpty(), column == pc::InstancesModel::SuspensionComment); // by the collator
        if (keys.isEmpty())
            continue;
        QCOMPARE(keys.size(), rows);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<int> expected(rows);
            std::iota(expected.begin(), expected.end(), 0);
            std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
                return order == Qt::AscendingOrder ? *m_model->lessThan(column, a, b)
                                                   : *m_model->lessThan(column, b, a);
            });
            // From the server's order: a sort keeps ties in the order it finds them.
            m_proxy->sortLocally(-1, Qt::AscendingOrder);
            m_proxy->sortLocally(column, order);
            QList<int> sorted;
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                sorted.append(m_proxy->mapToSource(m_proxy->index(row, column)).row());
            QVERIFY2(sorted == expected,
                     qPrintable(QStringLiteral("column %1, order %2").arg(column).arg(order)));
        }
    }
    // A row changed after the sort still finds its place (row by row, the
    // keys being gone).
    m_proxy->sortLocally(pc::InstancesModel::Id, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data(pc::PagedTableModel::RecordIdRole).toLongLong(),
             m_model->instance(m_model->rowCount() - 1).id);
}

void TestRecordFilterProxy::newPagesAreFilteredToo()
{
    m_proxy->setStateFilter(pc::InstancesModel::Suspended, true);
    const int before = m_proxy->rowCount();
    m_model->reload();
    QCOMPARE(m_proxy->rowCount(), 0);
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->atEnd() && !m_model->isLoading(), 20000);
    QCOMPARE(m_proxy->rowCount(), before);
}

void TestRecordFilterProxy::aFilterDoesNotLoadPagesByItself()
{
    // Its own pair: the fixture's model tester fetches more by itself.
    pc::InstancesModel model(m_client.get());
    pc::RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.reload();
    QTRY_COMPARE(model.rowCount(), 100);
    QVERIFY(proxy.canFetchMore({}));
    proxy.setQuickFilter(QStringLiteral("matches nothing at all"));
    QVERIFY(!proxy.canFetchMore({})); // the view would otherwise walk every page
    proxy.setQuickFilter(QString());
    proxy.setStateFilter(pc::InstancesModel::Suspended, true);
    QVERIFY(!proxy.canFetchMore({}));
    proxy.clearStateFilters();
    QVERIFY(proxy.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestRecordFilterProxy)
#include "tst_recordfilterproxy.moc"
