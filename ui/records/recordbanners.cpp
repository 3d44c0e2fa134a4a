#include "ui/records/recordbanners.h"

#include "app/models/instancesmodel.h"
#include "app/models/pagedtablemodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/net/apiclient.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <climits>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::RecordBanners).
class RecordBanners { Q_OBJECT };
#endif

namespace {

QWidget *makeBanner(QWidget *parent, const QColor &background, const QColor &text, const QString &name)
{
    auto *banner = new QWidget(parent);
    banner->setObjectName(name);
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    banner->setPalette(palette);
    banner->hide();
    return banner;
}

} // namespace

RecordBanners::RecordBanners(PagedTableModel *model, RecordFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_error(
          makeBanner(this, QColor(0xfd, 0xec, 0xea), QColor(0x8a, 0x1c, 0x12), QStringLiteral("errorBanner")))
    , m_errorText(new QLabel(m_error))
    , m_retryButton(new QPushButton(m_error))
    , m_notice(makeBanner(this, QColor(0xfd, 0xf6, 0xe3), QColor(0x5c, 0x45, 0x00),
                          QStringLiteral("noticeBanner")))
    , m_noticeText(new QLabel(m_notice))
    , m_noticeLoadAll(new QPushButton(m_notice))
    , m_noticeShowAll(new QPushButton(m_notice))
    , m_progress(new QWidget(this))
    , m_progressBar(new QProgressBar(m_progress))
    , m_progressText(new QLabel(m_progress))
    , m_cancelLoadAll(new QPushButton(m_progress))
{
    setupError();
    setupNotice();
    setupProgress();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_progress);
    connect(model, &PagedTableModel::waiting, this, [this](int seconds, ApiCall::WaitReason reason) {
        if (reason == ApiCall::WaitReason::RateLimit)
            showRateLimitWait(seconds);
    });
    // The notice names a column by its title, which follows the language.
    connect(model, &QAbstractItemModel::headerDataChanged, this, [this] { showNotice(m_localSortColumn); });
    retranslate();
}

// The buttons, and what the strips say now, in the language installed now.
void RecordBanners::retranslate()
{
    m_retryButton->setText(tr("Re&try"));
    m_noticeLoadAll->setText(tr("Load all"));
    m_noticeShowAll->setText(tr("Show all"));
    m_cancelLoadAll->setText(tr("Cancel"));
    showNotice(m_localSortColumn);
    if (m_progress->isVisible() && m_model->isLoadingAll())
        showProgress();
    else if (m_progress->isVisible())
        m_progressText->setText(tr("Loading all…"));
}

void RecordBanners::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordBanners::setupError()
{
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(m_error);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_errorText, 1);
    layout->addWidget(m_retryButton);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_model->retry();
    });
}

void RecordBanners::setupNotice()
{
    m_noticeText->setWordWrap(true);
    auto *layout = new QHBoxLayout(m_notice);
    layout->setContentsMargins(10, 5, 10, 5);
    layout->addWidget(m_noticeText, 1);
    layout->addWidget(m_noticeLoadAll);
    layout->addWidget(m_noticeShowAll);
    connect(m_noticeLoadAll, &QPushButton::clicked, this, &RecordBanners::loadAllRequested);
    connect(m_noticeShowAll, &QPushButton::clicked, this, &RecordBanners::showAllRequested);
}

void RecordBanners::setupProgress()
{
    auto *layout = new QHBoxLayout(m_progress);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progressBar, 1);
    layout->addWidget(m_cancelLoadAll);
    m_progress->setObjectName(QStringLiteral("loadAllProgress"));
    m_progress->hide();
    connect(m_cancelLoadAll, &QPushButton::clicked, this, &RecordBanners::cancelLoadAllRequested);
}

void RecordBanners::showState(int localSortColumn)
{
    showError();
    showNotice(localSortColumn);
    if (m_model->isLoadingAll())
        showProgress();
}

void RecordBanners::showLoadAllStarted()
{
    m_error->hide();
    m_progress->show();
    m_progressText->setText(tr("Loading all…"));
}

