#include "ui/records/recordform.h"
#include "app/models/celltext.h"

#include "app/records/domain.h"
#include "app/records/timestamp.h"
#include "ui/records/valuetext.h"

#include <QGridLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <limits>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::RecordForm).
class RecordForm { Q_OBJECT };
#endif

namespace {

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap in an array and strip the brackets, so strings keep their quotes.
    const QString wrapped =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

QString indentedJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return compactJson(value);
}

} // namespace

RecordForm::RecordForm(Kind kind, const QJsonObject &record, QWidget *parent)
    : QWidget(parent)
    , m_record(record)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("fields"));
    // A grid rather than a QFormLayout: that one centres labels beside tall
    // values and hands spare height to the rows instead of to the bottom.
    m_grid->setContentsMargins(12, 8, 12, 12);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);

    const qint64 id = m_record.value(QLatin1String("id")).toInteger();
    if (kind == Kind::Offering) {
        const QString name = m_record.value(QLatin1String("name")).toString();
        m_title = name.isEmpty() ? tr("Offering #%1").arg(id) : name;
        m_subtitle = tr("App offering #%1").arg(id);
        addOfferingRows();
    } else {
        const AccountRef account = decodeAccount(m_record.value(QLatin1String("customer_account")));
        const QString customer = !account.name.isEmpty() ? account.name : account.id;
        // The title has the id already; the subtitle says what was installed.
        QJsonValue offering = m_record.value(QLatin1String("app_offering"));
        if (offering.isUndefined() || offering.isNull())
            offering = m_record.value(QLatin1String("integration"));
        const QString offeringText = decodeReference(offering).displayText();
        m_title =
            customer.isEmpty() ? tr("Instance #%1").arg(id) : tr("Instance #%1 — %2").arg(id).arg(customer);
        m_subtitle = offeringText.isEmpty() ? tr("App instance") : tr("App instance of %1").arg(offeringText);
        addInstanceRows();
    }
    m_grid->setRowStretch(m_grid->rowCount(), 1);
}

// The label column is as wide as its widest label, but never more than two
// fifths of the pane: "Configuration URI template" may wrap, the values keep
// room to be read. Measured on the pane, not the viewport, so a scroll bar
// coming and going cannot make the widths flip back and forth.
void RecordForm::fitLabelColumn(int paneWidth)
{
    if (m_rowLabels.isEmpty())
        return;
    int natural = 0;
    for (const QLabel *label : std::as_const(m_rowLabels))
        natural = qMax(natural, label->fontMetrics().horizontalAdvance(label->text()) + 1);
    const QMargins margins = m_grid->contentsMargins();
    const int available = paneWidth - margins.left() - margins.right() -
                          style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int column = qMin(natural, qMax(90, available * 2 / 5));
    for (QLabel *label : std::as_const(m_rowLabels))
        label->setFixedWidth(column);
}

