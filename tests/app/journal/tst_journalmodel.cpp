#include "app/journal/journalmodel.h"
#include "app/models/celltext.h"
#include "app/models/pagedtablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pc::JournalEntry;
using pc::JournalModel;
using pc::PagedTableModel;

// The journal as a table: newest first, one column per aspect of a write,
// failures spelled out, the roles the record tables answer, and a reload
// that picks up what was written since.
class TestJournalModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anEmptyJournalHasColumnsButNoRows();
    void rowsAreTheEntriesNewestFirst();
    void aSuccessfulWriteFillsEveryColumn();
    void aFailedWriteSaysWhy();
    void changeShowsEachValueKind_data();
    void changeShowsEachValueKind();
    void reloadShowsNewEntries();
    void damagedLinesAreCountedNotShown();
    void exportNamesOneKeyPerColumn();

private:
    static JournalEntry entry(qint64 recordId, const QString &action, int minute);
    JournalModel *makeModel();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<pc::ActionJournal> m_journal;
    std::unique_ptr<JournalModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestJournalModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<pc::ActionJournal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
}

JournalEntry TestJournalModel::entry(qint64 recordId, const QString &action, int minute)
{
    JournalEntry e;
    e.time = QDateTime(QDate(2024, 6, 1), QTime(9, minute, 30, 250), Qt::UTC);
    e.host = QStringLiteral("api.example.com");
    e.account = QStringLiteral("wdc");
    e.recordType = QStringLiteral("app_instance");
    e.recordId = recordId;
    e.action = action;
    e.after = QJsonObject{{QStringLiteral("suspended"), action == QLatin1String("suspend")}};
    e.before = QJsonObject{{QStringLiteral("suspended"), action != QLatin1String("suspend")}};
    e.ok = true;
    e.httpStatus = 200;
    return e;
}

void TestJournalModel::cleanup()
{
    m_tester.reset(); // before the model it watches
    m_model.reset();
}

// The model reads the journal as it stands, watched by the model tester.
JournalModel *TestJournalModel::makeModel()
{
    m_model = std::make_unique<JournalModel>(m_journal.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_model.get();
}

void TestJournalModel::anEmptyJournalHasColumnsButNoRows()
{
    JournalModel *model = makeModel();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), int(JournalModel::ColumnCount));
    QCOMPARE(model->columnCount(), 6);
    QCOMPARE(model->skippedLines(), 0);
    const QStringList headers{QStringLiteral("Time"),   QStringLiteral("Action"),
                              QStringLiteral("Record"), QStringLiteral("Change"),
                              QStringLiteral("Result"), QStringLiteral("Connection")};
    for (int column = 0; column < model->columnCount(); ++column)
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), headers.at(column));
}

void TestJournalModel::rowsAreTheEntriesNewestFirst()
{
    QVERIFY(m_journal->append(entry(101, QStringLiteral("suspend"), 1)));
    QVERIFY(m_journal->append(entry(102, QStringLiteral("resume"), 2)));
    QVERIFY(m_journal->append(entry(103, QStringLiteral("suspend"), 3)));
    JournalModel *model = makeModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->entry(0).recordId, 103);
    QCOMPARE(model->entry(2).recordId, 101);
    QCOMPARE(model->index(0, JournalModel::Record).data().toString(), QStringLiteral("app_instance #103"));
    QCOMPARE(model->index(1, JournalModel::Action).data().toString(), QStringLiteral("resume"));
    QCOMPARE(model->index(2, JournalModel::Record).data(PagedTableModel::RecordIdRole).toLongLong(), 101);
    // A table: no children anywhere.
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);
    QCOMPARE(model->columnCount(model->index(0, 0)), 0);
}

void TestJournalModel::aSuccessfulWriteFillsEveryColumn()
{
    JournalEntry e = entry(42, QStringLiteral("update"), 15);
    e.recordType = QStringLiteral("app_offering");
    e.before = QJsonObject{{QStringLiteral("name"), QStringLiteral("Old")}};
    e.after = QJsonObject{{QStringLiteral("name"), QStringLiteral("New")}};
    QVERIFY(m_journal->append(e));
    JournalModel *model = makeModel();
    QCOMPARE(model->rowCount(), 1);

    const auto cell = [&](JournalModel::Column column, int role = Qt::DisplayRole) {
        return model->index(0, column).data(role);
    };
    QCOMPARE(cell(JournalModel::Time).toString(), pc::displayTimestamp(e.time));
    QVERIFY(!cell(JournalModel::Time).toString().isEmpty());
    QCOMPARE(cell(JournalModel::Time, PagedTableModel::ExportRole).toString(),
             QStringLiteral("2024-06-01T09:15:30.250Z"));
    QCOMPARE(cell(JournalModel::Time, Qt::ToolTipRole).toString(),
             QStringLiteral("2024-06-01T09:15:30.250Z"));
    QCOMPARE(cell(JournalModel::Time, PagedTableModel::SortRole).toDateTime(), e.time);
    QCOMPARE(cell(JournalModel::Action).toString(), QStringLiteral("update"));
    QCOMPARE(cell(JournalModel::Record).toString(), QStringLiteral("app_offering #42"));
    QCOMPARE(cell(JournalModel::Change).toString(), QStringLiteral("name: Old → New"));
    QCOMPARE(cell(JournalModel::Result).toString(), QStringLiteral("done (200)"));
    QCOMPARE(cell(JournalModel::Connection).toString(), QStringLiteral("wdc @ api.example.com"));
    // Filter, sort and export see the same text as the eye.
    for (int column = JournalModel::Action; column < JournalModel::ColumnCount; ++column) {
        const QModelIndex index = model->index(0, column);
        QCOMPARE(index.data(PagedTableModel::SearchTextRole), index.data());
        QCOMPARE(index.data(PagedTableModel::ExportRole), index.data());
        QCOMPARE(index.data(PagedTableModel::SortRole), index.data());
        QCOMPARE(index.data(PagedTableModel::RecordIdRole).toLongLong(), 42);
    }
    QVERIFY(!cell(JournalModel::Action, Qt::DecorationRole).isValid());
}

