#pragma once

#include "app/editing/offeringedit.h"

#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace pc {

class ActionJournal;
class ApiClient;
class ConflictDialog;
class DraftStore;
class OfferingFields;
class OfferingSave;

// The form for one app offering, in its own window: every writable field
// with its control, its rule and its message as the user types; Save
// (Ctrl+S) reviews the changes, checks for a colleague's save first and
// keeps the form intact whatever the server or the network does. A draft is
// written to disk every few seconds while it has unsaved changes.
class OfferingForm : public QWidget
{
    Q_OBJECT

public:
    struct Context
    {
        ApiClient *client = nullptr;
        ActionJournal *journal = nullptr;
        DraftStore *drafts = nullptr;
        QString scope;   // the connection, for the drafts ("wdc@api.xurrent.com")
        QString account; // for a new offering's default reference
    };

    // A new offering.
    OfferingForm(const Context &context, QWidget *parent = nullptr);
    // An existing offering: the form loads it (GET /app_offerings/:id) first.
    OfferingForm(const Context &context, qint64 id, QWidget *parent = nullptr);
    // A draft from an earlier session, restored as it was.
    OfferingForm(const Context &context, const QString &draftKey, const QJsonObject &draft,
                 QWidget *parent = nullptr);
    ~OfferingForm() override;

    qint64 offeringId() const { return m_edit.id(); }
    const OfferingEdit &edit() const { return m_edit; }
    bool isLoaded() const { return m_loaded; }
    bool isDirty() const;
    bool isSaving() const;
    QString draftKey() const { return m_draftKey; }

    // For tests and the window: the control of a field (QLineEdit,
    // QPlainTextEdit, QComboBox, QCheckBox or ReferencePicker), its message
    // line and its counter.
    QWidget *control(const QString &field) const;
    QLabel *messageLabel(const QString &field) const;
    QLabel *counterLabel(const QString &field) const;
    QLabel *previewLabel(const QString &field) const;
    QLabel *banner() const { return m_banner; }
    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *cancelSaveButton() const { return m_cancelSaveButton; }
    OfferingSave *saver() const { return m_saver; }
    // The review or the conflict dialog while one is open.
    QWidget *openDialog() const { return m_dialog; }

    // Ctrl+S: checks the form, shows the review (unless turned off), then saves.
    void save();
    // Saves again what failed, without the review.
    void retry();
    // Writes the draft now (the timer does it every few seconds).
    void writeDraft();
    // Closes without asking, dropping the unsaved changes and the draft.
    void discard();

    static bool reviewBeforeSaving();
    static void setReviewBeforeSaving(bool on);

Q_SIGNALS:
    // The server's record after a save (for the table).
    void saved(const QJsonObject &record);
    void dirtyChanged(bool dirty);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    OfferingForm(const Context &context, QWidget *parent, int);
    void buildUi();
    void retranslateButtons();
    void showInfo();
    void load(qint64 id);
    void showValues();
    void onControlEdited(const QString &field, const QJsonValue &value);
    void touch(const QString &field);
    void refresh();
    void focusField(const QString &field);
    void focusFirstOf(const QMap<QString, QString> &fields);
    void showBanner(const QString &text, const QString &kind, bool offerRetry = false);
    void startSave();
    void onSaved(const QJsonObject &record);
    void onFailed(const ApiError &error);
    void onConflict(const QJsonObject &server);
    void alreadySaved(const QJsonObject &server, const QString &message);
    void lookForCreatedOffering();
    void setEditable(bool editable);
    void updateTitle();
    QString displayName() const;

    Context m_context;
    OfferingEdit m_edit;
    QJsonObject m_record; // as the server last sent it (the read-only fields)
    QString m_draftKey;
    bool m_loaded = false;
    bool m_showAllMessages = false; // after a save attempt: every problem, not only touched fields
    bool m_closeAfterSave = false;
    bool m_closeConfirmed = false;
    bool m_wasDirty = false;
    bool m_ownsDraft = false;                // this form wrote (or restored) the draft under its key
    bool m_createOutcomeUnknown = false;     // a POST whose answer was lost: it may exist
    QMap<QString, QString> m_serverMessages; // a 422's, until the field is edited
    QStringList m_touched;
    QString m_lastEdited; // the field the user changed last, kept in the draft
    QLabel *m_banner = nullptr;
    QLabel *m_readOnlyInfo = nullptr;
    QLabel *m_changesLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelSaveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QScrollArea *m_scroll = nullptr;
    OfferingFields *m_fields = nullptr;
    OfferingSave *m_saver = nullptr;
    QTimer *m_draftTimer = nullptr;
    QPointer<QWidget> m_dialog;
};

} // namespace pc
