#include "ui/shell/offeringforms.h"
#include "app/models/offeringsmodel.h"

#include "app/journal/journalmodel.h"
#include "app/net/apiclient.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::OfferingForms).
class OfferingForms { Q_OBJECT };
#endif

OfferingForms::OfferingForms(ApiClient *client, ActionJournal *journal, OfferingsModel *offerings,
                             JournalModel *journalModel, QMainWindow *window)
    : QObject(window)
    , m_client(client)
    , m_journal(journal)
    , m_offerings(offerings)
    , m_journalModel(journalModel)
    , m_window(window)
{}

QString OfferingForms::draftScope() const
{
    const QUrl base = m_client->settings().baseUrl;
    return QStringLiteral("%1@%2").arg(
        m_client->settings().account,
        base.port() > 0 ? QStringLiteral("%1:%2").arg(base.host()).arg(base.port()) : base.host());
}

OfferingForm::Context OfferingForms::formContext()
{
    return {m_client, m_journal, &m_drafts, draftScope(), m_client->settings().account};
}

bool OfferingForms::isDraftOpen(const QString &key) const
{
    const QList<OfferingForm *> open = forms();
    return std::any_of(open.begin(), open.end(),
                       [&key](const OfferingForm *form) { return form->draftKey() == key; });
}

QList<OfferingForm *> OfferingForms::forms() const
{
    return m_window->findChildren<OfferingForm *>(QString(), Qt::FindDirectChildrenOnly);
}

OfferingForm *OfferingForms::addForm(OfferingForm *form)
{
    // Each save shows in the table and the journal at once.
    connect(form, &OfferingForm::saved, m_offerings, &OfferingsModel::upsertFromServer);
    connect(form, &OfferingForm::saved, m_journalModel, &JournalModel::reload);
    connect(form, &OfferingForm::saved, this, &OfferingForms::saved);
    form->show();
    form->raise();
    form->activateWindow();
    return form;
}

OfferingForm *OfferingForms::newOffering()
{
    if (m_readOnly)
        return nullptr;
    const OfferingForm::Context context = formContext();
    return addForm(new OfferingForm(context, m_window));
}

OfferingForm *OfferingForms::editOffering(qint64 id)
{
    if (m_readOnly)
        return nullptr;
    for (OfferingForm *form : forms()) {
        if (form->offeringId() == id || form->draftKey() == QStringLiteral("offering-%1").arg(id)) {
            form->show();
            form->raise();
            form->activateWindow();
            return form;
        }
    }
    const OfferingForm::Context context = formContext();
    // Unsaved work on this offering from an earlier session comes first: the
    // form opens on the draft (its save checks the server's version anyway).
    const QString key = QStringLiteral("offering-%1").arg(id);
    for (const DraftStore::Draft &draft : m_drafts.drafts(draftScope())) {
        if (draft.key == key) {
            OfferingForm *form = addForm(new OfferingForm(context, draft.key, draft.content, m_window));
            updateDraftsBar();
            return form;
        }
    }
    return addForm(new OfferingForm(context, id, m_window));
}

void OfferingForms::offerEarlierDrafts()
{
    if (m_draftsBar)
        return;
    const int count = static_cast<int>(m_drafts.drafts(draftScope()).size());
    if (count == 0)
        return;
    m_draftsBar = new QFrame(m_window);
    m_draftsBar->setObjectName(QStringLiteral("draftsBar"));
    m_draftsBar->setStyleSheet(
        QStringLiteral("#draftsBar { background:#fff7e0; border-bottom:1px solid #e8d08a; }"));
    m_draftsText = new QLabel(m_draftsBar);
    auto *label = m_draftsText;
    auto *restore = new QPushButton(m_draftsBar);
    restore->setObjectName(QStringLiteral("restoreDrafts"));
    auto *discard = new QPushButton(m_draftsBar);
    discard->setObjectName(QStringLiteral("discardDrafts"));
    connect(restore, &QPushButton::clicked, this, &OfferingForms::restoreDrafts);
    connect(discard, &QPushButton::clicked, this, &OfferingForms::discardDrafts);
    auto *layout = new QHBoxLayout(m_draftsBar);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(label, 1);
    layout->addWidget(restore);
    layout->addWidget(discard);
    static_cast<QVBoxLayout *>(m_window->centralWidget()->layout())->insertWidget(0, m_draftsBar);
    m_draftsCount = count;
    retranslate();
}

