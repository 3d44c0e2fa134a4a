#include "ui/records/statebadge.h"

#include "app/models/pagedtablemodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyle>
#include <QSvgRenderer>
#include <QtMath>

namespace pc {

namespace {

constexpr int PadX = 6;
constexpr int Gap = 4;
constexpr int IconSide = 12;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A hue at a lightness that holds on the palette's base.
QColor hue(int degrees, int saturation, const QPalette &palette)
{
    return QColor::fromHsl(degrees, saturation, isDark(palette) ? 165 : 95);
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

} // namespace

namespace StateBadge {

QColor colour(InstanceState state, const QPalette &palette)
{
    switch (state) {
    case InstanceState::Active:
        return hue(130, 150, palette); // green
    case InstanceState::NotEnabled:
        return hue(42, 200, palette); // amber
    case InstanceState::Suspended:
        return hue(275, 120, palette); // violet: apart from amber and red for colour-blind eyes
    case InstanceState::Disabled:
        break;
    }
    // Disabled: no hue at all, the palette's own muted text.
    return palette.color(QPalette::PlaceholderText);
}

QColor colour(OfferingState state, const QPalette &palette)
{
    switch (state) {
    case OfferingState::Published:
    case OfferingState::Unknown:
        return hue(210, 160, palette); // blue
    case OfferingState::Draft:
        return hue(42, 200, palette);
    case OfferingState::Disabled:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString iconResource(InstanceState state)
{
    static const char *const names[] = {"active", "notenabled", "suspended", "disabled"};
    return QStringLiteral(":/icons/states/%1.svg").arg(QLatin1String(names[int(state)]));
}

QString iconResource(OfferingState state)
{
    switch (state) {
    case OfferingState::Draft:
        return QStringLiteral(":/icons/states/draft.svg");
    case OfferingState::Disabled:
        return QStringLiteral(":/icons/states/disabled.svg");
    case OfferingState::Published:
    case OfferingState::Unknown:
        break;
    }
    return QStringLiteral(":/icons/states/published.svg");
}

QPixmap icon(const QString &resource, const QColor &colour, int side, qreal devicePixelRatio)
{
    const QString key =
        QStringLiteral("pcbadge:%1:%2:%3:%4").arg(resource, colour.name()).arg(side).arg(devicePixelRatio);
    QPixmap cached;
    if (QPixmapCache::find(key, &cached))
        return cached;
    const int pixels = qRound(side * devicePixelRatio);
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    QSvgRenderer(resource).render(&painter);
    // The icons are drawn black: their shape, filled with the state's colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), colour);
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

namespace {

// The word's width, rounded up: a width rounded down would have the word
// elided ("Ak…" for "Aktiv") in a pill made to fit it.
int textWidth(const QString &text, const QFont &font)
{
    return qCeil(QFontMetricsF(font).horizontalAdvance(text)) + 1;
}

} // namespace

QSize sizeFor(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    return {PadX + IconSide + Gap + textWidth(text, font) + PadX, metrics.height() + 4};
}

namespace {

void draw(QPainter *painter, const QRect &rect, const QPalette &palette, const QColor &colour,
          const QString &iconResource, const QString &text, Qt::LayoutDirection direction)
{
    const QSize size = sizeFor(text, painter->font()).boundedTo(rect.size());
    // Laid out left to right, then mirrored in `rect` for a right-to-left
    // layout: the pill on the leading side, the icon leading in it.
    const auto visual = [direction, &rect](const QRect &logical) {
        return QStyle::visualRect(direction, rect, logical);
    };
    const QRect logicalPill(rect.left(), rect.top() + (rect.height() - size.height()) / 2, size.width(),
                            size.height());
    const QRect pill = visual(logicalPill);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor base = palette.color(QPalette::Base);
    painter->setPen(QPen(mix(base, colour, 0.55), 1));
    painter->setBrush(mix(base, colour, isDark(palette) ? 0.22 : 0.16));
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2.0,
                             pill.height() / 2.0);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QRect iconRect(logicalPill.left() + PadX, logicalPill.top() + (logicalPill.height() - IconSide) / 2,
                         IconSide, IconSide);
    painter->drawPixmap(visual(iconRect), icon(iconResource, colour, IconSide, ratio));
    painter->setPen(palette.color(QPalette::Text));
    const QRect textRect = visual(logicalPill.adjusted(PadX + IconSide + Gap, 0, -PadX, 0));
    // Absolute: the text stands against the icon whatever the painter's own direction.
    painter->drawText(textRect,
                      Qt::AlignVCenter | Qt::AlignAbsolute |
                          (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft),
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace

void paint(QPainter *painter, const QRect &rect, const QPalette &palette, const QColor &colour,
           const QString &iconResource, const QString &text, Qt::LayoutDirection direction)
{
    if (rect.isEmpty())
        return;
    // A badge is drawn once per look and size, then copied: a column of
    // badges shows a handful of looks, and an antialiased pill with its word
    // cost more than the rest of a row (about a third of a table's repaint).
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString key = QStringLiteral("pcpill:%1:%2:%3:%4:%5:%6:%7x%8:%9:%10")
                            .arg(iconResource, text, colour.name(QColor::HexArgb),
                                 palette.color(QPalette::Base).name(QColor::HexArgb),
                                 palette.color(QPalette::Text).name(QColor::HexArgb), painter->font().key())
                            .arg(rect.width())
                            .arg(rect.height())
                            .arg(ratio)
                            .arg(int(direction));
    QPixmap pill;
    if (!QPixmapCache::find(key, &pill)) {
        pill = QPixmap(rect.size() * ratio);
        pill.setDevicePixelRatio(ratio);
        pill.fill(Qt::transparent);
        QPainter pillPainter(&pill);
        pillPainter.setFont(painter->font());
        draw(&pillPainter, QRect(QPoint(0, 0), rect.size()), palette, colour, iconResource, text, direction);
        pillPainter.end();
        QPixmapCache::insert(key, pill);
    }
    painter->drawPixmap(rect.topLeft(), pill);
}

} // namespace StateBadge

StateBadgeDelegate::StateBadgeDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{}

void StateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    // The cell's background, selection and focus as the style draws them, without its text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int kind = index.data(PagedTableModel::SortRole).toInt();
    const QString text = index.data(Qt::DisplayRole).toString();
    const QColor colour = m_kind == Kind::Instance ? StateBadge::colour(InstanceState(kind), option.palette)
                                                   : StateBadge::colour(OfferingState(kind), option.palette);
    const QString icon = m_kind == Kind::Instance ? StateBadge::iconResource(InstanceState(kind))
                                                  : StateBadge::iconResource(OfferingState(kind));
    painter->save();
    painter->setFont(option.font);
    StateBadge::paint(painter, option.rect.adjusted(4, 1, -4, -1), option.palette, colour, icon, text,
                      option.direction);
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize badge = StateBadge::sizeFor(index.data(Qt::DisplayRole).toString(), option.font);
    return badge.grownBy({4, 2, 4, 2}).expandedTo(QStyledItemDelegate::sizeHint(option, index));
}

} // namespace pc
