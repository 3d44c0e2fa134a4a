#pragma once

#include "app/editing/offeringedit.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pc {

// Someone else saved the offering while the form was open. Per field it shows
// the version the form was opened on, the server's now and the user's, and
// lets the user keep theirs, take the server's, or merge field by field.
// Nothing is sent until one of them is chosen.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Resolution { KeepMine, TakeServers, Merge };

    ConflictDialog(const QString &offeringName, const QList<OfferingEdit::ConflictField> &fields,
                   QWidget *parent = nullptr);

    Resolution resolution() const { return m_resolution; }
    // The choice per field the user changed (Merge); every field Yours for
    // KeepMine and Theirs for TakeServers.
    QMap<QString, OfferingEdit::Pick> picks() const;

    QTableWidget *table() const { return m_table; }
    // The per-field choice of a field the user changed; nullptr for others.
    QComboBox *pickBox(const QString &field) const { return m_pickBoxes.value(field); }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeServersButton() const { return m_takeServers; }
    QPushButton *mergeButton() const { return m_merge; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void finish(Resolution resolution);

    QList<OfferingEdit::ConflictField> m_fields;
    QTableWidget *m_table;
    QMap<QString, QComboBox *> m_pickBoxes;
    QPushButton *m_keepMine;
    QPushButton *m_takeServers;
    QPushButton *m_merge;
    QString m_offeringName;
    QLabel *m_intro;
    QLabel *m_cancelNote;
    Resolution m_resolution = Resolution::Merge;
};

} // namespace pc
