#include "ui/editing/offeringform.h"

#include "app/editing/draftstore.h"
#include "app/editing/offeringrules.h"
#include "app/editing/offeringsave.h"
#include "app/journal/actionjournal.h"
#include "app/net/apiclient.h"
#include "app/records/timestamp.h"
#include "ui/editing/conflictdialog.h"
#include "ui/editing/offeringfields.h"
#include "ui/editing/picturepreview.h"
#include "ui/editing/savereviewdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTime>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::OfferingForm).
class OfferingForm { Q_OBJECT };
#endif

namespace {

constexpr int DraftIntervalMs = 3000;

} // namespace

bool OfferingForm::reviewBeforeSaving()
{
    return QSettings().value(QStringLiteral("editing/reviewBeforeSaving"), true).toBool();
}

void OfferingForm::setReviewBeforeSaving(bool on)
{
    QSettings().setValue(QStringLiteral("editing/reviewBeforeSaving"), on);
}

OfferingForm::OfferingForm(const Context &context, QWidget *parent, int)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_edit({}, context.account)
    , m_saver(new OfferingSave(context.client, context.journal, this))
    , m_draftTimer(new QTimer(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("offeringForm"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/provider-console.svg")));
    resize(860, 780);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftIntervalMs);
    connect(m_draftTimer, &QTimer::timeout, this, &OfferingForm::writeDraft);
    connect(m_saver, &OfferingSave::saved, this, &OfferingForm::onSaved);
    connect(m_saver, &OfferingSave::failed, this, &OfferingForm::onFailed);
    connect(m_saver, &OfferingSave::conflict, this, &OfferingForm::onConflict);
    connect(m_saver, &OfferingSave::waiting, this, [this](int seconds, ApiCall::WaitReason reason) {
        showBanner(reason == ApiCall::WaitReason::RateLimit
                       ? tr("Waiting %1 s for the API rate limit before saving…").arg(seconds)
                       : tr("The server did not answer properly; trying again in %1 s…").arg(seconds),
                   QStringLiteral("info"));
    });
    buildUi();
}

OfferingForm::OfferingForm(const Context &context, QWidget *parent)
    : OfferingForm(context, parent, 0)
{
    m_draftKey = QStringLiteral("new-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_loaded = true;
    showValues();
    focusField(OfferingRules::fields().first().field);
}

OfferingForm::OfferingForm(const Context &context, qint64 id, QWidget *parent)
    : OfferingForm(context, parent, 0)
{
    m_draftKey = QStringLiteral("offering-%1").arg(id);
    load(id);
}

OfferingForm::OfferingForm(const Context &context, const QString &draftKey, const QJsonObject &draft,
                           QWidget *parent)
    : OfferingForm(context, parent, 0)
{
    m_draftKey = draftKey;
    m_ownsDraft = true;
    m_edit = OfferingEdit::fromDraft(draft);
    m_record = draft.value(QStringLiteral("record")).toObject();
    m_loaded = true;
    m_touched = m_edit.changedFields();
    showValues();
    // Back where the user was: the field they last changed (the draft says
    // which; a draft from an older version does not).
    m_lastEdited = draft.value(QStringLiteral("lastEdited")).toString();
    focusField(m_fields->control(m_lastEdited) ? m_lastEdited : OfferingRules::fields().first().field);
    showBanner(
        tr("Restored from a draft saved before the console last stopped. Nothing of it has been sent yet."),
        QStringLiteral("info"));
}

OfferingForm::~OfferingForm() = default;

void OfferingForm::buildUi()
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_retryButton = new QPushButton(this); // the texts of the form: retranslate()
    m_retryButton->hide();
    connect(m_retryButton, &QPushButton::clicked, this, &OfferingForm::retry);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_retryButton, 0, Qt::AlignTop);

    m_readOnlyInfo = new QLabel(this);
    m_readOnlyInfo->setObjectName(QStringLiteral("readOnlyInfo"));
    m_readOnlyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyInfo->setWordWrap(true);

    m_fields = new OfferingFields(m_context.client);
    connect(m_fields, &OfferingFields::edited, this, &OfferingForm::onControlEdited);
    connect(m_fields, &OfferingFields::referenceChosen, this,
            [this](const QString &field, qint64 id, const QString &name) {
                m_edit.setReference(field, id, name);
                touch(field);
                refresh();
            });

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_fields);
    // Not a Tab stop of its own: Tab goes from field to field, and each
    // scrolls into view as it takes the focus.
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_changesLabel = new QLabel(this);
    m_changesLabel->setObjectName(QStringLiteral("changesLabel"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setDefault(false);
    m_cancelSaveButton = new QPushButton(this);
    m_cancelSaveButton->hide();
    connect(m_cancelSaveButton, &QPushButton::clicked, m_saver, &OfferingSave::cancel);
    connect(m_saver, &OfferingSave::stageChanged, this, [this](OfferingSave::Stage stage) {
        m_cancelSaveButton->setVisible(stage != OfferingSave::Stage::Idle);
    });
    m_closeButton = new QPushButton(this);
    connect(m_saveButton, &QPushButton::clicked, this, &OfferingForm::save);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changesLabel, 1);
    buttons->addWidget(m_cancelSaveButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addWidget(m_readOnlyInfo);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveOffering"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &OfferingForm::save);
    addAction(m_saveAction);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(m_closeAction);
    retranslateButtons();
}

void OfferingForm::retranslateButtons()
{
    m_retryButton->setText(tr("&Retry"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save (Ctrl+S)"));
    m_cancelSaveButton->setText(tr("Cancel saving"));
    m_cancelSaveButton->setToolTip(
        tr("Stop the save; what the server already received may still be applied"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setToolTip(tr("Close (Esc); asks when there are unsaved changes"));
    m_saveAction->setText(tr("Save"));
    m_closeAction->setText(tr("Close"));
}

// The form's texts in the language installed now. What is typed, the
// focus, the messages at the fields (but the server's, said in its own
// words) and the draft stay; the banner keeps the words its event was told in.
void OfferingForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateButtons();
        if (m_loaded) {
            showInfo();
            refresh();
        }
    }
    QWidget::changeEvent(event);
}

void OfferingForm::load(qint64 id)
{
    setEditable(false);
    showBanner(tr("Loading offering %1…").arg(id), QStringLiteral("info"));
    ApiCall *call = m_context.client->get(QStringLiteral("app_offerings/%1").arg(id));
    connect(call, &ApiCall::finished, this, [this, id](const ApiResponse &response) {
        if (!response.isOk() || !response.json.isObject()) {
            showBanner(tr("The offering could not be loaded: %1").arg(response.error.message),
                       QStringLiteral("error"), true);
            m_retryButton->setProperty("reloadId", id);
            return;
        }
        m_record = response.json.object();
        m_edit = OfferingEdit(m_record, m_context.account);
        m_loaded = true;
        setEditable(true);
        m_banner->hide();
        m_retryButton->hide();
        showValues();
        // The fields were disabled while loading (the focus went to the
        // scroll area): now it goes to the first one, unless the user has
        // already put it in a field.
        QWidget *focused = focusWidget();
        if (!focused || !m_fields->isAncestorOf(focused))
            focusField(OfferingRules::fields().first().field);
        // A draft of this offering from an earlier session wins over the
        // server's version only if the user says so (MainWindow offers it).
    });
}

void OfferingForm::showValues()
{
    m_fields->showValues(m_edit);
    showInfo();
    refresh();
}

// The line of what cannot be edited: the id, the times, the attachments.
void OfferingForm::showInfo()
{
    if (m_edit.isNew()) {
        m_readOnlyInfo->setText(tr("A new offering: it is created when you save (Ctrl+S)."));
    } else {
        const QJsonArray attachments = m_record.value(QStringLiteral("attachments")).toArray();
        QStringList names;
        for (const QJsonValue &attachment : attachments) {
            const QJsonObject object = attachment.toObject();
            names.append(object.value(QStringLiteral("name"))
                             .toString(object.value(QStringLiteral("key")).toString()));
        }
        auto when = [this](const char *field) {
            const QDateTime time = parseApiTimestamp(m_record.value(QLatin1String(field)).toString());
            return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                                  : m_record.value(QLatin1String(field)).toString();
        };
        m_readOnlyInfo->setText(tr("ID %1 · created %2 · updated %3 · attachments: %4")
                                    .arg(m_edit.id())
                                    .arg(when("created_at"), when("updated_at"),
                                         names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }
}

void OfferingForm::onControlEdited(const QString &field, const QJsonValue &value)
{
    if (!m_loaded)
        return;
    const QString referenceBefore = m_edit.value(QStringLiteral("reference")).toString();
    m_edit.setValue(field, value);
    touch(field);
    // The reference follows the name until it is edited by hand.
    const QString referenceNow = m_edit.value(QStringLiteral("reference")).toString();
    if (field == QLatin1String("name") && referenceNow != referenceBefore) {
        m_fields->showValue(QStringLiteral("reference"), referenceNow);
        m_serverMessages.remove(QStringLiteral("reference"));
    }
    if (field == QLatin1String("picture_uri"))
        m_fields->picture()->setUriSoon(m_edit.value(field).toString());
    refresh();
}

// The user changed the field: its problems show from now on, and a
// server's message about its old value no longer applies.
void OfferingForm::touch(const QString &field)
{
    m_lastEdited = field;
    if (!m_touched.contains(field))
        m_touched.append(field);
    m_serverMessages.remove(field);
}

void OfferingForm::refresh()
{
    const QMap<QString, QString> problems = m_edit.problems();
    const QMap<QString, QString> warnings = m_edit.warnings();
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        QString text = m_serverMessages.value(rule.field);
        if (text.isEmpty() && (m_showAllMessages || m_touched.contains(rule.field)))
            text = problems.value(rule.field);
        if (text.isEmpty() && warnings.contains(rule.field)) // as it is typed, and on what was opened
            m_fields->showMessage(rule.field, warnings.value(rule.field),
                                  OfferingFields::MessageKind::Warning);
        else
            m_fields->showMessage(rule.field, text);
        m_fields->updateExtras(rule.field, m_edit);
    }
    const bool dirty = isDirty();
    const int changeCount = static_cast<int>(m_edit.changedFields().size());
    const bool valid = problems.isEmpty();
    m_saveButton->setEnabled(m_loaded && !isSaving() && dirty && valid);
    if (!m_loaded)
        m_changesLabel->clear();
    else if (!valid && dirty)
        m_changesLabel->setText(tr("Fields to fix before saving: %1").arg(problems.size()));
    else if (dirty)
        m_changesLabel->setText(tr("Unsaved changes: %1 · Ctrl+S saves").arg(changeCount));
    else
        m_changesLabel->setText(tr("No unsaved changes"));
    updateTitle();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    if (dirty && !m_draftTimer->isActive())
        m_draftTimer->start();
}

// What the user types as the form opens goes into the field: the focus is
// there, scrolled to.
void OfferingForm::focusField(const QString &field)
{
    QWidget *control = m_fields->control(field);
    if (!control)
        return;
    m_scroll->ensureWidgetVisible(control);
    control->setFocus(Qt::OtherFocusReason);
}

// The first field of `fields` in form order gets the focus, scrolled to.
void OfferingForm::focusFirstOf(const QMap<QString, QString> &fields)
{
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        if (fields.contains(rule.field)) {
            QWidget *control = m_fields->control(rule.field);
            m_scroll->ensureWidgetVisible(control);
            control->setFocus();
            return;
        }
    }
}

QWidget *OfferingForm::control(const QString &field) const
{
    return m_fields->control(field);
}

QLabel *OfferingForm::messageLabel(const QString &field) const
{
    return m_fields->messageLabel(field);
}

QLabel *OfferingForm::counterLabel(const QString &field) const
{
    return m_fields->counterLabel(field);
}

QLabel *OfferingForm::previewLabel(const QString &field) const
{
    return m_fields->previewLabel(field);
}

bool OfferingForm::isDirty() const
{
    return m_loaded && m_edit.isDirty();
}

bool OfferingForm::isSaving() const
{
    return m_saver->isBusy();
}

QString OfferingForm::displayName() const
{
    const QString name = m_edit.value(QStringLiteral("name")).toString();
    if (!name.isEmpty())
        return name;
    return m_edit.isNew() ? tr("New offering") : tr("Offering %1").arg(m_edit.id());
}

void OfferingForm::updateTitle()
{
    const QString title = m_edit.isNew() && m_edit.value(QStringLiteral("name")).toString().isEmpty()
                              ? tr("New offering")
                              : tr("Offering: %1").arg(displayName());
    setWindowTitle((isDirty() ? QStringLiteral("● ") : QString()) + title + tr(" — Provider Console"));
}

void OfferingForm::showBanner(const QString &text, const QString &kind, bool offerRetry)
{
    static const QMap<QString, QString> styles = {
        {QStringLiteral("error"),
         QStringLiteral("background:#fdecea;color:#8a1c1c;border:1px solid #f5c2c0;")},
        {QStringLiteral("info"),
         QStringLiteral("background:#e8f1fb;color:#0b3d6e;border:1px solid #bcd6f3;")},
        {QStringLiteral("ok"), QStringLiteral("background:#e7f6ec;color:#14532d;border:1px solid #b7e1c4;")},
    };
    m_banner->setStyleSheet(styles.value(kind) + QStringLiteral("padding:6px;border-radius:4px;"));
    m_banner->setProperty("kind", kind);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_retryButton->setVisible(offerRetry);
}

void OfferingForm::setEditable(bool editable)
{
    QWidget *focused = focusWidget();
    m_fields->setEnabled(editable);
    if (editable && focused)
        focused->setFocus();
    m_saveButton->setEnabled(editable && isDirty() && m_edit.isValid());
}

void OfferingForm::save()
{
    if (!m_loaded || isSaving() || m_dialog)
        return;
    if (!m_edit.isValid()) {
        m_closeAfterSave = false;
        m_showAllMessages = true;
        refresh();
        const QMap<QString, QString> problems = m_edit.problems();
        showBanner(tr("Not saved: %n field(s) need fixing first (marked below).", nullptr, int(problems.size())),
                   QStringLiteral("error"));
        focusFirstOf(problems);
        return;
    }
    if (!isDirty()) {
        m_closeAfterSave = false;
        showBanner(tr("Nothing to save: no field has changed."), QStringLiteral("info"));
        return;
    }
    // A value with a warning (a plain http webhook) is sent only once the
    // user has accepted it in the review, also when the review is off.
    const bool warned = !m_edit.warningsToAccept().isEmpty();
    if (!reviewBeforeSaving() && !warned) {
        startSave();
        return;
    }
    // The review: each change as field: old → new, before anything is sent.
    auto *dialog = new SaveReviewDialog(m_edit, reviewBeforeSaving(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->reviewAgain() != reviewBeforeSaving())
            setReviewBeforeSaving(dialog->reviewAgain());
        m_edit.acceptWarnings(); // the dialog's Save needs them accepted
        startSave();
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_closeAfterSave = false; });
    m_dialog = dialog;
    dialog->open();
}

void OfferingForm::retry()
{
    if (!m_loaded) {
        load(m_retryButton->property("reloadId").toLongLong());
        return;
    }
    if (m_createOutcomeUnknown) {
        lookForCreatedOffering();
        return;
    }
    startSave();
}

// A POST whose answer was lost may have created the offering. Its reference
// is unique, so it is looked up by that before anything is created again.
void OfferingForm::lookForCreatedOffering()
{
    const QString reference = m_edit.value(QStringLiteral("reference")).toString();
    setEditable(false);
    showBanner(tr("Looking for an offering with the reference %1 before creating it again…").arg(reference),
               QStringLiteral("info"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("reference"), reference);
    ApiCall *call = m_context.client->get(QStringLiteral("app_offerings"), query);
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        setEditable(true);
        if (!response.isOk()) {
            showBanner(tr("Whether the offering was created is still unknown: %1\nRetry looks again.")
                           .arg(response.error.message),
                       QStringLiteral("error"), true);
            return;
        }
        const QJsonArray found = response.json.array();
        m_createOutcomeUnknown = false;
        if (found.isEmpty()) {
            startSave(); // it was not created: create it now
            return;
        }
        // It was: the form becomes the form of that offering (its full record).
        const qint64 id = found.first().toObject().value(QStringLiteral("id")).toInteger();
        ApiCall *record = m_context.client->get(QStringLiteral("app_offerings/%1").arg(id));
        connect(record, &ApiCall::finished, this, [this, id](const ApiResponse &answer) {
            QJsonObject server =
                answer.isOk() ? answer.json.object() : QJsonObject{{QStringLiteral("id"), id}};
            alreadySaved(
                server,
                tr("The offering had been created after all (ID %1); this form now edits it.").arg(id));
        });
    });
}

void OfferingForm::startSave()
{
    if (isSaving() || !m_edit.isValid() || !isDirty())
        return;
    if (!m_edit.warningsToAccept().isEmpty()) { // changed since (a Retry, a merge): the review asks first
        save();
        return;
    }
    writeDraft(); // whatever happens next, the work is on disk
    m_retryButton->hide();
    showBanner(m_edit.isNew() ? tr("Creating the offering…") : tr("Checking for other changes, then saving…"),
               QStringLiteral("info"));
    setEditable(false);
    m_saver->start(m_edit);
}

void OfferingForm::onSaved(const QJsonObject &record)
{
    const QString oldKey = m_draftKey;
    m_record = record;
    m_edit = OfferingEdit(record, m_context.account);
    m_draftKey = QStringLiteral("offering-%1").arg(m_edit.id());
    if (m_context.drafts && m_ownsDraft) // this form's draft goes, never another's
        m_context.drafts->remove(m_context.scope, oldKey);
    m_ownsDraft = false;
    m_draftTimer->stop();
    m_touched.clear();
    m_serverMessages.clear();
    m_showAllMessages = false;
    setEditable(true);
    showValues();
    showBanner(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
               QStringLiteral("ok"));
    Q_EMIT saved(record);
    if (m_closeAfterSave) {
        m_closeConfirmed = true;
        close();
    }
}

void OfferingForm::alreadySaved(const QJsonObject &server, const QString &message)
{
    const bool closeAfter = m_closeAfterSave;
    m_closeAfterSave = false;
    onSaved(server);
    showBanner(message, QStringLiteral("ok"));
    if (closeAfter) {
        m_closeConfirmed = true;
        close();
    }
}

void OfferingForm::onFailed(const ApiError &error)
{
    m_closeAfterSave = false;
    setEditable(true);
    writeDraft();
    if (error.kind == ApiError::Kind::Validation) {
        QMap<QString, QString> messages = OfferingEdit::fieldMessages(error);
        const QString unmapped = messages.take(QString());
        m_serverMessages = messages;
        refresh();
        QString text = tr("The server did not accept the offering; nothing was saved.");
        if (!messages.isEmpty())
            text += QLatin1Char(' ') + tr("See the messages at the fields.");
        if (!unmapped.isEmpty())
            text += QLatin1Char('\n') + unmapped;
        showBanner(text, QStringLiteral("error"));
        focusFirstOf(messages);
        return;
    }
    const bool outcomeUnknown =
        error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
        error.kind == ApiError::Kind::BadResponse || error.kind == ApiError::Kind::Cancelled;
    if (m_edit.isNew() && outcomeUnknown) {
        // The POST may have landed: never simply send it again.
        m_createOutcomeUnknown = true;
        showBanner(
            tr("The answer to the create request was lost: %1\nThe offering may or may not exist now. Retry "
               "first looks for it by its reference and creates it only if it is not there.")
                .arg(error.message),
            QStringLiteral("error"), true);
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled) {
        showBanner(error.message + QLatin1Char('\n') +
                       tr("Your changes are still here; saving again checks the "
                          "server's version first."),
                   QStringLiteral("info"), true);
        return;
    }
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        // The change may have landed with its answer lost: "not saved" could
        // be wrong. Retry checks first, and sees it if it did.
        showBanner(
            tr("The save did not complete: %1\nYour changes are kept; Retry checks the server's version "
               "first, so nothing is sent twice.")
                .arg(error.message),
            QStringLiteral("error"), true);
        return;
    }
    if (error.httpStatus >= 200 && error.httpStatus < 300) {
        // The server answered success but its answer could not be read: the
        // save may have landed, so "not saved" would be wrong.
        showBanner(
            tr("%1\nYour values are kept; Retry compares them with the server's version first, so nothing "
               "is overwritten.")
                .arg(error.message),
            QStringLiteral("error"), true);
        return;
    }
    showBanner(tr("Not saved: %1\nYour changes are kept; Retry sends them again.").arg(error.message),
               QStringLiteral("error"), true);
}

