#pragma once

#include <QJsonObject>
#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace pc {

class RecordForm;

// The full record behind a table row (GET /app_offerings/:id or
// /app_instances/:id): every field readable and selectable, known fields in a
// fixed order with human labels, anything this client does not know under
// "Other fields", and the record exactly as received one shortcut away.
//
// Value widgets are named "value_<api field>" (value_service_instance, …) so
// tests and accessibility tools can find them.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    enum class RecordKind { Offering, Instance };

    explicit DetailPane(QWidget *parent = nullptr);

    // "Loading offering #12…" until showRecord() or showError().
    void showLoading(RecordKind kind, qint64 id);
    void showRecord(RecordKind kind, const QJsonObject &record);
    // A banner with `message`; the last record shown stays visible below it.
    void showError(const QString &message);
    void clear();

    // The last record given to showRecord(); empty after clear().
    QJsonObject record() const { return m_record; }
    RecordKind recordKind() const { return m_kind; }
    // The record as indented JSON, with every field the server sent.
    QString recordAsJson() const;
    void copyAsJson();
    // Ctrl+Shift+C while focus is in the pane; enabled while a record is shown.
    QAction *copyAction() const { return m_copyAction; }

Q_SIGNALS:
    // Esc inside the pane or the header's close button.
    void closeRequested();

protected:
    // Esc closes the pane. A key handler, not a shortcut: inside the main
    // window Esc is the window's Back action, which closes the pane first.
    void keyPressEvent(QKeyEvent *event) override;

    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The pane's texts and what it shows (the record, its loading, its
    // error) in the language installed now; the record keeps its scroll position.
    void retranslate();
    QString errorText() const;
    void setupHeader(QWidget *header);
    void setupBanner();
    void setupStack();
    void updateLabelColumn();
    void rebuildForm();
    void dropForm();
    void setHeader(const QString &title, const QString &subtitle);
    void showPlaceholder(const QString &text);

    QJsonObject m_record;
    RecordKind m_kind = RecordKind::Offering;
    bool m_hasRecord = false;
    RecordKind m_pendingKind = RecordKind::Offering;
    qint64 m_pendingId = -1; // the id showLoading() announced, -1 when none
    // The error shown: the server's message, and the record it was about (-1: none).
    QString m_errorMessage;
    RecordKind m_failedKind = RecordKind::Offering;
    qint64 m_failedId = -1;

    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_copyButton;
    QToolButton *m_closeButton;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    RecordForm *m_form = nullptr; // the fields of the record shown, null when none
    QAction *m_copyAction;
};

} // namespace pc
