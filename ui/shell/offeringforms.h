#pragma once

#include "app/editing/draftstore.h"
#include "ui/editing/offeringform.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QLabel;
class QMainWindow;
class QWidget;

namespace pc {

class ActionJournal;
class ApiClient;
class JournalModel;
class OfferingsModel;

// The offering forms of a window and the drafts they leave behind: opens a
// form once per offering, offers the drafts of an earlier session in a bar
// above the areas, and holds the window open while a form still needs an
// answer. The window's own job (areas, menus, status) stays in MainWindow.
class OfferingForms : public QObject
{
    Q_OBJECT

public:
    // The forms are `window`'s children; a save shows in `offerings` and
    // `journalModel` at once.
    OfferingForms(ApiClient *client, ActionJournal *journal, OfferingsModel *offerings,
                  JournalModel *journalModel, QMainWindow *window);

    // nullptr on a read-only connection.
    OfferingForm *newOffering();
    OfferingForm *editOffering(qint64 id);
    QList<OfferingForm *> forms() const;
    DraftStore *drafts() { return &m_drafts; }
    // "account@host": the connection the drafts belong to.
    QString draftScope() const;
    // Shows the bar offering the drafts of an earlier session when there are any.
    void offerEarlierDrafts();
    QWidget *draftsBar() const { return m_draftsBar; }
    // The drafts bar's texts in the language installed now (the window's
    // retranslate() calls it: the bar is the window's, this is no widget).
    void retranslate();
    void restoreDrafts();
    void discardDrafts();
    // Read-only: the forms close, and the drafts wait for a profile that can save them.
    void setReadOnly(bool readOnly);

    // Whether the window may close now: not while a form is being saved, nor
    // while the user is asked what becomes of unsaved forms (keeping or
    // discarding them closes the window again).
    bool mayCloseWindow();
    // The window closes: unsaved forms keep drafts, all forms go out of sight.
    void closeWithWindow();

Q_SIGNALS:
    // The user chose to stay, or a form's save is still on its way.
    void closeDeclined();
    // A form saved: the server's record.
    void saved(const QJsonObject &record);

private:
    OfferingForm *addForm(OfferingForm *form);
    OfferingForm::Context formContext();
    bool isDraftOpen(const QString &key) const; // a form shows that draft already
    void updateDraftsBar();
    void removeDraftsBar();
    void askAboutDirtyForms(const QList<QPointer<OfferingForm>> &dirty);

    ApiClient *m_client;
    ActionJournal *m_journal;
    OfferingsModel *m_offerings;
    JournalModel *m_journalModel;
    QMainWindow *m_window;
    DraftStore m_drafts;
    QWidget *m_draftsBar = nullptr;
    QLabel *m_draftsText = nullptr;
    int m_draftsCount = 0;
    bool m_quitConfirmed = false;
    bool m_readOnly = false;
};

} // namespace pc
