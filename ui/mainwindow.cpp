#include "mainwindow.h"

#include "apiclient.h"
#include "recordmodels.h"
#include "recordview.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace pc {

MainWindow::MainWindow(ApiClient *client, const QString &connectionLabel, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_offerings(new OfferingsModel(client, this))
    , m_instances(new InstancesModel(client, this))
    , m_tabs(new QTabWidget(this))
    , m_offeringsView(new RecordView(m_offerings, tr("offerings"), m_tabs))
    , m_instancesView(new RecordView(m_instances, tr("instances"), m_tabs))
    , m_statusLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
{
    setWindowTitle(tr("%1 — Provider Console").arg(connectionLabel));
    setWindowIcon(QIcon(QStringLiteral(":/icons/provider-console.svg")));
    resize(1180, 720);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_offeringsView, tr("&Offerings"));
    m_tabs->addTab(m_instancesView, tr("&Instances"));
    setCentralWidget(m_tabs);
    m_offeringsView->table()->setColumnWidth(OfferingsModel::Name, 260);
    m_offeringsView->table()->setColumnWidth(OfferingsModel::Reference, 220);
    m_offeringsView->table()->setColumnWidth(OfferingsModel::WebhookUriTemplate, 260);
    m_instancesView->table()->setColumnWidth(InstancesModel::Id, 80);
    m_instancesView->table()->setColumnWidth(InstancesModel::CustomerAccount, 240);
    m_instancesView->table()->setColumnWidth(InstancesModel::AppOfferingColumn, 240);
    for (int column : {InstancesModel::EnabledByCustomer, InstancesModel::Suspended, InstancesModel::Disabled})
        m_instancesView->table()->setColumnWidth(column, 150);

    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_rateLabel);
    createActions();

    connect(m_offeringsView, &RecordView::statusChanged, this, &MainWindow::updateStatus);
    connect(m_instancesView, &RecordView::statusChanged, this, &MainWindow::updateStatus);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(client, &ApiClient::rateLimitChanged, this, [this](const RateLimitStatus &status) {
        if (status.limit > 0)
            m_rateLabel->setText(tr("API quota: %1 of %2 left").arg(status.remaining).arg(status.limit));
    });
    connect(client, &ApiClient::rateLimitWait, this, &MainWindow::showRateLimitWait);
    for (PagedTableModel *model : {static_cast<PagedTableModel *>(m_offerings), static_cast<PagedTableModel *>(m_instances)}) {
        connect(model, &PagedTableModel::waiting, this, [this](int seconds, ApiCall::WaitReason reason) {
            if (reason == ApiCall::WaitReason::Retry)
                statusBar()->showMessage(tr("The server did not answer properly; trying again in %n s", nullptr, seconds),
                                         seconds * 1000 + 500);
        });
    }

    // Both areas show their first page at once; the rest comes as the user scrolls.
    m_offerings->reload();
    m_instances->reload();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *offerings = viewMenu->addAction(tr("&Offerings"), this, [this] { showArea(0); });
    offerings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *instances = viewMenu->addAction(tr("&Instances"), this, [this] { showArea(1); });
    instances->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    viewMenu->addSeparator();
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), this, [this] {
        (currentArea() == 0 ? static_cast<PagedTableModel *>(m_offerings) : m_instances)->reload();
    });
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Provider Console"), this, [this] {
        QMessageBox::about(this, tr("About Provider Console"),
                           tr("<b>Provider Console</b> %1<br>A desktop console for 4me / Xurrent app providers.")
                               .arg(QStringLiteral(PC_VERSION)));
    });
}

void MainWindow::showArea(int index)
{
    m_tabs->setCurrentIndex(index);
    (index == 0 ? m_offeringsView : m_instancesView)->table()->setFocus();
}

int MainWindow::currentArea() const
{
    return m_tabs->currentIndex();
}

void MainWindow::updateStatus()
{
    m_statusLabel->setText((currentArea() == 0 ? m_offeringsView : m_instancesView)->statusText());
}

void MainWindow::showRateLimitWait(int seconds)
{
    statusBar()->showMessage(tr("Waiting %n s for the API rate limit", nullptr, seconds), seconds * 1000);
}

} // namespace pc