void OfferingForm::onConflict(const QJsonObject &server)
{
    setEditable(true);
    const auto conflicts = m_edit.conflictsWith(server);
    const bool theyChangedSomething =
        std::any_of(conflicts.begin(), conflicts.end(),
                    [](const OfferingEdit::ConflictField &f) { return f.changedByThem; });
    if (!theyChangedSomething) {
        // Only fields this form does not edit changed (or the same change was
        // made on both sides): nothing to choose, nothing overwritten.
        m_edit.rebase(server, {});
        m_record = server;
        if (!isDirty()) { // the server already has every change (an earlier attempt landed)
            alreadySaved(server, tr("Already saved: the server has these values."));
            return;
        }
        startSave();
        return;
    }
    const QString openedName = m_edit.originalValue(QStringLiteral("name")).toString();
    auto *dialog = new ConflictDialog(openedName.isEmpty() ? displayName() : openedName, conflicts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog, server] {
        m_edit.rebase(server, dialog->picks());
        m_record = server;
        m_serverMessages.clear();
        showValues();
        if (isDirty() && m_edit.isValid()) {
            startSave();
        } else if (isDirty()) {
            showBanner(tr("Merged with the server's version; fix the marked fields, then save."),
                       QStringLiteral("error"));
        } else {
            m_closeAfterSave = false;
            if (m_context.drafts)
                m_context.drafts->remove(m_context.scope, m_draftKey);
            m_ownsDraft = false;
            Q_EMIT saved(server); // the table shows the server's version too
            showBanner(tr("Now showing the server's version; there is nothing left to save."),
                       QStringLiteral("info"));
        }
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_closeAfterSave = false;
        showBanner(tr("Not saved: someone else changed this offering. Save again to compare and choose."),
                   QStringLiteral("error"));
    });
    m_dialog = dialog;
    dialog->open();
}

