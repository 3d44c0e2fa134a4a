#include "ui/editing/offeringfields.h"

#include "app/editing/offeringedit.h"
#include "app/editing/offeringrules.h"
#include "ui/editing/picturepreview.h"
#include "ui/editing/referencepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::OfferingFields).
class OfferingFields { Q_OBJECT };
#endif

namespace {

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
        parts.append(OfferingFields::tr("%1 d").arg(days));
    if (hours)
        parts.append(OfferingFields::tr("%1 h").arg(hours));
    if (rest || parts.isEmpty())
        parts.append(OfferingFields::tr("%1 min").arg(rest));
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

// What the value of `field` means, as rich text for its preview line: a
// template for a sample account, a duration in days and hours. Empty: none.
QString previewText(const QString &field, const OfferingEdit &edit)
{
    const QJsonValue value = edit.value(field);
    if (field == QLatin1String("webhook_uri_template") ||
        field == QLatin1String("configuration_uri_template")) {
        const QString uri = value.toString().trimmed();
        if (uri.isEmpty())
            return {};
        const QString placeholder = QStringLiteral("{account}");
        return uri.contains(placeholder)
                   ? OfferingFields::tr("Template: %1<br>For the account %2: %3")
                         .arg(highlighted(uri, placeholder, placeholder), sampleAccount(),
                              highlighted(uri, placeholder, sampleAccount()))
                   : OfferingFields::tr("No {account} in it: every customer account gets the same URL.")
                         .toHtmlEscaped();
    }
    if (field == QLatin1String("policy_jwt_claim_expires_in")) {
        static const QRegularExpression hoursMinutes(QStringLiteral("^(\\d{1,3}):([0-5]\\d)$"));
        qint64 minutes = -1;
        if (value.isDouble() && value.toInteger(-1) >= 0)
            minutes = value.toInteger();
        else if (const auto match = hoursMinutes.match(value.toString().trimmed()); match.hasMatch())
            minutes = match.captured(1).toLongLong() * 60 + match.captured(2).toLongLong();
        return minutes >= 0 ? OfferingFields::tr("= %1").arg(humanMinutes(minutes)).toHtmlEscaped()
                            : QString();
    }
    if (field == QLatin1String("reference")) {
        return edit.isNew() ? OfferingFields::tr("Follows the name until you edit it.").toHtmlEscaped()
                            : OfferingFields::tr(
                                  "⚠ Once the offering is published the reference can no longer change.")
                                  .toHtmlEscaped();
    }
    return {};
}

QLabel *lineLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

OfferingFields::OfferingFields(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    int row = 0;
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        QWidget *control = createControl(rule.field);
        control->setObjectName(rule.field);
        m_controls.insert(rule.field, control);
        auto *label = new QLabel(this); // the texts: retranslate()
        label->setBuddy(control);
        m_labels.insert(rule.field, label);
        auto *counter = new QLabel(this);
        counter->setObjectName(rule.field + QStringLiteral("Counter"));
        counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
        counter->setMinimumWidth(90);
        // Every limited text but the picture (a link, or a data URL of up to 2 MB).
        if (rule.limit.isLimited() && rule.kind != OfferingRules::Kind::Url)
            m_counters.insert(rule.field, counter);
        auto *hint = new QLabel(this);
        m_hints.insert(rule.field, hint);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
        QLabel *message = lineLabel(rule.field + QStringLiteral("Message"), this);
        m_messages.insert(rule.field, message);
        // The picture link's preview line is the picture's own note.
        QWidget *previewRow = nullptr;
        if (rule.field == QLatin1String("picture_uri")) {
            m_picture = new PicturePreview(m_client, this);
            m_previews.insert(rule.field, m_picture->noteLabel());
            previewRow = m_picture;
        } else {
            QLabel *preview = lineLabel(rule.field + QStringLiteral("Preview"), this);
            preview->setTextFormat(Qt::RichText);
            preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_previews.insert(rule.field, preview);
            previewRow = preview;
        }

        grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(control, row, 1);
        grid->addWidget(counter, row, 2);
        grid->addWidget(message, row + 1, 1, 1, 2);
        grid->addWidget(previewRow, row + 2, 1, 1, 2);
        grid->addWidget(hint, row + 3, 1, 1, 2);
        row += 4;
        // Tab follows the order of creation, which is the screen's. (No
        // setTabOrder here: on the fields still without their window, a picker
        // put in the chain by its display cut the chain into a loop.)
    }
    grid->setRowStretch(row, 1);
    retranslate();
}

// The labels, hints and choices in the language installed now; the values
// typed stay as they are (the form words its messages and previews again).
void OfferingFields::retranslate()
{
    for (const OfferingRules::Field &rule : OfferingRules::fields()) {
        const QString label = OfferingRules::label(rule.field);
        m_labels.value(rule.field)->setText(label + (rule.required ? QStringLiteral(" *") : QString()));
        m_hints.value(rule.field)->setText(rule.hint());
        QWidget *control = m_controls.value(rule.field);
        control->setAccessibleName(label);
        control->setAccessibleDescription(rule.hint());
        if (auto *combo = qobject_cast<QComboBox *>(control)) {
            combo->setItemText(0, tr("Choose an algorithm…"));
            for (int item = 1; item < combo->count(); ++item) {
                const QString algorithm = combo->itemData(item).toString();
                combo->setItemText(item,
                                   tr("%1 — %2").arg(algorithm.toUpper(),
                                                     OfferingRules::jwtAlgorithmDescription(algorithm)));
            }
        } else if (auto *box = qobject_cast<QCheckBox *>(control)) {
            box->setText(tr("Disabled for new installations"));
        } else if (auto *line = qobject_cast<QLineEdit *>(control);
                   line && rule.kind == OfferingRules::Kind::Duration) {
            line->setPlaceholderText(tr("minutes, e.g. 15 or 1:30"));
        }
    }
}

void OfferingFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QWidget *OfferingFields::createControl(const QString &field)
{
    const OfferingRules::Field *rule = OfferingRules::field(field);
    switch (rule->kind) {
    case OfferingRules::Kind::LongText: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true); // a keyboard form: Tab moves on
        edit->setFixedHeight(field == QLatin1String("policy_jwt_audience") ? 56 : 110);
        connect(edit, &QPlainTextEdit::textChanged, this,
                [this, field, edit] { report(field, edit->toPlainText()); });
        return edit;
    }
    case OfferingRules::Kind::Enum: {
        auto *combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its names follow the language
        combo->addItem(QString(), QString()); // the items' texts: retranslate()
        for (const QString &algorithm : OfferingRules::jwtAlgorithms())
            combo->addItem(QString(), algorithm);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
            const QString value = combo->currentData().toString();
            report(field, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
        });
        return combo;
    }
    case OfferingRules::Kind::Reference: {
        const bool versions = field == QLatin1String("ui_extension_version");
        auto *picker = new ReferencePicker(m_client,
                                           versions ? QStringLiteral("ui_extension_versions")
                                                    : QStringLiteral("service_instances"),
                                           !rule->required, this);
        connect(picker, &ReferencePicker::referenceChosen, this,
                [this, field](qint64 id, const QString &name) {
                    if (!m_showing)
                        Q_EMIT referenceChosen(field, id, name);
                });
        return picker;
    }
    case OfferingRules::Kind::Boolean: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [this, field](bool on) { report(field, on); });
        return box;
    }
    case OfferingRules::Kind::Duration: {
        auto *edit = new QLineEdit(this);
        edit->setMaximumWidth(220);
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            const QString trimmed = text.trimmed();
            bool number = false;
            const qint64 minutes = trimmed.toLongLong(&number);
            report(field, trimmed.isEmpty() ? QJsonValue(QJsonValue::Null)
                          : number          ? QJsonValue(minutes)
                                            : QJsonValue(trimmed));
        });
        return edit;
    }
    case OfferingRules::Kind::Text:
    case OfferingRules::Kind::HttpsTemplate:
    case OfferingRules::Kind::Url:
        break;
    }
    auto *edit = new QLineEdit(this);
    if (rule->kind == OfferingRules::Kind::HttpsTemplate)
        edit->setPlaceholderText(QStringLiteral("https://example.com/hook?account={account}"));
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) { report(field, text); });
    return edit;
}

void OfferingFields::report(const QString &field, const QJsonValue &value)
{
    if (!m_showing)
        Q_EMIT edited(field, value);
}

void OfferingFields::showValues(const OfferingEdit &edit)
{
    for (auto it = m_controls.cbegin(); it != m_controls.cend(); ++it)
        showValue(it.key(), edit.value(it.key()), edit.referenceName(it.key()));
    m_picture->setUri(edit.value(QStringLiteral("picture_uri")).toString());
}

void OfferingFields::showValue(const QString &field, const QJsonValue &value, const QString &referenceName)
{
    m_showing = true;
    QWidget *control = m_controls.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(control)) {
        const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        if (line->text() != text)
            line->setText(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(control)) {
        if (plain->toPlainText() != value.toString())
            plain->setPlainText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(control)) {
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(index < 0 ? 0 : index);
    } else if (auto *box = qobject_cast<QCheckBox *>(control)) {
        box->setChecked(value.toBool());
    } else if (auto *picker = qobject_cast<ReferencePicker *>(control)) {
        picker->setCurrent(value.toInteger(), referenceName);
    }
    m_showing = false;
}

void OfferingFields::showMessage(const QString &field, const QString &message, MessageKind kind)
{
    QLabel *label = m_messages.value(field);
    const bool warning = kind == MessageKind::Warning && !message.isEmpty();
    // The sign, not a word: it reads the same in every language.
    label->setText(warning ? QStringLiteral("⚠ ") + message : message);
    label->setVisible(!message.isEmpty());
    const QString shownKind = warning ? QStringLiteral("warning") : QStringLiteral("error");
    if (label->property("kind").toString() != shownKind) { // a style sheet is set only when it changes
        label->setProperty("kind", shownKind);
        label->setStyleSheet(warning ? QStringLiteral("color: #8a5300; font-weight: 600;")
                                     : QStringLiteral("color: #c62828; font-weight: 600;"));
    }
    m_controls.value(field)->setProperty("invalid", !message.isEmpty() && !warning);
}

void OfferingFields::updateExtras(const QString &field, const OfferingEdit &edit)
{
    if (QLabel *counter = m_counters.value(field)) {
        const OfferingRules::Field *rule = OfferingRules::field(field);
        const QString text = edit.value(field).toString();
        counter->setText(rule->limit.counterText(text));
        counter->setStyleSheet(rule->limit.exceeds(text) ? QStringLiteral("color: #c62828; font-weight: 600;")
                                                         : QStringLiteral("color: palette(mid);"));
    }
    if (field == QLatin1String("picture_uri"))
        return; // its line says how the picture loads, not what the link means
    const QString text = previewText(field, edit);
    QLabel *preview = m_previews.value(field);
    preview->setText(text);
    preview->setVisible(!text.isEmpty());
}

} // namespace pc