void RecordForm::addOfferingRows()
{
    QStringList known{QStringLiteral("id")};
    const auto note = [&known](const char *field) {
        known.append(QLatin1String(field));
        return QLatin1String(field);
    };

    addValue(note("name"), tr("Name"));
    addValue(note("reference"), tr("Reference"),
             tr("The identifier that stays the same across versions of the offering."));
    // Only offerings of trusted accounts carry their account.
    if (m_record.contains(QLatin1String("account")))
        addAccount(note("account"), tr("Account"));
    addBoolean(
        note("disabled"), tr("Disabled"),
        tr("The provider's switch: new customers cannot install a disabled offering; customers who have it "
           "installed can still update."));
    addReference(note("service_instance"), tr("Service instance"),
                 tr("Requests about this offering are registered for this service instance."));
    addReference(note("ui_extension_version"), tr("UI extension version"),
                 tr("Shown to customers on the Configuration tab of the app."));

    const QLatin1String alg = note("policy_jwt_alg");
    const QJsonValue algValue = m_record.value(alg);
    if (algValue.isString()) {
        static const QHash<QString, const char *> algorithms{
            {QStringLiteral("rs256"), QT_TR_NOOP("RSA using SHA-256")},
            {QStringLiteral("rs384"), QT_TR_NOOP("RSA using SHA-384")},
            {QStringLiteral("rs512"), QT_TR_NOOP("RSA using SHA-512")},
            {QStringLiteral("es256"), QT_TR_NOOP("ECDSA using P-256 and SHA-256")},
            {QStringLiteral("es384"), QT_TR_NOOP("ECDSA using P-384 and SHA-384")},
            {QStringLiteral("es512"), QT_TR_NOOP("ECDSA using P-521 and SHA-512")},
        };
        const QString code = algValue.toString();
        const auto it = algorithms.constFind(code.toLower());
        addText(alg, tr("JWT algorithm"),
                it == algorithms.cend() ? code : code % QStringLiteral(" — ") % tr(*it),
                tr("Signs the policy sent to the app's webhook."));
    } else {
        addValue(alg, tr("JWT algorithm"));
    }
    addValue(note("policy_jwt_audience"), tr("JWT audience"));

    const QLatin1String expires = note("policy_jwt_claim_expires_in");
    const QJsonValue expiresValue = m_record.value(expires);
    const qint64 minutes = expiresValue.toInteger(-1);
    if (expiresValue.isDouble() && minutes >= 0) {
        const int n = static_cast<int>(qMin<qint64>(minutes, std::numeric_limits<int>::max()));
        addText(expires, tr("Claim expires in"), tr("%Ln minute(s)", nullptr, n),
                tr("The API sends a whole number (%1); 4me durations are in minutes.").arg(minutes));
    } else {
        addValue(expires, tr("Claim expires in"));
    }

    addValue(note("webhook_uri_template"), tr("Webhook URI template"),
             tr("{account} is replaced by the customer's account id."));
    addValue(note("configuration_uri_template"), tr("Configuration URI template"),
             tr("{account} is replaced by the customer's account id."));
    addValue(note("card_description"), tr("Card description"));
    addValue(note("picture_uri"), tr("Picture URI"));
    addValue(note("source"), tr("Source"));
    addValue(note("sourceID"), tr("Source ID"));
    addValue(note("nodeID"), tr("Node ID"), tr("The record's id in the GraphQL API."));
    addTimestamp(note("created_at"), tr("Created"));
    addTimestamp(note("updated_at"), tr("Updated"));

    addSection(tr("Texts shown to customers"));
    addLongText(note("description"), tr("Description"));
    addLongText(note("features"), tr("Features"));
    addLongText(note("compliance"), tr("Compliance"));

    addOtherRows(known);
}

void RecordForm::addInstanceRows()
{
    QStringList known{QStringLiteral("id")};
    const auto note = [&known](const QString &field) {
        known.append(field);
        return field;
    };

    addAccount(note(QStringLiteral("customer_account")), tr("Customer account"));
    // The legacy integration_instances API names the offering `integration`;
    // when both are present the other one lands under "Other fields".
    const QString offeringField =
        !m_record.contains(QLatin1String("app_offering")) && m_record.contains(QLatin1String("integration"))
            ? QStringLiteral("integration")
            : QStringLiteral("app_offering");
    addReference(note(offeringField), tr("App offering"),
                 offeringField == QLatin1String("integration")
                     ? tr("Sent as \"integration\", the field's name on the older API.")
                     : QString());
    addBoolean(
        note(QStringLiteral("enabled_by_customer")), tr("Enabled by customer"),
        tr("The customer's switch: whether the customer allows the app to work in their account. Only the "
           "customer can change it."));
    addBoolean(
        note(QStringLiteral("suspended")), tr("Suspended"),
        tr("Either party can suspend the instance, and either may lift the suspension. While suspended, its "
           "automation rules, webhook and app token are off."));
    addLongText(note(QStringLiteral("suspension_comment")), tr("Suspension comment"));
    addBoolean(
        note(QStringLiteral("disabled")), tr("Disabled"),
        tr("The provider's switch: while set, the instance's automation rules, webhook and app token are off "
           "in the customer's account."));
    addReference(note(QStringLiteral("customer_representative")), tr("Customer representative"),
                 tr("The customer's contact person for this instance."));
    addReference(note(QStringLiteral("webhook")), tr("Webhook"));
    addReference(note(QStringLiteral("webhook_policy")), tr("Webhook policy"));
    const QString customFields = note(QStringLiteral("custom_fields"));
    addJson(customFields, tr("Custom fields"), m_record.value(customFields));
    addValue(note(QStringLiteral("nodeID")), tr("Node ID"), tr("The record's id in the GraphQL API."));
    addTimestamp(note(QStringLiteral("created_at")), tr("Created"));
    addTimestamp(note(QStringLiteral("updated_at")), tr("Updated"));

    addOtherRows(known);
}

