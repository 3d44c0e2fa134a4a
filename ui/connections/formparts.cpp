#include "ui/connections/formparts.h"

#include "ui/connections/connectdialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectDialog).
namespace pc {
class ConnectDialog { Q_OBJECT };
}
#endif

namespace pc::formparts {

QLabel *sectionHeading(const QString &text, QWidget *parent, int spaceAbove)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.08);
    label->setFont(font);
    label->setContentsMargins(0, spaceAbove, 0, 0);
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

QWidget *withNotes(QWidget *parent, QLayout *fieldLayout, QWidget *focus, const QList<QLabel *> &notes)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(fieldLayout);
    for (QLabel *note : notes)
        layout->addWidget(note);
    box->setFocusProxy(focus);
    return box;
}

void addLabeledRow(QFormLayout *layout, const QString &text, QWidget *buddy, QLayout *firstLine,
                   const QList<QLabel *> &notes)
{
    QWidget *form = layout->parentWidget();
    auto *label = new QLabel(text, form);
    label->setBuddy(buddy);
    // The buddy gives a name only to a sibling; the field stands in a box of
    // its own (withNotes), so it is named after its label here.
    if (buddy->accessibleName().isEmpty())
        buddy->setAccessibleName(accessibleLabel(text));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setFixedHeight(firstLine->sizeHint().height());
    layout->addRow(label, withNotes(form, firstLine, buddy, notes));
}

QString accessibleLabel(const QString &text)
{
    QString name = text;
    name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    name.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name;
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets, bool stretch)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    if (stretch)
        layout->addStretch();
    return layout;
}

QString regionName(Region region)
{
    switch (region) {
    case Region::Global:
        return ConnectDialog::tr("Global");
    case Region::Au:
        return ConnectDialog::tr("Australia");
    case Region::Uk:
        return ConnectDialog::tr("United Kingdom");
    case Region::Ch:
        return ConnectDialog::tr("Switzerland");
    case Region::Us:
        return ConnectDialog::tr("United States");
    }
    return {};
}

} // namespace pc::formparts
