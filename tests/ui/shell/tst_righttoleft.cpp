#include "app/models/instancesmodel.h"
#include "app/models/pagedtablemodel.h"
#include "tests/support/sandboxfixture.h"
#include "ui/overview/figuretile.h"
#include "ui/records/recordview.h"
#include "ui/records/statebadge.h"
#include "ui/shell/languages.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace testsupport;

// The console mirrored, as in a right-to-left language (or with -reverse):
// the window lays out without a complaint, its menus and areas from the
// right; what the console paints itself (the state badges, the overview's
// figures) stands on the leading side, the right, too.
class TestRightToLeft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theWindowIsMirrored();
    void aStateBadgeStandsOnTheRight_data();
    void aStateBadgeStandsOnTheRight();
    void aFigureHasItsStripeOnTheRight();
};

namespace {

// The columns of `image` that hold anything but `background`: first and last (-1: none).
QPair<int, int> inkedColumns(const QImage &image, QRgb background)
{
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (image.pixel(x, y) != background) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
        }
    }
    return {first, last};
}

} // namespace

void TestRightToLeft::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    // What a layout, a painter or a widget would say about a mirrored window.
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("QLayout|QWidget|QPainter|QFormLayout|QGridLayout")));
    QApplication::setLayoutDirection(Qt::RightToLeft);
}

void TestRightToLeft::cleanupTestCase()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestRightToLeft::theWindowIsMirrored()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    pc::MainWindow window(&client, QStringLiteral("wdc @ test"));
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showArea(pc::MainWindow::InstancesAreaIndex);
    QTRY_VERIFY(window.instancesModel()->rowCount() >= 100);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    // File stands right of View, the overview's tab right of the offerings'.
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(window.menuBar()->actionGeometry(menus.at(0)).x() >
            window.menuBar()->actionGeometry(menus.at(1)).x());
    const QTabBar *tabs = window.findChild<QTabWidget *>()->tabBar();
    QVERIFY(tabs->tabRect(0).x() > tabs->tabRect(1).x());
    // The first column (the id) is the rightmost.
    QTableView *table = window.instancesView()->table();
    QVERIFY(table->columnViewportPosition(pc::InstancesModel::Id) >
            table->columnViewportPosition(pc::InstancesModel::CustomerAccount));
    // Every area paints mirrored without a complaint (failOnWarning).
    for (int area : {pc::MainWindow::OverviewAreaIndex, pc::MainWindow::OfferingsAreaIndex,
                     pc::MainWindow::JournalAreaIndex, pc::MainWindow::InstancesAreaIndex}) {
        window.showArea(area);
        const QPixmap picture = window.grab();
        QVERIFY(!picture.isNull());
        // With PC_SCREENSHOT_DIR set, for a person to see.
        if (!qEnvironmentVariableIsEmpty("PC_SCREENSHOT_DIR"))
            picture.save(QDir(qEnvironmentVariable("PC_SCREENSHOT_DIR"))
                             .filePath(QStringLiteral("right-to-left-area-%1.png").arg(area)));
    }
    // A direction asked for (-reverse) outlasts a change of language, whose
    // catalogue says left to right.
    pc::Languages::apply(QStringLiteral("de"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // the windows hear of it
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    pc::Languages::apply(QStringLiteral("en"));
}

void TestRightToLeft::aStateBadgeStandsOnTheRight_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    QTest::newRow("right to left") << Qt::RightToLeft;
}

void TestRightToLeft::aStateBadgeStandsOnTheRight()
{
    QFETCH(Qt::LayoutDirection, direction);
    // One cell of an instance's State column, as the table's delegate paints it.
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("Active"), Qt::DisplayRole);
    model.setData(model.index(0, 0), int(pc::InstanceState::Active), pc::PagedTableModel::SortRole);
    pc::StateBadgeDelegate delegate(pc::StateBadgeDelegate::Kind::Instance, nullptr);
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 240, 24);
    option.direction = direction;
    option.palette = QApplication::palette();
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled;
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    const QRgb background = qRgb(255, 255, 255);
    image.fill(background);
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    const auto [first, last] = inkedColumns(image, background);
    QVERIFY(first >= 0);
    const int width = pc::StateBadge::sizeFor(QStringLiteral("Active"), option.font).width();
    // The pill on the leading side, whole: no word cut short.
    if (direction == Qt::RightToLeft) {
        QVERIFY2(first > option.rect.width() / 2, qPrintable(QString::number(first)));
        QVERIFY2(last >= option.rect.width() - 8, qPrintable(QString::number(last)));
    } else {
        QVERIFY2(first <= 8, qPrintable(QString::number(first)));
        QVERIFY2(last < option.rect.width() / 2, qPrintable(QString::number(last)));
    }
    QVERIFY(last - first + 1 >= width - 2);
}

void TestRightToLeft::aFigureHasItsStripeOnTheRight()
{
    pc::FigureTile tile(QStringLiteral("Instances"));
    tile.setFigure(QStringLiteral("2,500"), QString());
    const QColor accent(200, 30, 30);
    tile.setAccent(accent);
    tile.resize(160, tile.sizeHint().height());
    QCOMPARE(tile.layoutDirection(), Qt::RightToLeft);
    const QImage image = tile.grab().toImage();
    int stripe = -1;
    for (int x = 0; x < image.width() && stripe < 0; ++x) {
        if (QColor(image.pixel(x, image.height() / 2)) == accent)
            stripe = x;
    }
    QVERIFY2(stripe > image.width() - 10, qPrintable(QString::number(stripe)));
}

QTEST_MAIN(TestRightToLeft)
#include "tst_righttoleft.moc"
