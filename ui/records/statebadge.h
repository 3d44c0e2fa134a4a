#pragma once

#include "app/models/recordstate.h"

#include <QColor>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QStyledItemDelegate>

class QPainter;
class QRect;

namespace pc {

// The coloured badges that show a record's state at a glance (an icon and a
// word in a tinted pill), and their colours, which the overview's charts use
// too. Every colour is worked out from the palette: the tint is a state's
// hue mixed into the palette's base, the word is in the palette's text
// colour, so it reads in a light and a dark palette alike and follows the
// system's contrast.
namespace StateBadge {

// A state's own colour in `palette`: a hue that stands out on its base
// (lighter in a dark palette, darker in a light one).
QColor colour(InstanceState state, const QPalette &palette);
QColor colour(OfferingState state, const QPalette &palette);
// The icon, drawn in `colour`, `side` pixels square (high-DPI: at the device's ratio).
QPixmap icon(const QString &resource, const QColor &colour, int side, qreal devicePixelRatio);
QString iconResource(InstanceState state);
QString iconResource(OfferingState state);

QSize sizeFor(const QString &text, const QFont &font);
// Draws the pill in `rect`, vertically centred, on the leading side of
// `direction` (the left, or the right in a right-to-left layout).
void paint(QPainter *painter, const QRect &rect, const QPalette &palette, const QColor &colour,
           const QString &iconResource, const QString &text, Qt::LayoutDirection direction = Qt::LeftToRight);

} // namespace StateBadge

// A table column drawn as badges: an instance's State (SortRole: the
// InstanceState; DisplayRole: the words) or an offering's (SortRole: the
// OfferingState).
class StateBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind { Instance, Offering };
    StateBadgeDelegate(Kind kind, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace pc
