#pragma once

#include "app/editing/offeringedit.h"

#include <QDialog>
#include <QMap>
#include <QString>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pc {

// The review before a save: each change as field, now, after saving, so
// nothing is sent the user has not seen. It can be turned off for the next
// saves (reviewAgain()). A value with a warning the user has not accepted yet
// (a plain http webhook) is listed with it, and Save waits for the box that
// accepts it: then the review is shown even when it is off (`reviewing`).
class SaveReviewDialog : public QDialog
{
    Q_OBJECT

public:
    SaveReviewDialog(const OfferingEdit &edit, bool reviewing, QWidget *parent = nullptr);

    // The state of "Review the changes before every save" (on when `reviewing`).
    bool reviewAgain() const;
    QTableWidget *table() const { return m_table; }
    // The warnings and the box that accepts them; null when there are none.
    QLabel *warnings() const { return m_warnings; }
    QCheckBox *acceptWarnings() const { return m_accept; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addWarnings(const QMap<QString, QString> &warnings, const OfferingEdit &edit, QPushButton *confirm);

    QTableWidget *m_table;
    QCheckBox *m_again;
    QLabel *m_intro;
    QPushButton *m_confirm = nullptr;
    bool m_isNew;
    QLabel *m_warnings = nullptr;
    QCheckBox *m_accept = nullptr;
};

} // namespace pc
