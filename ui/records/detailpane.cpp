#include "ui/records/detailpane.h"

#include "app/records/domain.h"
#include "app/models/celltext.h"
#include "app/records/timestamp.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

#include <limits>

namespace pc {

namespace {

// Long values live in text views, never in labels: a QLabel lays out its whole
// text on every size query, which freezes the window with a 64 KB description.
constexpr int LabelMaxLength = 400;
// A run without spaces longer than this (a URL, a token) cannot word-wrap in a
// QLabel and would force the pane wider than its splitter; a text view wraps it
// anywhere instead.
constexpr int LabelMaxRun = 18;
constexpr int MaxVisibleLines = 12;

const auto selectable = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;

int longestRun(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        longest = qMax(longest, run);
    }
    return longest;
}

// A read-only text view whose height follows its content up to a number of
// lines and scrolls beyond that, so a long text neither grows the form without
// bound nor hides in a fixed box much bigger than it needs.
class ValueText : public QPlainTextEdit
{
public:
    enum class Style {
        Inline, // frameless, reads like a label; URLs and other long tokens
        Box,    // framed, for multi-line prose
        Code,   // framed, monospace, no wrapping: JSON
    };

    ValueText(const QString &text, Style style, QWidget *parent)
        : QPlainTextEdit(parent)
        , m_style(style)
    {
        setReadOnly(true);
        setTextInteractionFlags(selectable);
        setTabChangesFocus(true);
        setFocusPolicy(Qt::StrongFocus);
        // Wrapped text never needs a horizontal bar, yet QPlainTextEdit keeps
        // the widest line it ever laid out (at a narrow first width) and would
        // show one.
        setHorizontalScrollBarPolicy(style == Style::Code ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
        if (style == Style::Code) {
            setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            setLineWrapMode(QPlainTextEdit::NoWrap);
        } else {
            setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        }
        if (style == Style::Inline) {
            setFrameShape(QFrame::NoFrame);
            document()->setDocumentMargin(0);
            // The form's background shows through, as behind a label.
            QPalette palette = this->palette();
            palette.setColor(QPalette::Base, Qt::transparent);
            setPalette(palette);
            viewport()->setAutoFillBackground(false);
        }
        setPlainText(text);
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    bool hasHeightForWidth() const override { return true; }

    int heightForWidth(int width) const override
    {
        // Layouts ask many times per pass; the answer only changes with the
        // width, the font or the style (which sets the frame).
        if (width == m_cachedWidth)
            return m_cachedHeight;
        const int chrome = 2 * frameWidth() + 2 * qCeil(document()->documentMargin());
        const int lineHeight = fontMetrics().height();
        int textWidth = width - chrome;
        int lines = countLines(textWidth);
        // A scroll bar takes width from the text, which may add lines.
        if (lines > MaxVisibleLines && m_style != Style::Code)
            textWidth -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
        lines = qMin(countLines(textWidth), MaxVisibleLines);
        // Framed views get two pixels to spare, so rounding never shows a
        // scroll bar for text that fits.
        int height = lines * lineHeight + chrome + (m_style == Style::Inline ? 0 : 2);
        if (m_style == Style::Code && widestLine() > textWidth)
            height += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
        m_cachedWidth = width;
        m_cachedHeight = height;
        return height;
    }

    QSize sizeHint() const override
    {
        const int width = 240;
        return {width, heightForWidth(width)};
    }

    QSize minimumSizeHint() const override
    {
        const int chrome = 2 * frameWidth() + 2 * qCeil(document()->documentMargin());
        return {80, fontMetrics().height() + chrome};
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
            m_cachedWidth = -1;
            updateGeometry();
        }
        QPlainTextEdit::changeEvent(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        // Only the inline view has no scroll bars of its own to fall back on.
        if (m_style == Style::Inline)
            setVerticalScrollBarPolicy(countLines(viewport()->width()) > MaxVisibleLines ? Qt::ScrollBarAsNeeded
                                                                                         : Qt::ScrollBarAlwaysOff);
    }

private:
    // Lines the text needs at `width`, counting no further than one past the
    // cap: a 64 KB text costs only the lines that can be shown.
    int countLines(int width) const
    {
        const int limit = MaxVisibleLines + 1;
        int lines = 0;
        QTextOption option = document()->defaultTextOption();
        option.setWrapMode(m_style == Style::Code ? QTextOption::NoWrap : QTextOption::WrapAtWordBoundaryOrAnywhere);
        for (QTextBlock block = document()->begin(); block.isValid() && lines < limit; block = block.next()) {
            if (m_style == Style::Code || block.text().isEmpty()) {
                ++lines;
                continue;
            }
            // Thirteen lines never hold more than this (two pixels a character
            // at the narrowest), so a 64 KB paragraph is not laid out in full.
            const qsizetype prefix = qMax<qsizetype>(4096, qsizetype(limit) * qMax(1, width) / 2);
            QTextLayout layout(block.text().left(prefix), font());
            layout.setTextOption(option);
            layout.beginLayout();
            while (lines < limit) {
                QTextLine line = layout.createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(qMax(1, width));
                ++lines;
            }
            layout.endLayout();
        }
        return qMax(1, lines);
    }

    int widestLine() const
    {
        const QFontMetrics metrics = fontMetrics();
        int widest = 0;
        int count = 0;
        for (QTextBlock block = document()->begin(); block.isValid() && count < 500; block = block.next(), ++count)
            widest = qMax(widest, metrics.horizontalAdvance(block.text()));
        return widest;
    }

    Style m_style;
    mutable int m_cachedWidth = -1;
    mutable int m_cachedHeight = 0;
};

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(selectable);
    // Tab reaches every value, so the keyboard can select and copy it.
    label->setFocusPolicy(Qt::StrongFocus);
    // Leading, and nothing more: the text layout flips it per paragraph, so a
    // Hebrew or Arabic value starts at the right. AlignRight would be flipped
    // too, to the left.
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    // Never wider than the column it gets: the run limit above keeps what it
    // shows short enough to fit. A new policy must keep height-for-width, or
    // the row takes the height of QLabel's guessed wrapping.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap in an array and strip the brackets, so strings keep their quotes.
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
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

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_scroll(new QScrollArea(m_stack))
    , m_copyAction(new QAction(tr("Copy as &JSON"), this))
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Record details"));
    // The pane itself takes focus when it opens, so Esc and Ctrl+Shift+C work
    // before the user has clicked into it.
    setFocusPolicy(Qt::StrongFocus);

    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(selectable);
    m_title->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(selectable);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_copyAction->setObjectName(QStringLiteral("copyAsJson"));
    m_copyAction->setToolTip(tr("Copy the whole record as JSON (%1)")
                                 .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    m_copyAction->setEnabled(false);
    connect(m_copyAction, &QAction::triggered, this, &DetailPane::copyAsJson);
    addAction(m_copyAction);
    m_copyButton->setDefaultAction(m_copyAction);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyButton->setAutoRaise(true);

    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_closeButton->setToolTip(tr("Close the details (Esc)"));
    m_closeButton->setAccessibleName(tr("Close details"));
    m_closeButton->setAutoRaise(true);
    connect(m_closeButton, &QToolButton::clicked, this, &DetailPane::closeRequested);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("header"));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(12, 10, 6, 8);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(m_copyButton, 0, Qt::AlignTop);
    headerLayout->addWidget(m_closeButton, 0, Qt::AlignTop);

    // The same colours as the tables' error banner, so errors look alike.
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    palette.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    m_banner->setPalette(palette);
    m_bannerText->setObjectName(QStringLiteral("errorText"));
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(selectable);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(line);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    clear();
}

void DetailPane::setHeader(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void DetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLabelColumn();
}

// The label column is as wide as its widest label, but never more than two
// fifths of the pane: "Configuration URI template" may wrap, the values keep
// room to be read. Measured on the pane, not the viewport, so a scroll bar
// coming and going cannot make the widths flip back and forth.
void DetailPane::updateLabelColumn()
{
    if (!m_grid || m_rowLabels.isEmpty())
        return;
    int natural = 0;
    for (const QLabel *label : std::as_const(m_rowLabels))
        natural = qMax(natural, label->fontMetrics().horizontalAdvance(label->text()) + 1);
    const QMargins margins = m_grid->contentsMargins();
    const int available = width() - margins.left() - margins.right()
                          - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int column = qMin(natural, qMax(90, available * 2 / 5));
    for (QLabel *label : std::as_const(m_rowLabels))
        label->setFixedWidth(column);
}

void DetailPane::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
    m_copyAction->setEnabled(false);
}

void DetailPane::clear()
{
    m_record = {};
    m_hasRecord = false;
    m_pendingId = -1;
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_form = nullptr;
    m_grid = nullptr;
    m_rowLabels.clear();
    m_banner->hide();
    setHeader(tr("Details"), QString());
    showPlaceholder(tr("Press Enter on a row to see all its fields here."));
}

void DetailPane::showLoading(RecordKind kind, qint64 id)
{
    m_pendingKind = kind;
    m_pendingId = id;
    m_banner->hide();
    const QString text = kind == RecordKind::Offering ? tr("Loading offering #%1…").arg(id)
                                                      : tr("Loading instance #%1…").arg(id);
    setHeader(text, QString());
    showPlaceholder(text);
}

void DetailPane::showError(const QString &message)
{
    QString text = message;
    if (m_pendingId >= 0) {
        text = (m_pendingKind == RecordKind::Offering ? tr("Could not load offering #%1.")
                                                      : tr("Could not load instance #%1."))
                   .arg(m_pendingId)
               % QLatin1Char(' ') % message;
    }
    const qint64 shownId = m_record.value(QLatin1String("id")).toInteger(-1);
    // Say so when the record below is not the one that failed: it would
    // otherwise pass for the answer.
    if (m_hasRecord && m_pendingId >= 0 && (m_pendingId != shownId || m_pendingKind != m_kind)) {
        text += QLatin1Char('\n')
                % (m_kind == RecordKind::Offering ? tr("Below: offering #%1, shown earlier.")
                                                  : tr("Below: instance #%1, shown earlier."))
                      .arg(shownId);
    }
    m_bannerText->setText(text);
    m_banner->show();
    m_pendingId = -1;
    if (m_hasRecord) {
        rebuildForm();
    } else {
        setHeader(tr("Details"), QString());
        showPlaceholder(tr("Nothing to show."));
    }
}

void DetailPane::showRecord(RecordKind kind, const QJsonObject &record)
{
    m_kind = kind;
    m_record = record;
    m_hasRecord = true;
    m_pendingId = -1;
    m_banner->hide();
    rebuildForm();
}

void DetailPane::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT closeRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString DetailPane::recordAsJson() const
{
    if (!m_hasRecord)
        return {};
    return QString::fromUtf8(QJsonDocument(m_record).toJson(QJsonDocument::Indented));
}

void DetailPane::copyAsJson()
{
    if (!m_hasRecord)
        return;
    QGuiApplication::clipboard()->setText(recordAsJson());
}

void DetailPane::rebuildForm()
{
    // takeWidget() unparents the old form at once, so nothing finds its
    // widgets any more; deleting it later spares a widget still in an event.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_form = new QWidget;
    m_form->setObjectName(QStringLiteral("fields"));
    // A grid rather than a QFormLayout: that one centres labels beside tall
    // values and hands spare height to the rows instead of to the bottom.
    m_rowLabels.clear();
    m_grid = new QGridLayout(m_form);
    m_grid->setContentsMargins(12, 8, 12, 12);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);

