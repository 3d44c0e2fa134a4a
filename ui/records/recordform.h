#pragma once

#include "ui/records/detailpane.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QGridLayout;
class QJsonValue;
class QLabel;

namespace pc {

// The fields of one record as DetailPane shows them: known fields in a fixed
// order with human labels, anything this client does not know under "Other
// fields". Each value widget is named "value_<api field>" and its label
// "label_<api field>".
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    using Kind = DetailPane::RecordKind;

    RecordForm(Kind kind, const QJsonObject &record, QWidget *parent = nullptr);

    // What the pane's header says about the record.
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }

    // Sizes the label column for a pane `paneWidth` wide (see the definition).
    void fitLabelColumn(int paneWidth);

private:
    void addOfferingRows();
    void addInstanceRows();
    void addOtherRows(const QStringList &knownFields);
    void addSection(const QString &title);
    QLabel *fieldLabel(const QString &field, const QString &label, QWidget *value);
    void addRow(const QString &field, const QString &label, QWidget *value);
    void addBlock(const QString &field, const QString &label, QWidget *value);
    void addValue(const QString &field, const QString &label, const QString &tooltip = QString());
    void addText(const QString &field, const QString &label, const QString &text, const QString &tooltip);
    void addLongText(const QString &field, const QString &label);
    void addReference(const QString &field, const QString &label, const QString &tooltip = QString());
    void addAccount(const QString &field, const QString &label);
    void addBoolean(const QString &field, const QString &label, const QString &tooltip);
    void addTimestamp(const QString &field, const QString &label);
    void addJson(const QString &field, const QString &label, const QJsonValue &value);
    void addMissing(const QString &field, const QString &label);

    const QJsonObject m_record;
    QGridLayout *m_grid;
    QList<QLabel *> m_rowLabels; // the label column of m_grid
    QString m_title;
    QString m_subtitle;
};

} // namespace pc
