#include "ui/editing/offeringform.h"

#include "app/journal/actionjournal.h"
#include "app/net/apiclient.h"
#include "ui/editing/conflictdialog.h"
#include "app/editing/draftstore.h"
#include "app/editing/offeringrules.h"
#include "app/editing/offeringsave.h"
#include "ui/editing/referencepicker.h"
#include "app/records/timestamp.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QVBoxLayout>

namespace pc {

namespace {

constexpr int DraftIntervalMs = 3000;
constexpr qint64 MaxPictureBytes = 2 * 1024 * 1024;
// The account the URI templates are previewed for.
const QString &sampleAccount()
{
    static const QString account = QStringLiteral("acme");
    return account;
}

QString humanMinutes(qint64 minutes)
{
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 rest = minutes % 60;
    QStringList parts;
    if (days)
        parts.append(OfferingForm::tr("%1 d").arg(days));
    if (hours)
        parts.append(OfferingForm::tr("%1 h").arg(hours));
    if (rest || parts.isEmpty())
        parts.append(OfferingForm::tr("%1 min").arg(rest));
    return parts.join(QLatin1Char(' '));
}

// Highlights every {account} of a template for a label (rich text).
QString highlighted(const QString &text, const QString &placeholder, const QString &replacement)
{
    const QString mark = QStringLiteral("<span style=\"background:#fde68a;color:#1f2937\">%1</span>");
    QStringList pieces = text.split(placeholder);
    for (QString &piece : pieces)
        piece = piece.toHtmlEscaped();
    return pieces.join(mark.arg(replacement.toHtmlEscaped()));
}

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
    , m_pictureTimer(new QTimer(this))
    , m_pictureNetwork(new QNetworkAccessManager(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("offeringForm"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/provider-console.svg")));
    resize(860, 780);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftIntervalMs);
    connect(m_draftTimer, &QTimer::timeout, this, &OfferingForm::writeDraft);
    m_pictureTimer->setSingleShot(true);
    m_pictureTimer->setInterval(600); // not a request per keystroke
    connect(m_pictureTimer, &QTimer::timeout, this, &OfferingForm::updatePicturePreview);
    // Pictures come from wherever the provider hosts them: a network manager
    // of their own, so the API token can never go with them.
    m_pictureNetwork->setTransferTimeout(10000);
    if (context.client->settings().proxy)
        m_pictureNetwork->setProxy(*context.client->settings().proxy);
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
}

OfferingForm::OfferingForm(const Context &context, qint64 id, QWidget *parent)
    : OfferingForm(context, parent, 0)
{
    m_draftKey = QStringLiteral("offering-%1").arg(id);
    load(id);
}

OfferingForm::OfferingForm(const Context &context, const QString &draftKey, const QJsonObject &draft, QWidget *parent)
    : OfferingForm(context, parent, 0)
{
    m_draftKey = draftKey;
    m_ownsDraft = true;
    m_edit = OfferingEdit::fromDraft(draft);
    m_record = draft.value(QStringLiteral("record")).toObject();
    m_loaded = true;
    m_touched = m_edit.changedFields();
    showValues();
    showBanner(tr("Restored from a draft saved before the console last stopped. Nothing of it has been sent yet."),
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
    m_retryButton = new QPushButton(tr("&Retry"), this);
    m_retryButton->hide();
    connect(m_retryButton, &QPushButton::clicked, this, &OfferingForm::retry);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_retryButton, 0, Qt::AlignTop);

    m_readOnlyInfo = new QLabel(this);
    m_readOnlyInfo->setObjectName(QStringLiteral("readOnlyInfo"));
    m_readOnlyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyInfo->setWordWrap(true);

    m_fieldsPanel = new QWidget;
    auto *grid = new QGridLayout(m_fieldsPanel);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    int row = 0;
    QWidget *previous = nullptr;
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        QWidget *control = createControl(rule.field);
        control->setObjectName(rule.field);
        m_controls.insert(rule.field, control);
        auto *label = new QLabel(OfferingRules::label(rule.field) + (rule.required ? QStringLiteral(" *") : QString()),
                                 m_fieldsPanel);
        label->setBuddy(control);
        control->setAccessibleName(OfferingRules::label(rule.field));
        control->setAccessibleDescription(rule.hint);
        auto *counter = new QLabel(m_fieldsPanel);
        counter->setObjectName(rule.field + QStringLiteral("Counter"));
        counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
        counter->setMinimumWidth(90);
        if (rule.maxLength > 0 && rule.maxLength <= 65535)
            m_counters.insert(rule.field, counter);
        auto *hint = new QLabel(rule.hint, m_fieldsPanel);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
        auto *message = new QLabel(m_fieldsPanel);
        message->setObjectName(rule.field + QStringLiteral("Message"));
        message->setWordWrap(true);
        message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: 600;"));
        message->hide();
        m_messages.insert(rule.field, message);
        auto *preview = new QLabel(m_fieldsPanel);
        preview->setObjectName(rule.field + QStringLiteral("Preview"));
        preview->setWordWrap(true);
        preview->setTextFormat(Qt::RichText);
        preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
        preview->hide();
        m_previews.insert(rule.field, preview);

        grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(control, row, 1);
        grid->addWidget(counter, row, 2);
        grid->addWidget(message, row + 1, 1, 1, 2);
        grid->addWidget(preview, row + 2, 1, 1, 2);
        grid->addWidget(hint, row + 3, 1, 1, 2);
        if (rule.field == QLatin1String("picture_uri")) {
            m_pictureImage = new QLabel(m_fieldsPanel);
            m_pictureImage->setObjectName(QStringLiteral("picturePreview"));
            m_pictureImage->setFixedSize(96, 96);
            m_pictureImage->setAlignment(Qt::AlignCenter);
            m_pictureImage->setStyleSheet(QStringLiteral("border: 1px solid palette(mid);"));
            m_pictureImage->hide();
            grid->addWidget(m_pictureImage, row + 4, 1, Qt::AlignLeft);
            ++row;
        }
        grid->setRowMinimumHeight(row + 3, 0);
        row += 4;
        QWidget *focusable = control->focusProxy() ? control->focusProxy() : control;
        if (previous)
            setTabOrder(previous, focusable);
        previous = focusable;
    }
    grid->setRowStretch(row, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_fieldsPanel);

    m_changesLabel = new QLabel(this);
    m_changesLabel->setObjectName(QStringLiteral("changesLabel"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setToolTip(tr("Save (Ctrl+S)"));
    m_saveButton->setDefault(false);
    m_cancelSaveButton = new QPushButton(tr("Cancel saving"), this);
    m_cancelSaveButton->setToolTip(tr("Stop the save; what the server already received may still be applied"));
    m_cancelSaveButton->hide();
    connect(m_cancelSaveButton, &QPushButton::clicked, m_saver, &OfferingSave::cancel);
    connect(m_saver, &OfferingSave::stageChanged, this, [this](OfferingSave::Stage stage) {
        m_cancelSaveButton->setVisible(stage != OfferingSave::Stage::Idle);
    });
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setToolTip(tr("Close (Esc); asks when there are unsaved changes"));
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

    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveOffering"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &OfferingForm::save);
    addAction(saveAction);
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
}

QWidget *OfferingForm::createControl(const QString &field)
{
    const OfferingRules::Field *rule = OfferingRules::field(field);
    switch (rule->kind) {
    case OfferingRules::Kind::LongText: {
        auto *edit = new QPlainTextEdit(m_fieldsPanel);
        edit->setTabChangesFocus(true); // a keyboard form: Tab moves on
        edit->setFixedHeight(field == QLatin1String("policy_jwt_audience") ? 56 : 110);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field, edit] {
            onControlEdited(field, edit->toPlainText());
        });
        return edit;
    }
    case OfferingRules::Kind::Enum: {
        auto *combo = new QComboBox(m_fieldsPanel);
        combo->addItem(tr("Choose an algorithm…"), QString());
        for (const QString &algorithm : OfferingRules::jwtAlgorithms())
            combo->addItem(tr("%1 — %2").arg(algorithm.toUpper(), OfferingRules::jwtAlgorithmDescription(algorithm)),
                           algorithm);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
            const QString value = combo->currentData().toString();
            onControlEdited(field, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
        });
        return combo;
    }
    case OfferingRules::Kind::Reference: {
        const bool versions = field == QLatin1String("ui_extension_version");
        auto *picker = new ReferencePicker(m_context.client,
                                           versions ? QStringLiteral("ui_extension_versions")
                                                    : QStringLiteral("service_instances"),
                                           !rule->required, m_fieldsPanel);
        connect(picker, &ReferencePicker::referenceChosen, this, [this, field](qint64 id, const QString &name) {
            if (m_updating)
                return;
            m_edit.setReference(field, id, name);
            if (!m_touched.contains(field))
                m_touched.append(field);
            m_serverMessages.remove(field);
            refresh();
        });
        return picker;
    }
    case OfferingRules::Kind::Boolean: {
        auto *box = new QCheckBox(tr("Disabled for new installations"), m_fieldsPanel);
        connect(box, &QCheckBox::toggled, this, [this, field](bool on) { onControlEdited(field, on); });
        return box;
    }
    case OfferingRules::Kind::Duration: {
        auto *edit = new QLineEdit(m_fieldsPanel);
        edit->setPlaceholderText(tr("minutes, e.g. 15 or 1:30"));
        edit->setMaximumWidth(220);
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            const QString trimmed = text.trimmed();
            bool number = false;
            const qint64 minutes = trimmed.toLongLong(&number);
            onControlEdited(field, trimmed.isEmpty() ? QJsonValue(QJsonValue::Null)
                                   : number         ? QJsonValue(minutes)
                                                    : QJsonValue(trimmed));
        });
        return edit;
    }
    case OfferingRules::Kind::Text:
    case OfferingRules::Kind::HttpsTemplate:
    case OfferingRules::Kind::Url:
        break;
    }
    auto *edit = new QLineEdit(m_fieldsPanel);
    if (rule->kind == OfferingRules::Kind::HttpsTemplate)
        edit->setPlaceholderText(QStringLiteral("https://example.com/hook?account={account}"));
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) { onControlEdited(field, text); });
    return edit;
}

