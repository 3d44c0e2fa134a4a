#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace pc {

class ApiClient;
class OfferingsModel;
class InstancesModel;
class RecordView;
struct RateLimitStatus;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `connectionLabel` names the connection in the title (account @ host).
    MainWindow(ApiClient *client, const QString &connectionLabel, QWidget *parent = nullptr);
    ~MainWindow() override;

    OfferingsModel *offeringsModel() const { return m_offerings; }
    InstancesModel *instancesModel() const { return m_instances; }
    RecordView *offeringsView() const { return m_offeringsView; }
    RecordView *instancesView() const { return m_instancesView; }
    void showArea(int index); // 0 offerings, 1 instances
    int currentArea() const;

private:
    void createActions();
    void updateStatus();
    void showRateLimitWait(int seconds);

    ApiClient *m_client;
    OfferingsModel *m_offerings;
    InstancesModel *m_instances;
    QTabWidget *m_tabs;
    RecordView *m_offeringsView;
    RecordView *m_instancesView;
    QLabel *m_statusLabel;
    QLabel *m_rateLabel;
};

} // namespace pc
