#include "ui/connections/formparts.h"

#include "ui/connections/connectdialog.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectDialog).
namespace pc {
class ConnectDialog { Q_OBJECT };
}
#endif

namespace pc::formparts {

namespace {

// The property each kind of text keeps its source in.
const char *sourceProperty(Text which)
{
    switch (which) {
    case Text::Label:
        return "pcSourceLabel";
    case Text::Placeholder:
        return "pcSourcePlaceholder";
    case Text::ToolTip:
        return "pcSourceToolTip";
    case Text::AccessibleName:
        return "pcSourceName";
    case Text::AccessibleDescription:
        break;
    }
    return "pcSourceDescription";
}

// A label that names its buddy (addLabeledRow): the buddy's accessible name follows its text.
constexpr char NamesBuddy[] = "pcNamesBuddy";

void apply(QWidget *widget, Text which, const QString &text)
{
    switch (which) {
    case Text::Label:
        if (auto *label = qobject_cast<QLabel *>(widget))
            label->setText(text);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            button->setText(text);
        if (widget->property(NamesBuddy).toBool())
            static_cast<QLabel *>(widget)->buddy()->setAccessibleName(accessibleLabel(text));
        return;
    case Text::Placeholder:
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setPlaceholderText(text);
        return;
    case Text::ToolTip:
        widget->setToolTip(text);
        return;
    case Text::AccessibleName:
        widget->setAccessibleName(text);
        return;
    case Text::AccessibleDescription:
        widget->setAccessibleDescription(text);
        return;
    }
}

} // namespace

void setText(QWidget *widget, Text which, const char *source)
{
    if (!source)
        return;
    widget->setProperty(sourceProperty(which), QByteArray(source));
    apply(widget, which, ConnectDialog::tr(source));
}

void retranslateTexts(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        for (Text which : {Text::Label, Text::Placeholder, Text::ToolTip, Text::AccessibleName,
                           Text::AccessibleDescription}) {
            const QVariant source = widget->property(sourceProperty(which));
            if (source.isValid())
                apply(widget, which, ConnectDialog::tr(source.toByteArray().constData()));
        }
    }
}

QLabel *sectionHeading(const char *text, QWidget *parent, int spaceAbove)
{
    auto *label = new QLabel(parent);
    setText(label, Text::Label, text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.08);
    label->setFont(font);
    label->setContentsMargins(0, spaceAbove, 0, 0);
    return label;
}

QLabel *hintLabel(const char *text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    setText(label, Text::Label, text);
    label->setWordWrap(true);
    // A wrapped label may be given the height of a narrower width: the text
    // stays under its field, the spare room goes below it.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
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
    layout->addStretch(1); // spare room (a note hidden a moment ago) below the notes, not between the lines
    box->setFocusProxy(focus);
    return box;
}

void addLabeledRow(QFormLayout *layout, const char *text, QWidget *buddy, QLayout *firstLine,
                   const QList<QLabel *> &notes)
{
    QWidget *form = layout->parentWidget();
    auto *label = new QLabel(form);
    label->setBuddy(buddy);
    // The buddy gives a name only to a sibling; the field stands in a box of
    // its own (withNotes), so it is named after its label here.
    label->setProperty(NamesBuddy, buddy->accessibleName().isEmpty());
    setText(label, Text::Label, text);
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
