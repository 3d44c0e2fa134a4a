#include "ui/records/detailpane.h"

#include "ui/records/recordform.h"
#include "ui/records/valuetext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::DetailPane).
class DetailPane { Q_OBJECT };
#endif

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
    , m_copyAction(new QAction(this))
{
    setObjectName(QStringLiteral("detailPane"));
    // The pane itself takes focus when it opens, so Esc and Ctrl+Shift+C work
    // before the user has clicked into it.
    setFocusPolicy(Qt::StrongFocus);

    auto *header = new QWidget(this);
    setupHeader(header);
    setupBanner();
    setupStack();

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
    retranslate();
}

void DetailPane::retranslate()
{
    setAccessibleName(tr("Record details"));
    m_copyAction->setText(tr("Copy as &JSON"));
    m_copyAction->setToolTip(tr("Copy the whole record as JSON (%1)")
                                 .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    if (m_pendingId >= 0) {
        showLoading(m_pendingKind, m_pendingId);
        return;
    }
    if (!m_banner->isHidden())
        m_bannerText->setText(errorText());
    if (m_hasRecord) {
        // The form is made anew, in the new language, where it was scrolled to.
        const int scrolled = m_scroll->verticalScrollBar()->value();
        const bool hadFocus = m_form && m_form->isAncestorOf(QApplication::focusWidget());
        rebuildForm();
        if (hadFocus)
            setFocus(Qt::OtherFocusReason);
        QTimer::singleShot(0, this, [this, scrolled] { m_scroll->verticalScrollBar()->setValue(scrolled); });
    } else if (m_banner->isHidden()) {
        setHeader(tr("Details"), QString());
        showPlaceholder(tr("Press Enter on a row to see all its fields here."));
    } else {
        setHeader(tr("Details"), QString());
        showPlaceholder(tr("Nothing to show."));
    }
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The title and subtitle, Copy as JSON and the close button.
void DetailPane::setupHeader(QWidget *header)
{
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(SelectableText);
    m_title->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(SelectableText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_copyAction->setObjectName(QStringLiteral("copyAsJson"));
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
}

void DetailPane::setupBanner()
{
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
    m_bannerText->setTextInteractionFlags(SelectableText);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();
}

void DetailPane::setupStack()
{
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

void DetailPane::updateLabelColumn()
{
    if (m_form)
        m_form->fitLabelColumn(width());
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
    dropForm();
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
    m_errorMessage = message;
    m_failedKind = m_pendingKind;
    m_failedId = m_pendingId;
    m_bannerText->setText(errorText());
    m_banner->show();
    m_pendingId = -1;
    if (m_hasRecord) {
        rebuildForm();
    } else {
        setHeader(tr("Details"), QString());
        showPlaceholder(tr("Nothing to show."));
    }
}

QString DetailPane::errorText() const
{
    if (m_failedId < 0)
        return m_errorMessage;
    QString text = (m_failedKind == RecordKind::Offering ? tr("Could not load offering #%1.")
                                                         : tr("Could not load instance #%1."))
                       .arg(m_failedId) %
                   QLatin1Char(' ') % m_errorMessage;
    const qint64 shownId = m_record.value(QLatin1String("id")).toInteger(-1);
    // Say so when the record below is not the one that failed: it would
    // otherwise pass for the answer.
    if (m_hasRecord && (m_failedId != shownId || m_failedKind != m_kind)) {
        text +=
            QLatin1Char('\n') % (m_kind == RecordKind::Offering ? tr("Below: offering #%1, shown earlier.")
                                                                : tr("Below: instance #%1, shown earlier."))
                                    .arg(shownId);
    }
    return text;
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

void DetailPane::dropForm()
{
    // takeWidget() unparents the old form at once, so nothing finds its
    // widgets any more; deleting it later spares a widget still in an event.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_form = nullptr;
}

void DetailPane::rebuildForm()
{
    dropForm();
    m_form = new RecordForm(m_kind, m_record);
    setHeader(m_form->title(), m_form->subtitle());
    updateLabelColumn();
    m_scroll->setWidget(m_form);
    m_scroll->verticalScrollBar()->setValue(0);
    m_stack->setCurrentWidget(m_scroll);
    m_copyAction->setEnabled(true);
}

} // namespace pc