void TestJournalModel::aFailedWriteSaysWhy()
{
    JournalEntry failed = entry(0, QStringLiteral("create"), 20);
    failed.recordType = QStringLiteral("app_offering");
    failed.ok = false;
    failed.httpStatus = 422;
    failed.message = QStringLiteral("Reference has already been taken");
    QVERIFY(m_journal->append(entry(7, QStringLiteral("suspend"), 19)));
    QVERIFY(m_journal->append(failed));
    JournalModel *model = makeModel();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!model->entry(0).ok); // what the view paints red
    QVERIFY(model->entry(1).ok);
    QCOMPARE(model->index(0, JournalModel::Result).data().toString(),
             QStringLiteral("failed: Reference has already been taken"));
    QCOMPARE(model->index(1, JournalModel::Result).data().toString(), QStringLiteral("done (200)"));
    // A create that failed has no record yet.
    QCOMPARE(model->index(0, JournalModel::Record).data().toString(), QStringLiteral("app_offering #0"));
    QCOMPARE(model->index(0, JournalModel::Record).data(PagedTableModel::RecordIdRole).toLongLong(), 0);
}

void TestJournalModel::changeShowsEachValueKind_data()
{
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QString>("shown");
    const QString name = QStringLiteral("name");
    QTest::newRow("booleans") << QJsonObject{{QStringLiteral("disabled"), false}}
                              << QJsonObject{{QStringLiteral("disabled"), true}}
                              << QStringLiteral("disabled: false → true");
    QTest::newRow("no old value") << QJsonObject{} << QJsonObject{{name, QStringLiteral("Sync")}}
                                  << QStringLiteral("name: — → Sync");
    QTest::newRow("null") << QJsonObject{{name, QJsonValue::Null}}
                          << QJsonObject{{name, QStringLiteral("Sync")}} << QStringLiteral("name: — → Sync");
    QTest::newRow("empty string") << QJsonObject{{name, QStringLiteral("Sync")}}
                                  << QJsonObject{{name, QString()}} << QStringLiteral("name: Sync → (empty)");
    QTest::newRow("numbers") << QJsonObject{{QStringLiteral("rate"), 5}}
                             << QJsonObject{{QStringLiteral("rate"), 7.5}} << QStringLiteral("rate: 5 → 7.5");
    QTest::newRow("long text cut at 60")
        << QJsonObject{{name, QString(80, QLatin1Char('a'))}} << QJsonObject{{name, QStringLiteral("b")}}
        << QString(60, QLatin1Char('a')).prepend(QStringLiteral("name: ")) + QStringLiteral(" → b");
    QTest::newRow("array and object")
        << QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("x"), 1}}}
        << QJsonObject{{QStringLiteral("tags"), QJsonObject{{QStringLiteral("k"), 1}}}}
        << QStringLiteral("tags: [\"x\",1] → {\"k\":1}");
    QTest::newRow("several fields, by name")
        << QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}}
        << QJsonObject{{QStringLiteral("b"), 3}, {QStringLiteral("a"), 4}}
        << QStringLiteral("a: 2 → 4; b: 1 → 3");
    QTest::newRow("nothing changed") << QJsonObject{} << QJsonObject{} << QString();
}

void TestJournalModel::changeShowsEachValueKind()
{
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QString, shown);
    JournalEntry e = entry(5, QStringLiteral("update"), 30);
    e.before = before;
    e.after = after;
    QVERIFY(m_journal->append(e));
    JournalModel *model = makeModel();
    QCOMPARE(model->index(0, JournalModel::Change).data().toString(), shown);
}

void TestJournalModel::reloadShowsNewEntries()
{
    QVERIFY(m_journal->append(entry(1, QStringLiteral("suspend"), 1)));
    JournalModel *model = makeModel();
    QCOMPARE(model->rowCount(), 1);

    QVERIFY(m_journal->append(entry(2, QStringLiteral("resume"), 2)));
    QCOMPARE(model->rowCount(), 1); // the file is read on reload only
    QSignalSpy reset(model, &JournalModel::modelReset);
    model->reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->entry(0).recordId, 2); // the new one on top
    QCOMPARE(model->index(0, JournalModel::Action).data().toString(), QStringLiteral("resume"));

    QFile::remove(m_journal->filePath()); // cleared elsewhere: the table follows
    model->reload();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model->rowCount(), 0);
}

void TestJournalModel::damagedLinesAreCountedNotShown()
{
    QVERIFY(m_journal->append(entry(1, QStringLiteral("suspend"), 1)));
    {
        QFile file(m_journal->filePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write("{\"time\": \"2024-06-01T\n#garbage\n");
    }
    QVERIFY(m_journal->append(entry(2, QStringLiteral("resume"), 2)));
    JournalModel *model = makeModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->skippedLines(), 2);
    QCOMPARE(model->entry(0).recordId, 2);
    QCOMPARE(model->entry(1).recordId, 1);
}

void TestJournalModel::exportNamesOneKeyPerColumn()
{
    QStringList names;
    for (int column = 0; column < JournalModel::ColumnCount; ++column)
        names.append(JournalModel::fieldName(column));
    QCOMPARE(names,
             (QStringList{QStringLiteral("time"), QStringLiteral("action"), QStringLiteral("record"),
                          QStringLiteral("change"), QStringLiteral("result"), QStringLiteral("connection")}));
    QVERIFY(JournalModel::fieldName(JournalModel::ColumnCount).isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