void RecordForm::addOtherRows(const QStringList &knownFields)
{
    QStringList others;
    for (auto it = m_record.begin(); it != m_record.end(); ++it) {
        if (!knownFields.contains(it.key()))
            others.append(it.key());
    }
    if (others.isEmpty())
        return;
    addSection(tr("Other fields"));
    // Fields this client does not know keep their API names: those are what
    // the documentation and the server's messages use. A zero-width space
    // after each underscore lets a long name wrap in the label column.
    for (const QString &field : std::as_const(others)) {
        QString label = field;
        label.replace(QLatin1Char('_'), QStringLiteral("_\u200B"));
        addJson(field, label, m_record.value(field));
    }
}

void RecordForm::addSection(const QString &title)
{
    auto *label = new QLabel(title, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 0);
    m_grid->addWidget(label, m_grid->rowCount(), 0, 1, 2);
}

QLabel *RecordForm::fieldLabel(const QString &field, const QString &label, QWidget *value)
{
    auto *name = new QLabel(label, this);
    name->setObjectName(QStringLiteral("label_") + field);
    name->setBuddy(value);
    name->setWordWrap(true);
    name->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    name->setForegroundRole(QPalette::PlaceholderText);
    // The API's name for the field, to match it with the documentation.
    name->setToolTip(tr("API field: %1").arg(field));
    return name;
}

void RecordForm::addRow(const QString &field, const QString &label, QWidget *value)
{
    const int row = m_grid->rowCount();
    QLabel *name = fieldLabel(field, label, value);
    m_rowLabels.append(name);
    m_grid->addWidget(name, row, 0, Qt::AlignTop);
    m_grid->addWidget(value, row, 1);
}

// Prose and JSON take the full width under their label: the label column
// would leave them a narrow strip.
void RecordForm::addBlock(const QString &field, const QString &label, QWidget *value)
{
    const int row = m_grid->rowCount();
    m_grid->addWidget(fieldLabel(field, label, value), row, 0, 1, 2);
    m_grid->addWidget(value, row + 1, 0, 1, 2);
}

// A string, number or boolean, picking the widget by the value's type.
void RecordForm::addValue(const QString &field, const QString &label, const QString &tooltip)
{
    const QJsonValue value = m_record.value(field);
    if (value.isString())
        addText(field, label, value.toString(), tooltip);
    else
        addJson(field, label, value);
}

void RecordForm::addText(const QString &field, const QString &label, const QString &text,
                         const QString &tooltip)
{
    if (text.isEmpty()) {
        addMissing(field, label);
        return;
    }
    QString shown = text;
    QString tip = tooltip;
    // picture_uri may be a data URL of up to 2 MB: unreadable as text and slow
    // to lay out, so the pane shows its start; Copy JSON has all of it.
    if (shown.startsWith(QLatin1String("data:")) && shown.size() > LabelMaxLength) {
        shown = shown.left(80) % QStringLiteral("…");
        tip =
            tr("A data URL of %1; Copy JSON gives it in full.").arg(QLocale().formattedDataSize(text.size()));
    }
    QWidget *widget = nullptr;
    if (shown.contains(QLatin1Char('\n')) || shown.size() > LabelMaxLength)
        widget = new ValueText(shown, ValueText::Style::Box, this);
    else if (longestRun(shown) > LabelMaxRun)
        widget = new ValueText(shown, ValueText::Style::Inline, this);
    else
        widget = valueLabel(shown, this);
    widget->setObjectName(QStringLiteral("value_") + field);
    widget->setToolTip(tip);
    widget->setAccessibleName(label);
    addRow(field, label, widget);
}

