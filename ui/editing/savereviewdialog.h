#pragma once

#include "app/editing/offeringedit.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pc {

// The review before a save: each change as field, now, after saving, so
// nothing is sent the user has not seen. It can be turned off for the next
// saves (reviewAgain()).
class SaveReviewDialog : public QDialog
{
    Q_OBJECT

public:
    SaveReviewDialog(const OfferingEdit &edit, QWidget *parent = nullptr);

    // False when the user unticked "Review the changes before every save".
    bool reviewAgain() const;
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTableWidget *m_table;
    QCheckBox *m_again;
    QLabel *m_intro;
    QPushButton *m_confirm = nullptr;
    bool m_isNew;
};

} // namespace pc