    const qint64 id = m_record.value(QLatin1String("id")).toInteger();
    if (m_kind == RecordKind::Offering) {
        const QString name = m_record.value(QLatin1String("name")).toString();
        setHeader(name.isEmpty() ? tr("Offering #%1").arg(id) : name, tr("App offering #%1").arg(id));
        addOfferingRows();
    } else {
        const AccountRef account = decodeAccount(m_record.value(QLatin1String("customer_account")));
        const QString customer = !account.name.isEmpty() ? account.name : account.id;
        // The title has the id already; the subtitle says what was installed.
        QJsonValue offering = m_record.value(QLatin1String("app_offering"));
        if (offering.isUndefined() || offering.isNull())
            offering = m_record.value(QLatin1String("integration"));
        const QString offeringText = decodeReference(offering).displayText();
        setHeader(customer.isEmpty() ? tr("Instance #%1").arg(id) : tr("Instance #%1 — %2").arg(id).arg(customer),
                  offeringText.isEmpty() ? tr("App instance") : tr("App instance of %1").arg(offeringText));
        addInstanceRows();
    }

    m_grid->setRowStretch(m_grid->rowCount(), 1);
    updateLabelColumn();
    m_scroll->setWidget(m_form);
    m_scroll->verticalScrollBar()->setValue(0);
    m_stack->setCurrentWidget(m_scroll);
    m_copyAction->setEnabled(true);
}

