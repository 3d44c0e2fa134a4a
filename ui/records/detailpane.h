#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QAction;
class QGridLayout;
class QJsonValue;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace pc {

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

private:
    void updateLabelColumn();
    void rebuildForm();
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
    void setHeader(const QString &title, const QString &subtitle);
    void showPlaceholder(const QString &text);

    QJsonObject m_record;
    RecordKind m_kind = RecordKind::Offering;
    bool m_hasRecord = false;
    RecordKind m_pendingKind = RecordKind::Offering;
    qint64 m_pendingId = -1; // the id showLoading() announced, -1 when none

    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_copyButton;
    QToolButton *m_closeButton;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QWidget *m_form = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_rowLabels; // the label column of m_grid
    QAction *m_copyAction;
};

} // namespace pc
