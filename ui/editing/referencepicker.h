#pragma once

#include <QString>
#include <QWidget>

class QFrame;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QToolButton;

namespace pc {

class ApiClient;
class RecordFilterProxy;
class ReferenceModel;

// The reference field of an offering form (service instance, UI extension
// version): a read-only line showing the chosen record, and a chooser popup
// that lists the collection page by page with a filter on top. The model asks
// the API for nothing until the chooser first opens, so a form with several
// pickers costs no requests until the user wants one of them.
class ReferencePicker : public QWidget
{
    Q_OBJECT

public:
    // `collection`: "service_instances" or "ui_extension_versions"; `optional`:
    // the field may be empty (a Clear button, Delete and Backspace clear it).
    ReferencePicker(ApiClient *client, const QString &collection, bool optional, QWidget *parent = nullptr);
    ~ReferencePicker() override;

    qint64 currentId() const { return m_id; } // 0 when none
    QString currentName() const { return m_name; }
    // Shows a reference without it counting as the user's choice: does not
    // emit referenceChosen.
    void setCurrent(qint64 id, const QString &name);

    // The read-only line showing "Name (#id)", or a placeholder when empty.
    QLineEdit *displayEdit() const { return m_display; }
    ReferenceModel *model() const { return m_model; }

    // Opens the chooser popup (a non-modal Qt::Popup window) with an empty
    // filter and the keyboard in it. Loads the first page on the first open.
    void openChooser();
    QWidget *chooser() const; // nullptr until first opened
    QLineEdit *chooserFilter() const { return m_filter; }
    QTableView *chooserTable() const { return m_table; }

Q_SIGNALS:
    // The user picked a record, or cleared the field (id 0, empty name).
    void referenceChosen(qint64 id, const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void buildChooser();
    void placeChooser();
    void closeChooser(bool restoreFocus);
    void clearByUser();
    bool handleDisplayKey(const QKeyEvent *event);
    bool handleFilterKey(QKeyEvent *event);
    void onFilterChanged();
    void onRowsArrived();
    void selectRow(const QModelIndex &index);
    QModelIndex preferredIndex(bool includeCurrent) const;
    void pick(const QModelIndex &proxyIndex);
    void pickCurrent();
    // Enter before the first page arrived: the chooser closes at once (the
    // keys typed after it belong to the form) and the first row that
    // matches is taken when it comes; nothing when none does or it fails.
    void pickFirstWhenLoaded();
    void settlePendingPick();
    void updatePlaceholder();
    void retry();
    void updateDisplay();
    void updateStatus();
    QString filterNeedle() const;
    bool filterIsIdOnly() const;

    QString m_collection;
    bool m_optional;
    qint64 m_id = 0;
    QString m_name;
    bool m_userMovedSelection = false;
    bool m_pickWhenLoaded = false; // see pickFirstWhenLoaded()
    int m_waitSeconds = -1;        // the API asked to wait (rate limit, retry backoff)

    QLineEdit *m_display;
    QToolButton *m_chooseButton;
    QToolButton *m_clearButton = nullptr;
    ReferenceModel *m_model;
    RecordFilterProxy *m_proxy;

    // The chooser, built on first use.
    QFrame *m_chooser = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace pc