void OfferingForm::load(qint64 id)
{
    setEditable(false);
    showBanner(tr("Loading offering %1…").arg(id), QStringLiteral("info"));
    ApiCall *call = m_context.client->get(QStringLiteral("app_offerings/%1").arg(id));
    connect(call, &ApiCall::finished, this, [this, id](const ApiResponse &response) {
        if (!response.isOk() || !response.json.isObject()) {
            showBanner(tr("The offering could not be loaded: %1").arg(response.error.message), QStringLiteral("error"),
                       true);
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
        // A draft of this offering from an earlier session wins over the
        // server's version only if the user says so (MainWindow offers it).
    });
}

void OfferingForm::showValues()
{
    m_updating = true;
    for (auto it = m_controls.begin(); it != m_controls.end(); ++it) {
        const QJsonValue value = m_edit.value(it.key());
        if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
            if (line->text() != text)
                line->setText(text);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(it.value())) {
            if (plain->toPlainText() != value.toString())
                plain->setPlainText(value.toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            const int index = combo->findData(value.toString());
            combo->setCurrentIndex(index < 0 ? 0 : index);
        } else if (auto *box = qobject_cast<QCheckBox *>(it.value())) {
            box->setChecked(value.toBool());
        } else if (auto *picker = qobject_cast<ReferencePicker *>(it.value())) {
            picker->setCurrent(value.toInteger(), m_edit.referenceName(it.key()));
        }
    }
    m_updating = false;

    if (m_edit.isNew()) {
        m_readOnlyInfo->setText(tr("A new offering: it is created when you save (Ctrl+S)."));
    } else {
        const QJsonArray attachments = m_record.value(QStringLiteral("attachments")).toArray();
        QStringList names;
        for (const QJsonValue &attachment : attachments) {
            const QJsonObject object = attachment.toObject();
            names.append(object.value(QStringLiteral("name")).toString(object.value(QStringLiteral("key")).toString()));
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
    refresh();
    updatePicturePreview();
}

void OfferingForm::onControlEdited(const QString &field, const QJsonValue &value)
{
    if (m_updating || !m_loaded)
        return;
    const QString referenceBefore = m_edit.value(QStringLiteral("reference")).toString();
    m_edit.setValue(field, value);
    if (!m_touched.contains(field))
        m_touched.append(field);
    m_serverMessages.remove(field);
    // The reference follows the name until it is edited by hand.
    const QString referenceNow = m_edit.value(QStringLiteral("reference")).toString();
    if (field == QLatin1String("name") && referenceNow != referenceBefore) {
        m_updating = true;
        qobject_cast<QLineEdit *>(m_controls.value(QStringLiteral("reference")))->setText(referenceNow);
        m_updating = false;
        m_serverMessages.remove(QStringLiteral("reference"));
    }
    if (field == QLatin1String("picture_uri"))
        m_pictureTimer->start();
    refresh();
}

void OfferingForm::refresh()
{
    const QMap<QString, QString> problems = m_edit.problems();
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        const QString &field = it.key();
        QString text = m_serverMessages.value(field);
        if (text.isEmpty() && (m_showAllMessages || m_touched.contains(field)))
            text = problems.value(field);
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        m_controls.value(field)->setProperty("invalid", !text.isEmpty());
        updateFieldExtras(field);
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

void OfferingForm::updateFieldExtras(const QString &field)
{
    const QJsonValue value = m_edit.value(field);
    if (QLabel *counter = m_counters.value(field)) {
        const OfferingRules::Field *rule = OfferingRules::field(field);
        const qsizetype count = OfferingRules::characterCount(value.toString());
        counter->setText(tr("%1 / %2").arg(QLocale().toString(count), QLocale().toString(rule->maxLength)));
        counter->setStyleSheet(count > rule->maxLength ? QStringLiteral("color: #c62828; font-weight: 600;")
                                                       : QStringLiteral("color: palette(mid);"));
    }
    QLabel *preview = m_previews.value(field);
    QString text;
    if (field == QLatin1String("webhook_uri_template") || field == QLatin1String("configuration_uri_template")) {
        const QString uri = value.toString().trimmed();
        if (!uri.isEmpty()) {
            const QString placeholder = QStringLiteral("{account}");
            text = uri.contains(placeholder)
                ? tr("Template: %1<br>For the account %2: %3")
                      .arg(highlighted(uri, placeholder, placeholder), sampleAccount(),
                           highlighted(uri, placeholder, sampleAccount()))
                : tr("No {account} in it: every customer account gets the same URL.").toHtmlEscaped();
        }
    } else if (field == QLatin1String("policy_jwt_claim_expires_in")) {
        static const QRegularExpression hoursMinutes(QStringLiteral("^(\\d{1,3}):([0-5]\\d)$"));
        qint64 minutes = -1;
        if (value.isDouble() && value.toInteger(-1) >= 0)
            minutes = value.toInteger();
        else if (const auto match = hoursMinutes.match(value.toString().trimmed()); match.hasMatch())
            minutes = match.captured(1).toLongLong() * 60 + match.captured(2).toLongLong();
        if (minutes >= 0)
            text = tr("= %1").arg(humanMinutes(minutes)).toHtmlEscaped();
    } else if (field == QLatin1String("reference")) {
        text = m_edit.isNew()
            ? tr("Follows the name until you edit it.").toHtmlEscaped()
            : tr("⚠ Once the offering is published the reference can no longer change.").toHtmlEscaped();
    }
    preview->setText(text);
    preview->setVisible(!text.isEmpty());
}

void OfferingForm::updatePicturePreview()
{
    if (m_pictureReply)
        m_pictureReply->abort();
    const QString uri = m_edit.value(QStringLiteral("picture_uri")).toString().trimmed();
    QLabel *note = m_previews.value(QStringLiteral("picture_uri"));
    auto show = [this, note](const QImage &image, const QString &message) {
        if (!image.isNull()) {
            m_pictureImage->setPixmap(QPixmap::fromImage(
                image.scaled(m_pictureImage->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            m_pictureImage->show();
        } else {
            m_pictureImage->clear();
            m_pictureImage->hide();
        }
        note->setText(message.toHtmlEscaped());
        note->setVisible(!message.isEmpty());
    };
    if (uri.isEmpty() || !OfferingRules::validate(QStringLiteral("picture_uri"), uri).isEmpty()) {
        show({}, QString());
        return;
    }
    if (uri.startsWith(QLatin1String("data:"))) {
        const qsizetype comma = uri.indexOf(QLatin1Char(','));
        const QByteArray data = comma < 0 ? QByteArray() : QByteArray::fromBase64(uri.mid(comma + 1).toLatin1());
        const QImage image = QImage::fromData(data);
        show(image, image.isNull() ? tr("The data URL is not a picture this console can show.") : QString());
        return;
    }
    show({}, tr("Loading the picture…"));
    QNetworkRequest request{QUrl(uri)};
    if (m_context.client->settings().sslConfiguration) // the same trusted CAs, never the token
        request.setSslConfiguration(*m_context.client->settings().sslConfiguration);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_pictureNetwork->get(request);
    m_pictureReply = reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxPictureBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, show] {
        reply->deleteLater();
        if (reply != m_pictureReply)
            return; // a newer URL was typed
        if (reply->error() != QNetworkReply::NoError) {
            show({}, reply->error() == QNetworkReply::OperationCanceledError
                         ? tr("No preview: the picture is larger than 2 MB or was replaced.")
                         : tr("No preview: %1").arg(reply->errorString()));
            return;
        }
        const QImage image = QImage::fromData(reply->readAll());
        show(image, image.isNull() ? tr("No preview: the link does not give a picture.") : QString());
    });
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
        {QStringLiteral("error"), QStringLiteral("background:#fdecea;color:#8a1c1c;border:1px solid #f5c2c0;")},
        {QStringLiteral("info"), QStringLiteral("background:#e8f1fb;color:#0b3d6e;border:1px solid #bcd6f3;")},
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
    m_fieldsPanel->setEnabled(editable);
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
        showBanner(tr("Not saved: %1 fields need fixing first (marked below).").arg(problems.size()),
                   QStringLiteral("error"));
        // The first one in form order gets the focus.
        for (const OfferingRules::Field &rule : OfferingRules::fields()) {
            if (problems.contains(rule.field)) {
                QWidget *control = m_controls.value(rule.field);
                m_scroll->ensureWidgetVisible(control);
                control->setFocus();
                break;
            }
        }
        return;
    }
    if (!isDirty()) {
        m_closeAfterSave = false;
        showBanner(tr("Nothing to save: no field has changed."), QStringLiteral("info"));
        return;
    }
    if (!reviewBeforeSaving()) {
        startSave();
        return;
    }
    // The review: each change as field: old → new, before anything is sent.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("saveReview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(m_edit.isNew() ? tr("Create this offering?") : tr("Save these changes?"));
    dialog->resize(720, 360);
    const auto changes = m_edit.changes();
    auto *intro = new QLabel(m_edit.isNew() ? tr("A new offering is created with these values (POST):")
                                            : tr("Only these fields are sent (PATCH); everything else stays as "
                                                 "the server has it:"),
                             dialog);
    auto *table = new QTableWidget(static_cast<int>(changes.size()), 3, dialog);
    table->setObjectName(QStringLiteral("reviewTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Now"), tr("After saving")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 170);
    table->setColumnWidth(1, 240);
    for (int row = 0; row < changes.size(); ++row) {
        const OfferingEdit::Change &change = changes.at(row);
        const QStringList cells{OfferingRules::label(change.field), change.before, change.after};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    auto *again = new QCheckBox(tr("Review the changes before every save"), dialog);
    again->setChecked(true);
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *confirm = buttons->addButton(m_edit.isNew() ? tr("&Create") : tr("&Save"),
                                              QDialogButtonBox::AcceptRole);
    confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(again);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, again] {
        if (!again->isChecked())
            setReviewBeforeSaving(false);
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
            QJsonObject server = answer.isOk() ? answer.json.object() : QJsonObject{{QStringLiteral("id"), id}};
            alreadySaved(server, tr("The offering had been created after all (ID %1); this form now edits it.").arg(id));
        });
    });
}

void OfferingForm::startSave()
{
    if (isSaving() || !m_edit.isValid() || !isDirty())
        return;
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
        for (const OfferingRules::Field &rule : OfferingRules::fields()) {
            if (messages.contains(rule.field)) {
                m_scroll->ensureWidgetVisible(m_controls.value(rule.field));
                m_controls.value(rule.field)->setFocus();
                break;
            }
        }
        return;
    }
    const bool outcomeUnknown = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || error.kind == ApiError::Kind::BadResponse || error.kind == ApiError::Kind::Cancelled;
    if (m_edit.isNew() && outcomeUnknown) {
        // The POST may have landed: never simply send it again.
        m_createOutcomeUnknown = true;
        showBanner(tr("The answer to the create request was lost: %1\nThe offering may or may not exist now. Retry "
                      "first looks for it by its reference and creates it only if it is not there.")
                       .arg(error.message),
                   QStringLiteral("error"), true);
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled) {
        showBanner(error.message + QLatin1Char('\n') + tr("Your changes are still here; saving again checks the "
                                                          "server's version first."),
                   QStringLiteral("info"), true);
        return;
    }
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        // The change may have landed with its answer lost: "not saved" could
        // be wrong. Retry checks first, and sees it if it did.
        showBanner(tr("The save did not complete: %1\nYour changes are kept; Retry checks the server's version "
                      "first, so nothing is sent twice.")
                       .arg(error.message),
                   QStringLiteral("error"), true);
        return;
    }
    if (error.httpStatus >= 200 && error.httpStatus < 300) {
        // The server answered success but its answer could not be read: the
        // save may have landed, so "not saved" would be wrong.
        showBanner(tr("%1\nYour values are kept; Retry compares them with the server's version first, so nothing "
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
    const bool theyChangedSomething = std::any_of(conflicts.begin(), conflicts.end(),
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
            showBanner(tr("Now showing the server's version; there is nothing left to save."), QStringLiteral("info"));
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
