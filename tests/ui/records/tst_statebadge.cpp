#include "app/models/pagedtablemodel.h"
#include "app/models/recordstate.h"
#include "ui/records/statebadge.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>
#include <QStandardItemModel>
#include <QTest>

// A state's badge is drawn once per look and then copied: the copies must
// be what a fresh drawing is, and a new palette, word or size a new look.
class TestStateBadge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCopyIsWhatADrawingIs_data();
    void aCopyIsWhatADrawingIs();
    void thePaletteTheWordAndTheSizeMakeALook();
};

namespace {

struct Look
{
    QString word = QStringLiteral("Active");
    pc::InstanceState state = pc::InstanceState::Active;
    QPalette palette = QApplication::palette();
    QSize size{240, 24};
    bool selected = false;
};

// One cell of an instance's State column, as the table's delegate paints it.
QImage cell(const Look &look)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), look.word, Qt::DisplayRole);
    model.setData(model.index(0, 0), int(look.state), pc::PagedTableModel::SortRole);
    pc::StateBadgeDelegate delegate(pc::StateBadgeDelegate::Kind::Instance, nullptr);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), look.size);
    option.palette = look.palette;
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (look.selected)
        option.state |= QStyle::State_Selected;
    QImage image(look.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(look.palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    return image;
}

QImage drawnAfresh(const Look &look)
{
    QPixmapCache::clear();
    return cell(look);
}

QPalette darkPalette()
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Base, QColor(30, 30, 30));
    palette.setColor(QPalette::Window, QColor(45, 45, 45));
    palette.setColor(QPalette::Text, QColor(230, 230, 230));
    return palette;
}

} // namespace

void TestStateBadge::aCopyIsWhatADrawingIs_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("selected");
    QTest::newRow("active") << QStringLiteral("Active") << int(pc::InstanceState::Active) << false << false;
    QTest::newRow("suspended, selected")
        << QStringLiteral("Suspended") << int(pc::InstanceState::Suspended) << false << true;
    QTest::newRow("disabled, dark") << QStringLiteral("Disabled") << int(pc::InstanceState::Disabled) << true
                                    << false;
}

void TestStateBadge::aCopyIsWhatADrawingIs()
{
    QFETCH(QString, word);
    QFETCH(int, state);
    QFETCH(bool, dark);
    QFETCH(bool, selected);
    Look look;
    look.word = word;
    look.state = pc::InstanceState(state);
    look.selected = selected;
    if (dark)
        look.palette = darkPalette();
    const QImage fresh = drawnAfresh(look);
    QCOMPARE(cell(look), fresh);
    QCOMPARE(cell(look), fresh);
    // Something was drawn: the pill's tint is not the base.
    QVERIFY(fresh.pixelColor(20, look.size.height() / 2) != look.palette.color(QPalette::Base));
}

void TestStateBadge::thePaletteTheWordAndTheSizeMakeALook()
{
    QPixmapCache::clear();
    const Look light;
    const QImage lightCell = cell(light);

    Look dark;
    dark.palette = darkPalette();
    const QImage darkCell = cell(dark);
    QVERIFY(darkCell != lightCell);
    QCOMPARE(darkCell, drawnAfresh(dark));

    Look translated;
    translated.word = QStringLiteral("Aktiv");
    const QImage translatedCell = cell(translated);
    QVERIFY(translatedCell != lightCell);
    QCOMPARE(translatedCell, drawnAfresh(translated));

    Look narrow;
    narrow.size = QSize(60, 24);
    const QImage narrowCell = cell(narrow);
    QCOMPARE(narrowCell, drawnAfresh(narrow));
    QCOMPARE(cell(light), drawnAfresh(light));
}

QTEST_MAIN(TestStateBadge)
#include "tst_statebadge.moc"
