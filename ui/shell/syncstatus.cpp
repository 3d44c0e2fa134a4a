#include "ui/shell/syncstatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::SyncStatus).
class SyncStatus { Q_OBJECT };
#endif

SyncStatus::SyncStatus(LocalIndex *index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_banner(new QWidget(parent))
    , m_notice(new QLabel(m_banner))
    , m_dismiss(new QPushButton(m_banner))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_text->setObjectName(QStringLiteral("syncText"));
    m_text->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_retry->setObjectName(QStringLiteral("syncRetry"));
    m_notice->setObjectName(QStringLiteral("indexNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("indexNoticeBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(
        QStringLiteral("#indexNoticeBanner { background: #fff4e0; border-bottom: 1px solid #e0b060; }"));
    m_dismiss->setObjectName(QStringLiteral("indexNoticeDismiss"));
    for (QPushButton *button : {m_cancel, m_retry}) {
        button->setFlat(true);
        button->setFocusPolicy(Qt::NoFocus); // the status bar is not a Tab stop
    }
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_notice, 1);
    bannerLayout->addWidget(m_dismiss);
    m_banner->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_retry);

    connect(m_cancel, &QPushButton::clicked, index, &LocalIndex::cancelSync);
    connect(m_retry, &QPushButton::clicked, this, &SyncStatus::syncNow);
    connect(m_dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    connect(index, &LocalIndex::stateChanged, this, &SyncStatus::update);
    connect(index, &LocalIndex::notice, this, &SyncStatus::showNotice);
    if (!index->lastNotice().isEmpty()) // said while the window was being built
        showNotice(index->lastNotice());
    connect(index, &LocalIndex::needsConfirmation, this, &SyncStatus::askToReconcile);
    m_clock.setInterval(30 * 1000);
    m_clock.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_clock, &QTimer::timeout, this, &SyncStatus::update);
    m_clock.start();
    retranslate();
}

// The buttons and the status in the language installed now. The banner's
// notice keeps the words it was said in: it is a message, given once.
void SyncStatus::retranslate()
{
    m_progress->setAccessibleName(tr("Sync progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Stops the sync; what arrived is kept"));
    m_retry->setText(tr("Retry"));
    m_retry->setAccessibleDescription(tr("Syncs the local copy again"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleDescription(tr("Hides the message about the local copy"));
    update();
}

void SyncStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SyncStatus::text() const
{
    return m_text->text();
}

QString SyncStatus::noticeText() const
{
    return m_banner->isHidden() ? QString() : m_notice->text();
}

void SyncStatus::update()
{
    const LocalIndex::State state = m_index->state();
    m_text->setText(m_index->statusText());
    // Quietly: another console keeping the copy up to date is no fault.
    m_text->setEnabled(state != LocalIndex::State::BusyElsewhere);
    const bool syncing = state == LocalIndex::State::Syncing;
    m_progress->setVisible(syncing);
    m_progress->setRange(0, syncing && m_index->progressTotal() > 0 ? 1000 : 0);
    if (m_index->progressTotal() > 0)
        m_progress->setValue(int(1000 * m_index->progressDone() / m_index->progressTotal()));
    m_cancel->setVisible(syncing);
    m_retry->setVisible(state == LocalIndex::State::Failed);
    setVisible(state != LocalIndex::State::Closed);
}

void SyncStatus::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_banner->show();
}

void SyncStatus::syncNow()
{
    m_index->syncNow();
}

void SyncStatus::fullReconcile()
{
    SyncOptions options;
    options.reconcile = SyncOptions::Reconcile::Now;
    m_index->syncNow(options);
}

void SyncStatus::askToReconcile(IndexCollection collection, int estimated, int allowed)
{
    if (m_confirmation)
        return;
    const QLocale locale;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Check for deleted records?"),
        (collection == IndexCollection::Offerings
             ? tr("Finding the offerings deleted on the server takes about %1 requests, more than the %2 "
                  "this console spends of the hour's quota without asking.")
             : tr("Finding the instances deleted on the server takes about %1 requests, more than the %2 "
                  "this console spends of the hour's quota without asking."))
            .arg(locale.toString(estimated), locale.toString(allowed)),
        QMessageBox::Yes | QMessageBox::No, window());
    box->setObjectName(QStringLiteral("reconcileConfirmation"));
    box->setInformativeText(
        tr("Other work with the API (and other consoles on this token) may have to wait for "
           "the quota while it runs. Until then, deleted records stay in the local copy."));
    box->button(QMessageBox::Yes)->setText(tr("&Check now"));
    box->button(QMessageBox::No)->setText(tr("&Not now"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        SyncOptions options;
        options.reconcile = SyncOptions::Reconcile::Now;
        options.reconcileConfirmed = true;
        // The sync that asked is finishing; this one starts once it has.
        if (!m_index->syncNow(options)) {
            connect(
                m_index, &LocalIndex::syncFinished, this, [this, options] { m_index->syncNow(options); },
                Qt::SingleShotConnection);
        }
    });
    m_confirmation = box;
    box->open();
}

} // namespace pc
