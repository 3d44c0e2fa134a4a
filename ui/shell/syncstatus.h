#pragma once

#include "app/index/localindex.h"

#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

class QProgressBar;
class QPushButton;

namespace pc {

// The local index in the window's status bar: "Synced 2 min ago · 14
// changes", the progress of a long sync with Cancel, a failure with Retry,
// "another console is syncing" quietly; and a banner (banner(), for the
// window to place above its areas) saying what happened to the file (a
// damaged one rebuilt) until dismissed. It also asks before a full
// reconcile that would take more than its share of the hour's quota.
class SyncStatus : public QWidget
{
    Q_OBJECT

public:
    SyncStatus(LocalIndex *index, QWidget *parent = nullptr);

    QString text() const;
    QString noticeText() const;
    QWidget *banner() const { return m_banner; }
    // The question about the quota share, while it is open.
    QMessageBox *confirmation() const { return m_confirmation; }

    // "Sync now" and "Full reconcile" (which asks first when it would take
    // more than the quota share).
    void syncNow();
    void fullReconcile();
    void showNotice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();
    void askToReconcile(IndexCollection collection, int estimated, int allowed);

    LocalIndex *m_index;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QWidget *m_banner;
    QLabel *m_notice;
    QPushButton *m_dismiss;
    QTimer m_clock; // "2 min ago" moves on
    QPointer<QMessageBox> m_confirmation;
};

} // namespace pc
