#include "ui/overview/figuretile.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QImage>
#include <QTest>
#include <QWidget>

using pc::FigureTile;
using Place = pc::FigureTile::ChangePlace;

namespace {

// The overview's figures as a provider with 100,000 instances sees them:
// the two groups of tiles, each tile stretched alike across the row.
struct TileRow
{
    QWidget row;
    QList<FigureTile *> tiles;

    TileRow()
    {
        auto *layout = new QHBoxLayout(&row);
        const QList<std::pair<QString, QString>> figures = {
            {QStringLiteral("Offerings"), QStringLiteral("45")},
            {QStringLiteral("Published"), QStringLiteral("27")},
            {QStringLiteral("Drafts"), QStringLiteral("14")},
            {QStringLiteral("Disabled"), QStringLiteral("4")},
            {QStringLiteral("Instances"), QStringLiteral("100,000")},
            {QStringLiteral("Active"), QStringLiteral("78,266")},
            {QStringLiteral("Not enabled"), QStringLiteral("3,940")},
            {QStringLiteral("Suspended"), QStringLiteral("9,937")},
            {QStringLiteral("Disabled"), QStringLiteral("7,857")},
        };
        for (const auto &[title, number] : figures) {
            auto *tile = new FigureTile(title, &row);
            tile->setFigure(number, QStringLiteral("+12"));
            layout->addWidget(tile, 1);
            tiles.append(tile);
        }
    }
};

// The number's width at the usual size of the figures.
int numberWidth(const FigureTile &tile)
{
    QFont big = tile.font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    return QFontMetrics(big).horizontalAdvance(tile.number());
}

// The number as drawn fits inside the tile's margins.
bool numberWhole(const FigureTile &tile)
{
    return QFontMetrics(tile.shownNumberFont()).horizontalAdvance(tile.number()) <= tile.width() - 22;
}

int smallWidth(const FigureTile &tile, const QString &text)
{
    QFont small = tile.font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return QFontMetrics(small).horizontalAdvance(text);
}

QImage drawn(FigureTile &tile)
{
    return tile.grab().toImage();
}

} // namespace

class TestFigureTile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNarrowRowKeepsEveryNumberWhole();
    void theChangeMovesBeforeItIsLeftOut();
    void aChangeLeftOutIsNotDrawnAtAll();
    void aLongerNumberStaysWhole();
};

// At the window's default width the row is short of room for "100,000 +12":
// the number stays whole, and the change goes where it fits.
void TestFigureTile::aNarrowRowKeepsEveryNumberWhole()
{
    TileRow row;
    row.row.resize(1180, 100);
    row.row.show();
    QVERIFY(QTest::qWaitForWindowExposed(&row.row));
    for (FigureTile *tile : std::as_const(row.tiles)) {
        QVERIFY2(numberWhole(*tile), qPrintable(tile->title()));
        QVERIFY2(tile->changePlace() != Place::Hidden, qPrintable(tile->title()));
    }
    FigureTile *instances = row.tiles.at(4);
    QCOMPARE(instances->number(), QStringLiteral("100,000"));
    // The widest number: its change is not beside it at this width, but under it.
    QCOMPARE(instances->changePlace(), Place::EndOfTitle);
    QCOMPARE(row.tiles.at(0)->changePlace(), Place::BesideNumber);

    // Half a screen's width: the numbers are drawn smaller, never cut, and
    // the row asks for little more room than tiles of 60 pixels did.
    row.row.resize(700, 100);
    QTRY_VERIFY(row.tiles.at(4)->width() < instances->sizeHint().width());
    for (FigureTile *tile : std::as_const(row.tiles))
        QVERIFY2(numberWhole(*tile), qPrintable(tile->title()));
    QVERIFY(instances->shownNumberFont().pointSizeF() < instances->font().pointSizeF() * 1.6);
    QVERIFY2(row.row.minimumSizeHint().width() <= 700,
             qPrintable(QString::number(row.row.minimumSizeHint().width())));
}

void TestFigureTile::theChangeMovesBeforeItIsLeftOut()
{
    FigureTile tile(QStringLiteral("Instances"));
    tile.setFigure(QStringLiteral("100,000"), QStringLiteral("+1,234"));
    tile.resize(tile.sizeHint());
    QCOMPARE(tile.changePlace(), Place::BesideNumber);

    // Too narrow for the number and the change side by side, wide enough for
    // the title and the change on one line.
    const int titleAndChange = smallWidth(tile, tile.title()) + 8 + smallWidth(tile, tile.change());
    const int margins = tile.sizeHint().width() - (numberWidth(tile) + 8 + smallWidth(tile, tile.change()));
    QVERIFY(titleAndChange < numberWidth(tile) + 8 + smallWidth(tile, tile.change()));
    tile.resize(titleAndChange + margins, tile.height());
    QCOMPARE(tile.changePlace(), Place::EndOfTitle);

    tile.setTitle(QStringLiteral("Instances installed by customers"));
    QCOMPARE(tile.changePlace(), Place::Hidden);
    tile.setFigure(tile.number(), QString());
    QCOMPARE(tile.changePlace(), Place::Hidden);
}

// Left out means not drawn: no sliver of it at the edge.
void TestFigureTile::aChangeLeftOutIsNotDrawnAtAll()
{
    FigureTile withChange(QStringLiteral("Instances"));
    withChange.setFigure(QStringLiteral("100,000"), QStringLiteral("+1,234"));
    FigureTile without(QStringLiteral("Instances"));
    without.setFigure(QStringLiteral("100,000"), QString());
    const QSize narrow(withChange.minimumSizeHint().width(), withChange.sizeHint().height());
    withChange.resize(narrow);
    without.resize(narrow);
    QCOMPARE(withChange.changePlace(), Place::Hidden);
    QCOMPARE(drawn(withChange), drawn(without));
    // Where it fits, it is drawn.
    withChange.resize(withChange.sizeHint());
    without.resize(withChange.sizeHint());
    QVERIFY(drawn(withChange) != drawn(without));
    // The tooltip still says it.
    QVERIFY(withChange.toolTip().contains(QStringLiteral("+1,234")));
}

// A count that grows (a sync, the next visit) asks its layout again: at
// the usual size where the row has room, smaller where it has not, whole.
void TestFigureTile::aLongerNumberStaysWhole()
{
    TileRow row;
    row.row.resize(1180, 100);
    row.row.show();
    QVERIFY(QTest::qWaitForWindowExposed(&row.row));
    FigureTile *instances = row.tiles.at(4);
    const int minimumBefore = instances->minimumSizeHint().width();
    instances->setFigure(QStringLiteral("12,345,678"), QStringLiteral("+12"));
    QVERIFY(instances->minimumSizeHint().width() > minimumBefore);
    QTRY_VERIFY(numberWhole(*instances));
    row.row.resize(1600, 100);
    QTRY_COMPARE(instances->shownNumberFont().pointSizeF(), instances->font().pointSizeF() * 1.6);
    QVERIFY(numberWhole(*instances));
}

QTEST_MAIN(TestFigureTile)
#include "tst_figuretile.moc"
