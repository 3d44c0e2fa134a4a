#include "ui/records/textcelldelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

// The delegate of the record tables' text cells draws what
// QStyledItemDelegate draws, pixel for pixel, laying each text out once.
class TestTextCellDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsAsTheStyleDoes_data();
    void drawsAsTheStyleDoes();
    void keepsTheLinesItLaidOut();
    void leavesOtherCellsToTheStyle();
};

namespace {

// Cells in the scripts a provider's customers write in: elided, aligned
// right, empty, right to left, with colour emoji.
QStandardItemModel *cells(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    const QStringList texts = {
        QStringLiteral("Acme Corporation"),
        QStringLiteral("A name far too long for its column, elided at the end as the style elides it"),
        QStringLiteral("شركة البيانات المتحدة"),
        QStringLiteral("חברת הנתונים בע\"מ · 2"),
        QStringLiteral("株式会社テストデータ"),
        QStringLiteral("Tyrell 🤖 Corp"),
        QString(),
        QStringLiteral("Émoji Status Board 😀🎉 and more words than fit"),
    };
    for (int row = 0; row < texts.size(); ++row) {
        QList<QStandardItem *> items;
        items << new QStandardItem(texts.at(row));
        auto *number = new QStandardItem(QString::number(1000 + row * 37));
        number->setData(QVariant(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        items << number;
        items << new QStandardItem(texts.at(texts.size() - 1 - row));
        model->appendRow(items);
    }
    return model;
}

struct Table
{
    QTableView view;
    QStandardItemModel *model = cells(&view);

    explicit Table(Qt::LayoutDirection direction)
    {
        view.setModel(model);
        view.setLayoutDirection(direction);
        view.setWordWrap(false);
        view.setTextElideMode(Qt::ElideRight);
        view.setColumnWidth(0, 190);
        view.setColumnWidth(1, 70);
        view.setColumnWidth(2, 150);
        view.resize(480, 300);
        // A selected row and a current cell: the highlighted text and the focus frame.
        view.selectionModel()->select(model->index(2, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view.setCurrentIndex(model->index(5, 2));
    }
    QImage picture() { return view.grab().toImage(); }
};

} // namespace

void TestTextCellDelegate::drawsAsTheStyleDoes_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("fusion") << QStringLiteral("Fusion") << Qt::LeftToRight;
    QTest::newRow("fusion, right to left") << QStringLiteral("Fusion") << Qt::RightToLeft;
    QTest::newRow("windows") << QStringLiteral("Windows") << Qt::LeftToRight;
}

void TestTextCellDelegate::drawsAsTheStyleDoes()
{
    QFETCH(QString, style);
    QFETCH(Qt::LayoutDirection, direction);
    QApplication::setStyle(QStyleFactory::create(style));
    Table table(direction);
    QAbstractItemModelTester tester(table.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QImage byTheStyle = table.picture();

    auto *delegate = new pc::TextCellDelegate(&table.view);
    table.view.setItemDelegate(delegate);
    const QImage byTheDelegate = table.picture();
    QVERIFY(delegate->keptLines() > 0); // it drew them itself
    QCOMPARE(byTheDelegate, byTheStyle);
    // Drawn again from the lines it kept: the same.
    QCOMPARE(table.picture(), byTheStyle);
}

void TestTextCellDelegate::keepsTheLinesItLaidOut()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Table table(Qt::LeftToRight);
    auto *delegate = new pc::TextCellDelegate(&table.view);
    table.view.setItemDelegate(delegate);
    table.picture();
    // Every non-empty cell once: 8 rows of 3 columns, two of them empty.
    QCOMPARE(delegate->keptLines(), 22);
    table.picture();
    QCOMPARE(delegate->keptLines(), 22);
    // A column made wider is laid out again, in its new width.
    table.view.setColumnWidth(1, 90);
    table.picture();
    QCOMPARE(delegate->keptLines(), 22 + 8);
}

void TestTextCellDelegate::leavesOtherCellsToTheStyle()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Table table(Qt::LeftToRight);
    QPixmap square(12, 12);
    square.fill(Qt::darkGreen);
    table.model->item(0, 0)->setIcon(QIcon(square));
    table.model->item(1, 0)->setCheckable(true);
    table.model->item(3, 2)->setText(QStringLiteral("two\nlines"));
    const QImage byTheStyle = table.picture();

    auto *delegate = new pc::TextCellDelegate(&table.view);
    table.view.setItemDelegate(delegate);
    QCOMPARE(table.picture(), byTheStyle);
    QCOMPARE(delegate->keptLines(), 22 - 3);
}

QTEST_MAIN(TestTextCellDelegate)
#include "tst_textcelldelegate.moc"
