#include "recordview.h"

#include "pagedtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pc {

RecordView::RecordView(PagedTableModel *model, const QString &noun, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_noun(noun)
    , m_table(new QTableView(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_retryButton(new QPushButton(tr("&Retry"), m_banner))
{
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    m_table->setAccessibleName(noun);

    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    palette.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    m_banner->setPalette(palette);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retryButton);
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        m_model->retry();
    });
    connect(model, &PagedTableModel::errorOccurred, this, &RecordView::onError);
    connect(model, &PagedTableModel::statusChanged, this, [this] {
        updateBanner();
        Q_EMIT statusChanged();
    });
    connect(model, &PagedTableModel::modelReset, this, &RecordView::updateBanner);
}

void RecordView::onError(const ApiError &)
{
    updateBanner();
}

void RecordView::updateBanner()
{
    const ApiError error = m_model->lastError();
    if (!error.isError() || error.kind == ApiError::Kind::Cancelled) {
        m_banner->hide();
        return;
    }
    m_bannerText->setText(error.message);
    // A refused link or a loop will not go away by asking again.
    m_retryButton->setVisible(error.kind != ApiError::Kind::Unsafe && !m_model->atEnd());
    m_banner->show();
}

QString RecordView::statusText() const
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalEntries();
    QString text;
    if (total >= 0)
        text = tr("%1 of %2 %3 loaded").arg(locale.toString(loaded), locale.toString(total), m_noun);
    else if (m_model->isLoading())
        text = tr("Loading %1…").arg(m_noun);
    else
        text = tr("%1 %2 loaded").arg(locale.toString(loaded), m_noun);
    if (m_model->isLoading() && total >= 0)
        text += QLatin1Char(' ') + tr("(loading…)");
    if (m_model->isThrottled())
        text += QLatin1Char(' ') + tr("(the server caps this collection at 100,000 records)");
    return text;
}

} // namespace pc