void DetailPane::addOfferingRows()
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
    addBoolean(note("disabled"), tr("Disabled"),
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
        addText(alg, tr("JWT algorithm"), it == algorithms.cend() ? code : code % QStringLiteral(" — ") % tr(*it),
                tr("Signs the policy sent to the app's webhook."));
    } else {
        addValue(alg, tr("JWT algorithm"));
    }
    addValue(note("policy_jwt_audience"), tr("JWT audience"));

    const QLatin1String expires = note("policy_jwt_claim_expires_in");
    const QJsonValue expiresValue = m_record.value(expires);
    const qint64 minutes = expiresValue.toInteger(-1);
    if (expiresValue.isDouble() && minutes >= 0) {
        // Two sources rather than "minute(s)": English reads right without a
        // translation file, and each is a %n message that translators can give
        // every plural form their language has.
        const int n = static_cast<int>(qMin<qint64>(minutes, std::numeric_limits<int>::max()));
        addText(expires, tr("Claim expires in"), n == 1 ? tr("%n minute", nullptr, n) : tr("%n minutes", nullptr, n),
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

void DetailPane::addInstanceRows()
{
    QStringList known{QStringLiteral("id")};
    const auto note = [&known](const QString &field) {
        known.append(field);
        return field;
    };

    addAccount(note(QStringLiteral("customer_account")), tr("Customer account"));
    // The legacy integration_instances API names the offering `integration`;
    // when both are present the other one lands under "Other fields".
    const QString offeringField = !m_record.contains(QLatin1String("app_offering"))
                                          && m_record.contains(QLatin1String("integration"))
                                      ? QStringLiteral("integration")
                                      : QStringLiteral("app_offering");
    addReference(note(offeringField), tr("App offering"),
                 offeringField == QLatin1String("integration")
                     ? tr("Sent as \"integration\", the field's name on the older API.")
                     : QString());
    addBoolean(note(QStringLiteral("enabled_by_customer")), tr("Enabled by customer"),
               tr("The customer's switch: whether the customer allows the app to work in their account. Only the "
                  "customer can change it."));
    addBoolean(note(QStringLiteral("suspended")), tr("Suspended"),
               tr("Either party can suspend the instance, and either may lift the suspension. While suspended, its "
                  "automation rules, webhook and app token are off."));
    addLongText(note(QStringLiteral("suspension_comment")), tr("Suspension comment"));
    addBoolean(note(QStringLiteral("disabled")), tr("Disabled"),
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

void DetailPane::addOtherRows(const QStringList &knownFields)
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

void DetailPane::addSection(const QString &title)
{
    auto *label = new QLabel(title, m_form);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 0);
    m_grid->addWidget(label, m_grid->rowCount(), 0, 1, 2);
}

QLabel *DetailPane::fieldLabel(const QString &field, const QString &label, QWidget *value)
{
    auto *name = new QLabel(label, m_form);
    name->setObjectName(QStringLiteral("label_") + field);
    name->setBuddy(value);
    name->setWordWrap(true);
    name->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    name->setForegroundRole(QPalette::PlaceholderText);
    // The API's name for the field, to match it with the documentation.
    name->setToolTip(tr("API field: %1").arg(field));
    return name;
}

void DetailPane::addRow(const QString &field, const QString &label, QWidget *value)
{
    const int row = m_grid->rowCount();
    QLabel *name = fieldLabel(field, label, value);
    m_rowLabels.append(name);
    m_grid->addWidget(name, row, 0, Qt::AlignTop);
    m_grid->addWidget(value, row, 1);
}

// Prose and JSON take the full width under their label: the label column
// would leave them a narrow strip.
void DetailPane::addBlock(const QString &field, const QString &label, QWidget *value)
{
    const int row = m_grid->rowCount();
    m_grid->addWidget(fieldLabel(field, label, value), row, 0, 1, 2);
    m_grid->addWidget(value, row + 1, 0, 1, 2);
}

// A string, number or boolean, picking the widget by the value's type.
void DetailPane::addValue(const QString &field, const QString &label, const QString &tooltip)
{
    const QJsonValue value = m_record.value(field);
    if (value.isString())
        addText(field, label, value.toString(), tooltip);
    else
        addJson(field, label, value);
}

void DetailPane::addText(const QString &field, const QString &label, const QString &text, const QString &tooltip)
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
        tip = tr("A data URL of %1; Copy JSON gives it in full.").arg(QLocale().formattedDataSize(text.size()));
    }
    QWidget *widget = nullptr;
    if (shown.contains(QLatin1Char('\n')) || shown.size() > LabelMaxLength)
        widget = new ValueText(shown, ValueText::Style::Box, m_form);
    else if (longestRun(shown) > LabelMaxRun)
        widget = new ValueText(shown, ValueText::Style::Inline, m_form);
    else
        widget = valueLabel(shown, m_form);
    widget->setObjectName(QStringLiteral("value_") + field);
    widget->setToolTip(tip);
    widget->setAccessibleName(label);
    addRow(field, label, widget);
}

void DetailPane::addLongText(const QString &field, const QString &label)
{
    const QJsonValue value = m_record.value(field);
    if (!value.isString() || value.toString().isEmpty()) {
        addValue(field, label);
        return;
    }
    auto *view = new ValueText(value.toString(), ValueText::Style::Box, m_form);
    view->setObjectName(QStringLiteral("value_") + field);
    view->setAccessibleName(label);
    addBlock(field, label, view);
}

void DetailPane::addReference(const QString &field, const QString &label, const QString &tooltip)
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

void DetailPane::addAccount(const QString &field, const QString &label)
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

void DetailPane::addBoolean(const QString &field, const QString &label, const QString &tooltip)
{
    const QJsonValue value = m_record.value(field);
    if (!value.isBool()) {
        addJson(field, label, value);
        return;
    }
    addText(field, label, displayBoolean(value.toBool()), tooltip);
}

void DetailPane::addTimestamp(const QString &field, const QString &label)
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
void DetailPane::addJson(const QString &field, const QString &label, const QJsonValue &value)
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
    auto *view = new ValueText(indentedJson(value), ValueText::Style::Code, m_form);
    view->setObjectName(QStringLiteral("value_") + field);
    view->setAccessibleName(label);
    addBlock(field, label, view);
}

void DetailPane::addMissing(const QString &field, const QString &label)
{
    auto *dash = valueLabel(QStringLiteral("—"), m_form);
    dash->setObjectName(QStringLiteral("value_") + field);
    dash->setForegroundRole(QPalette::PlaceholderText);
    const QJsonValue value = m_record.value(field);
    dash->setToolTip(value.isUndefined() ? tr("Not in the server's answer") : value.isNull() ? tr("Blank") : tr("Empty"));
    dash->setAccessibleName(label);
    // A dash is nothing to select; keep Tab for values that say something.
    dash->setFocusPolicy(Qt::NoFocus);
    addRow(field, label, dash);
}

} // namespace pc
