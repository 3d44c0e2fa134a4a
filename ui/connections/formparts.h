#pragma once

#include "app/connections/environment.h"

#include <QComboBox>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <algorithm>
#include <initializer_list>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLayout;
class QWidget;

// The pieces the connect dialog's sections are built of, shared by the files
// the dialog is split into: headings, hints, form rows, and the enum combo
// boxes.
namespace pc::formparts {

// The colour of every error shown at a field, in the status line and in the
// API URL line.
inline constexpr QLatin1String kErrorStyle("color: #c62828;");

// The dialog's fixed texts are given as their sources (QT_TR_NOOP, in the
// ConnectDialog context) and kept with their widgets, so the dialog says
// them again in another language: retranslateTexts().
enum class Text { Label, Placeholder, ToolTip, AccessibleName, AccessibleDescription };
// Sets `widget`'s `which` text to `source` in the current language, and keeps
// the source (a null source: a text the dialog sets itself, left alone).
void setText(QWidget *widget, Text which, const char *source);
// Every text set by setText() on `root` and the widgets under it, in the
// language installed now; a row's label names its field again.
void retranslateTexts(QWidget *root);

// Texts: sources, as setText() takes them.
QLabel *sectionHeading(const char *text, QWidget *parent, int spaceAbove = 0);
// A short explanation in smaller, muted text.
QLabel *hintLabel(const char *text, QWidget *parent);
// A field with its hint and error below it, as one form row.
QWidget *withNotes(QWidget *parent, QLayout *fieldLayout, QWidget *focus, const QList<QLabel *> &notes);
// A labelled form row. The label sits level with the field's first line,
// not centred on the field together with its notes below.
void addLabeledRow(QFormLayout *layout, const char *text, QWidget *buddy, QLayout *firstLine,
                   const QList<QLabel *> &notes);
// A label's text as an accessible name: without its mnemonic and colon.
QString accessibleLabel(const QString &text);
// Widgets side by side without margins, optionally pushed to the left.
QHBoxLayout *row(std::initializer_list<QWidget *> widgets, bool stretch = false);

QString regionName(Region region);

// Combo boxes whose items carry an enum as their int data.
template<typename E> E currentEnum(const QComboBox *box)
{
    return static_cast<E>(box->currentData().toInt());
}

template<typename E> void selectEnum(QComboBox *box, E value)
{
    box->setCurrentIndex(std::max(0, box->findData(int(value))));
}

} // namespace pc::formparts