void RecordBanners::hideLoadAllProgress()
{
    m_progress->hide();
}

QString RecordBanners::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_noticeText->text();
}

void RecordBanners::showError()
{
    const ApiError error = m_model->lastError();
    if (!error.isError() || error.kind == ApiError::Kind::Cancelled) {
        m_error->hide();
        return;
    }
    m_errorText->setText(error.message);
    // A refused link or a loop will not go away by asking again.
    m_retryButton->setVisible(error.kind != ApiError::Kind::Unsafe && !m_model->atEnd());
    m_error->show();
}

// What is shown from only part of the collection, with the way out.
void RecordBanners::showNotice(int localSortColumn)
{
    m_localSortColumn = localSortColumn;
    const bool complete = m_model->atEnd() && !m_model->lastError().isError();
    const QLocale locale;
    QStringList notes;
    bool offerLoadAll = false;
    bool offerShowAll = false;
    if (m_model->isThrottled())
        notes.append(tr(
            "The server caps this collection at 100,000 records; narrow it with a filter to see the rest."));
    if (auto *instances = qobject_cast<InstancesModel *>(m_model);
        instances && instances->offeringScope().id != 0) {
        const QString name = instances->offeringScope().name;
        if (instances->isScopeFilteredLocally() && !complete) {
            notes.append(
                tr("Instances of %1: the server cannot list them directly, so they are picked from the "
                   "loaded instances.")
                    .arg(name));
            offerLoadAll = true;
        } else {
            notes.append(tr("Instances of %1.").arg(name));
        }
        offerShowAll = true;
    }
    if (m_proxy->hasReferenceFilter()) {
        notes.append(tr("Instances of %1.").arg(m_proxy->referenceFilterLabel()));
        offerShowAll = true;
    }
    if (localSortColumn >= 0 && m_model->rowCount() > 0) {
        notes.append(complete ? tr("Sorted locally by %1.").arg(m_model->columns().at(localSortColumn).title)
                              : tr("Sorted locally: %Ln loaded row(s).", nullptr, m_model->rowCount()));
        offerLoadAll |= !complete;
        offerShowAll = true;
    }
    if (m_proxy->hasLocalFilter() && !complete) {
        notes.append(tr("The filter looks only at the %Ln loaded row(s).", nullptr, m_model->rowCount()));
        offerLoadAll = true;
    }
    m_noticeText->setText(notes.join(QLatin1Char(' ')));
    m_noticeLoadAll->setVisible(offerLoadAll && !m_model->isLoadingAll());
    m_noticeShowAll->setVisible(offerShowAll);
    m_notice->setVisible(!notes.isEmpty());
}

void RecordBanners::showProgress()
{
    const QLocale locale;
    m_progress->show();
    const qint64 total = m_model->totalEntries();
    // Progress counts the records received: in a local drill-down most are not kept.
    m_progressBar->setRange(0, total > 0 ? static_cast<int>(std::min<qint64>(total, INT_MAX)) : 0);
    m_progressBar->setValue(static_cast<int>(m_model->recordsScanned()));
    if (QDateTime::currentMSecsSinceEpoch() >= m_progressWaitUntil || !m_model->isLoading())
        m_progressText->setText(
            tr("Loading all: %1 of %2, paced to the API's limit of %3 requests per %4 s")
                .arg(locale.toString(m_model->recordsScanned()),
                     total >= 0 ? locale.toString(total) : tr("?"))
                .arg(m_model->client()->settings().burstRequests)
                .arg(locale.toString(m_model->client()->settings().burstWindowMs / 1000.0)));
}

// Shown instead of the count until the wait is over, while Load all runs.
void RecordBanners::showRateLimitWait(int seconds)
{
    if (!m_progress->isVisible())
        return;
    m_progressText->setText(tr("Waiting %n s for the API rate limit…", nullptr, seconds));
    m_progressWaitUntil = QDateTime::currentMSecsSinceEpoch() + seconds * 1000;
}

} // namespace pc