void OfferingForm::writeDraft()
{
    m_draftTimer->stop();
    if (!m_context.drafts || !m_loaded)
        return;
    if (!isDirty()) {
        if (m_ownsDraft) // never a draft some other form (or session) left
            m_context.drafts->remove(m_context.scope, m_draftKey);
        m_ownsDraft = false;
        return;
    }
    QJsonObject draft = m_edit.toDraft();
    draft.insert(QStringLiteral("record"), m_record);
    // Where the form is opened again: the field the user last changed.
    if (!m_lastEdited.isEmpty())
        draft.insert(QStringLiteral("lastEdited"), m_lastEdited);
    QString error;
    if (m_context.drafts->save(m_context.scope, m_draftKey, draft, &error)) {
        m_ownsDraft = true;
    } else {
        // Beside the buttons: the banner may be showing a failed save and its Retry.
        m_changesLabel->setText(tr("⚠ The draft could not be written to disk: %1").arg(error));
    }
}

void OfferingForm::discard()
{
    if (m_context.drafts && m_ownsDraft)
        m_context.drafts->remove(m_context.scope, m_draftKey);
    m_closeConfirmed = true;
    close();
}

void OfferingForm::closeEvent(QCloseEvent *event)
{
    if (isSaving()) {
        event->ignore();
        m_closeAfterSave = true; // closes itself once saved; a failure keeps it open
        showBanner(tr("Saving… the form closes when the server has answered."), QStringLiteral("info"));
        return;
    }
    if (m_closeConfirmed || !isDirty()) {
        if (m_context.drafts && m_loaded && !isDirty() && m_ownsDraft)
            m_context.drafts->remove(m_context.scope, m_draftKey);
        event->accept();
        return;
    }
    event->ignore();
    if (m_dialog)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("%1 has unsaved changes.").arg(displayName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeDirtyForm"));
    box->setInformativeText(tr("Save them, discard them, or go back to the form."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        m_dialog = nullptr;
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save) {
            m_closeAfterSave = true;
            QTimer::singleShot(0, this, &OfferingForm::save);
        } else if (choice == QMessageBox::Discard) {
            QTimer::singleShot(0, this, &OfferingForm::discard);
        }
    });
    m_dialog = box;
    box->open();
}

} // namespace pc