void RecordForm::addLongText(const QString &field, const QString &label)
{
    const QJsonValue value = m_record.value(field);
    if (!value.isString() || value.toString().isEmpty()) {
        addValue(field, label);
        return;
    }
    auto *view = new ValueText(value.toString(), ValueText::Style::Box, this);
    view->setObjectName(QStringLiteral("value_") + field);
    view->setAccessibleName(label);
    addBlock(field, label, view);
}

void RecordForm::addReference(const QString &field, const QString &label, const QString &tooltip)
{
    const QJsonValue value = m_record.value(field);
    if (!value.isObject() && !value.isDouble()) {
        addJson(field, label, value);
        return;
    }
    const Reference reference = decodeReference(value, nullptr, field);
    QString tip = tooltip;
    // A reference that carries both a name and a reference string shows the name;
    // the reference is still worth knowing.
    if (!reference.name.isEmpty() && !reference.reference.isEmpty())
        tip = tip.isEmpty() ? tr("Reference: %1").arg(reference.reference)
                            : QString(tr("Reference: %1").arg(reference.reference) % QLatin1Char('\n') % tip);
    const QString text = reference.displayText();
    if (text.isEmpty())
        addJson(field, label, value);
    else
        addText(field, label, text, tip);
}

void RecordForm::addAccount(const QString &field, const QString &label)
{
    const QJsonValue value = m_record.value(field);
    if (!value.isObject() && !value.isString()) {
        addJson(field, label, value);
        return;
    }
    const QString text = decodeAccount(value, nullptr, field).displayText();
    if (text.isEmpty())
        addJson(field, label, value);
    else
        addText(field, label, text, QString());
}

void RecordForm::addBoolean(const QString &field, const QString &label, const QString &tooltip)
{
    const QJsonValue value = m_record.value(field);
    if (!value.isBool()) {
        addJson(field, label, value);
        return;
    }
    addText(field, label, displayBoolean(value.toBool()), tooltip);
}

void RecordForm::addTimestamp(const QString &field, const QString &label)
{
    const QJsonValue value = m_record.value(field);
    const QDateTime parsed = value.isString() ? parseApiTimestamp(value.toString()) : QDateTime();
    if (!parsed.isValid()) {
        addValue(field, label);
        return;
    }
    // Local time to read, the server's own value (with its offset) on hover.
    addText(field, label, displayTimestamp(parsed), value.toString());
}

// Any JSON value: blank as a dim dash, scalars on one line, structures
// indented in a monospace view.
void RecordForm::addJson(const QString &field, const QString &label, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        addMissing(field, label);
        return;
    }
    if (value.isString()) {
        addText(field, label, value.toString(), QString());
        return;
    }
    const QString compact = compactJson(value);
    if ((!value.isObject() && !value.isArray()) || compact.size() <= 40) {
        addText(field, label, compact, QString());
        return;
    }
    auto *view = new ValueText(indentedJson(value), ValueText::Style::Code, this);
    view->setObjectName(QStringLiteral("value_") + field);
    view->setAccessibleName(label);
    addBlock(field, label, view);
}

void RecordForm::addMissing(const QString &field, const QString &label)
{
    auto *dash = valueLabel(QStringLiteral("—"), this);
    dash->setObjectName(QStringLiteral("value_") + field);
    dash->setForegroundRole(QPalette::PlaceholderText);
    const QJsonValue value = m_record.value(field);
    dash->setToolTip(value.isUndefined() ? tr("Not in the server's answer")
                     : value.isNull()    ? tr("Blank")
                                         : tr("Empty"));
    dash->setAccessibleName(label);
    // A dash is nothing to select; keep Tab for values that say something.
    dash->setFocusPolicy(Qt::NoFocus);
    addRow(field, label, dash);
}

} // namespace pc