void OfferingForms::retranslate()
{
    if (!m_draftsBar)
        return;
    m_draftsText->setText(tr("Unsaved offering forms from an earlier session: %1. Nothing of them was sent.")
                              .arg(m_draftsCount));
    m_draftsBar->findChild<QPushButton *>(QStringLiteral("restoreDrafts"))->setText(tr("Re&store"));
    m_draftsBar->findChild<QPushButton *>(QStringLiteral("discardDrafts"))->setText(tr("&Discard them"));
}

void OfferingForms::removeDraftsBar()
{
    if (!m_draftsBar)
        return;
    m_draftsBar->deleteLater();
    m_draftsBar = nullptr;
}

void OfferingForms::updateDraftsBar()
{
    if (!m_draftsBar)
        return;
    for (const DraftStore::Draft &draft : m_drafts.drafts(draftScope())) {
        if (!isDraftOpen(draft.key))
            return; // still something to offer
    }
    removeDraftsBar();
}

void OfferingForms::restoreDrafts()
{
    if (m_readOnly)
        return;
    const OfferingForm::Context context = formContext();
    for (const DraftStore::Draft &draft : m_drafts.drafts(draftScope())) {
        if (!isDraftOpen(draft.key))
            addForm(new OfferingForm(context, draft.key, draft.content, m_window));
    }
    removeDraftsBar();
}

void OfferingForms::discardDrafts()
{
    for (const DraftStore::Draft &draft : m_drafts.drafts(draftScope())) {
        if (!isDraftOpen(draft.key))
            m_drafts.remove(draftScope(), draft.key);
    }
    removeDraftsBar();
    m_window->statusBar()->showMessage(tr("The drafts were discarded."), 5000);
}

void OfferingForms::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (OfferingForm *form : forms())
        form->close();
    if (m_draftsBar) // drafts wait for a profile that can save them
        m_draftsBar->setVisible(!readOnly);
}

bool OfferingForms::mayCloseWindow()
{
    for (OfferingForm *form : forms()) {
        if (form->isSaving()) {
            // Its write may land any moment: the form must see the answer (and
            // journal it) before anything goes away.
            m_window->statusBar()->showMessage(
                tr("An offering is being saved; close again when its answer has arrived."), 8000);
            form->raise();
            Q_EMIT closeDeclined();
            return false;
        }
    }
    QList<QPointer<OfferingForm>> dirty;
    for (OfferingForm *form : forms()) {
        if (form->isDirty())
            dirty.append(form);
    }
    if (dirty.isEmpty() || m_quitConfirmed)
        return true;
    askAboutDirtyForms(dirty);
    return false;
}

void OfferingForms::askAboutDirtyForms(const QList<QPointer<OfferingForm>> &dirty)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved offering forms"),
                                tr("Offering forms with unsaved changes: %1.").arg(dirty.size()),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("quitWithDirtyForms"));
    box->setInformativeText(tr("Quit and keep them as drafts (offered back at the next start), discard "
                               "them, or go back to them."));
    QPushButton *keep = box->addButton(tr("&Keep as drafts and quit"), QMessageBox::AcceptRole);
    QPushButton *drop = box->addButton(tr("&Discard and quit"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, keep, drop, dirty] {
        if (box->clickedButton() != keep && box->clickedButton() != drop) {
            Q_EMIT closeDeclined();
            for (const QPointer<OfferingForm> &form : dirty) {
                if (form) { // a form may have saved and closed meanwhile
                    form->raise();
                    form->activateWindow();
                    break;
                }
            }
            return;
        }
        for (OfferingForm *form : forms()) {
            if (box->clickedButton() == keep)
                form->writeDraft();
            else
                m_drafts.remove(draftScope(), form->draftKey());
        }
        m_quitConfirmed = true;
        QTimer::singleShot(0, m_window, &QWidget::close);
    });
    box->open();
}

void OfferingForms::closeWithWindow()
{
    // Forms go with the window; their drafts (if any) stay on disk.
    for (OfferingForm *form : forms()) {
        if (form->isDirty())
            form->writeDraft();
        form->hide();
    }
}

} // namespace pc
