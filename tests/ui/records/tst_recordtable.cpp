#include "ui/records/recordtable.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QHeaderView>
#include <QPaintEvent>
#include <QRegion>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTest>

// Named, not anonymous: the test class below holds these as members, which GCC
// refuses (-Wsubobject-linkage) once a unity build includes this file.
namespace recordtable_test {

// Rows "row N" in three columns, appended, inserted and removed on demand.
class GrowingModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        return QStringLiteral("%1 · column %2").arg(m_rows.at(index.row())).arg(index.column());
    }

    void insert(int at, int count)
    {
        beginInsertRows({}, at, at + count - 1);
        for (int i = 0; i < count; ++i)
            m_rows.insert(at + i, QStringLiteral("row %1").arg(m_next++));
        endInsertRows();
    }
    void append(int count) { insert(int(m_rows.size()), count); }
    void remove(int at, int count)
    {
        beginRemoveRows({}, at, at + count - 1);
        m_rows.remove(at, count);
        endRemoveRows();
    }
    QString rowText(int row) const { return m_rows.at(row); }

private:
    QStringList m_rows;
    int m_next = 0;
};

// Records the region of every paint event of a widget.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    QList<QRegion> regions;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            regions.append(static_cast<QPaintEvent *>(event)->region());
        return false;
    }
};

} // namespace recordtable_test

using namespace recordtable_test;

class TestRecordTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsAppendedOutOfSightRepaintNothing();
    void rowsAppendedIntoSightArePainted();
    void otherChangesRepaintAsUsual_data();
    void otherChangesRepaintAsUsual();
    void throughAFilterProxy();

private:
    // Waits until the delayed layout has run and every update it asked for
    // has been painted, then paints a marker: the next paint's region is the
    // marker alone exactly when no other update was pending.
    bool onlyTheMarkerIsRepainted();
    bool layoutDone(int previousMaximum);
    // Until what an earlier change asked for has been painted.
    bool settled();

    GrowingModel *m_model = nullptr;
    pc::RecordTable *m_table = nullptr;
    PaintRecorder *m_paints = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestRecordTable::init()
{
    m_model = new GrowingModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_table = new pc::RecordTable;
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(20);
    m_table->resize(500, 300);
    m_table->setModel(m_model);
    m_model->append(100); // far more than the 300 px show
    m_table->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_table));
    m_paints = new PaintRecorder(m_table->viewport());
    QTRY_VERIFY(m_table->verticalScrollBar()->maximum() > 0);
}

void TestRecordTable::cleanup()
{
    delete m_table;
    delete m_tester;
    delete m_model;
    m_table = nullptr;
    m_tester = nullptr;
    m_model = nullptr;
}

bool TestRecordTable::layoutDone(int previousMaximum)
{
    // The scroll bar grows once the delayed layout has run.
    return QTest::qWaitFor([&] { return m_table->verticalScrollBar()->maximum() > previousMaximum; }, 5000);
}

bool TestRecordTable::onlyTheMarkerIsRepainted()
{
    m_paints->regions.clear();
    const QRect marker(3, 3, 7, 5);
    m_table->viewport()->update(marker);
    if (!QTest::qWaitFor([&] { return !m_paints->regions.isEmpty(); }, 5000))
        return false;
    const QRegion painted = m_paints->regions.first();
    if (painted != QRegion(marker)) {
        qDebug() << "painted" << painted.boundingRect() << "instead of the marker" << marker;
        return false;
    }
    return true;
}

bool TestRecordTable::settled()
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (onlyTheMarkerIsRepainted())
            return true;
    }
    return false;
}

void TestRecordTable::rowsAppendedOutOfSightRepaintNothing()
{
    // Wait for any paint left from showing the window.
    QVERIFY(settled());
    const int lightBefore = m_table->lightLayoutCount();
    for (int page = 0; page < 5; ++page) {
        const int maximum = m_table->verticalScrollBar()->maximum();
        m_model->append(100);
        QVERIFY(layoutDone(maximum));
        QVERIFY(onlyTheMarkerIsRepainted());
    }
    QVERIFY(m_table->lightLayoutCount() > lightBefore);
    // The scroll bar reaches the last row, which is there when scrolled to.
    m_table->scrollToBottom();
    QTRY_COMPARE(m_table->rowAt(m_table->viewport()->height() - 1), m_model->rowCount() - 1);
    QCOMPARE(m_model->index(m_model->rowCount() - 1, 0).data().toString(),
             m_model->rowText(m_model->rowCount() - 1) + QStringLiteral(" · column 0"));
}

