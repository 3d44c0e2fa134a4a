#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pc {

class PagedTableModel;
class RecordFilterProxy;

// The strips a record view shows above its table, each hidden while it has
// nothing to say: the error banner ("errorBanner": the model's last error,
// with Retry; the rows already loaded stay), the notice ("noticeBanner": what
// is shown from only part of the collection, with Load all and Show all) and
// the progress of Load all ("loadAllProgress", with Cancel, which keeps what
// arrived).
class RecordBanners : public QWidget
{
    Q_OBJECT

public:
    RecordBanners(PagedTableModel *model, RecordFilterProxy *proxy, QWidget *parent);

    // Brings every strip up to the model's state; `localSortColumn` is the
    // column the loaded rows are sorted by here, -1 when the server's order.
    void showState(int localSortColumn);
    // Load all began (the error gives way to the progress) or ended.
    void showLoadAllStarted();
    void hideLoadAllProgress();
    // The notice's text, empty while it is hidden.
    QString noticeText() const;

Q_SIGNALS:
    void loadAllRequested();
    // Back to what the server sends: no local sort, no drill-down.
    void showAllRequested();
    void cancelLoadAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setupError();
    void setupNotice();
    void setupProgress();
    void showError();
    void showNotice(int localSortColumn);
    void showProgress();
    void showRateLimitWait(int seconds);

    PagedTableModel *m_model;
    RecordFilterProxy *m_proxy;
    QWidget *m_error;
    QLabel *m_errorText;
    QPushButton *m_retryButton;
    QWidget *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_noticeLoadAll;
    QPushButton *m_noticeShowAll;
    QWidget *m_progress;
    QProgressBar *m_progressBar;
    QLabel *m_progressText;
    QPushButton *m_cancelLoadAll;
    int m_localSortColumn = -1;     // as last shown
    qint64 m_progressWaitUntil = 0; // a rate-limit wait is being shown until then
};

} // namespace pc