void TestRecordTable::rowsAppendedIntoSightArePainted()
{
    // Fewer rows than the viewport shows: the new ones are in sight.
    m_model->remove(0, m_model->rowCount() - 3);
    QVERIFY(settled());
    m_paints->regions.clear();
    m_model->append(2);
    QTRY_VERIFY(!m_paints->regions.isEmpty());
    const QRect fourthRow = m_table->visualRect(m_model->index(3, 0));
    QVERIFY(fourthRow.isValid());
    QRegion painted;
    for (const QRegion &region : std::as_const(m_paints->regions))
        painted += region;
    QVERIFY(painted.contains(fourthRow));

    // Scrolled to the end with the last rows in sight, rows appended right
    // below the bottom edge are out of sight again (the user scrolls to them).
    m_model->append(100);
    m_table->scrollToBottom();
    QVERIFY(settled());
    const int maximum = m_table->verticalScrollBar()->maximum();
    m_model->append(100);
    QVERIFY(layoutDone(maximum));
    QVERIFY(onlyTheMarkerIsRepainted());
}

void TestRecordTable::otherChangesRepaintAsUsual_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("rows inserted in sight") << QStringLiteral("insertTop");
    QTest::newRow("rows removed") << QStringLiteral("remove");
    QTest::newRow("reset") << QStringLiteral("reset");
    QTest::newRow("appended together with an insert in sight") << QStringLiteral("appendAndInsert");
}

void TestRecordTable::otherChangesRepaintAsUsual()
{
    QFETCH(QString, change);
    QVERIFY(settled());
    const int lightBefore = m_table->lightLayoutCount();
    const QString firstRowBefore = m_model->rowText(0);
    if (change == QLatin1String("insertTop")) {
        m_model->insert(0, 1);
    } else if (change == QLatin1String("remove")) {
        m_model->remove(0, 1);
    } else if (change == QLatin1String("reset")) {
        m_table->setModel(nullptr);
        m_table->setModel(m_model);
    } else {
        m_model->append(100);
        m_model->insert(0, 1);
    }
    if (change != QLatin1String("reset"))
        QVERIFY(m_model->rowText(0) != firstRowBefore);
    // The whole viewport is repainted, showing the new first row.
    const QRect viewportRect = m_table->viewport()->rect();
    QTRY_VERIFY(std::any_of(m_paints->regions.cbegin(), m_paints->regions.cend(),
                            [&](const QRegion &region) { return region.contains(viewportRect); }));
    QCOMPARE(m_table->lightLayoutCount(), lightBefore);
    QCOMPARE(m_table->rowAt(1), 0);
}

void TestRecordTable::throughAFilterProxy()
{
    // The record areas show their model through a filter proxy: its appends
    // take the light path too, and a filter change repaints.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    m_table->setModel(&proxy);
    // The first layout of a new model is a full one, whatever its cause.
    int maximum = m_table->verticalScrollBar()->maximum();
    m_model->append(100);
    QVERIFY(layoutDone(maximum));
    const int lightBefore = m_table->lightLayoutCount();
    maximum = m_table->verticalScrollBar()->maximum();
    m_model->append(100);
    QVERIFY(layoutDone(maximum));
    QVERIFY(onlyTheMarkerIsRepainted());
    QCOMPARE(m_table->lightLayoutCount(), lightBefore + 1);

    m_paints->regions.clear();
    proxy.setFilterFixedString(QStringLiteral("row 1"));
    const QRect viewportRect = m_table->viewport()->rect();
    QTRY_VERIFY(std::any_of(m_paints->regions.cbegin(), m_paints->regions.cend(),
                            [&](const QRegion &region) { return region.contains(viewportRect); }));
    m_table->setModel(m_model); // before the proxy goes
}

QTEST_MAIN(TestRecordTable)
#include "tst_recordtable.moc"
