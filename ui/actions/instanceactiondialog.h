#pragma once

#include "app/actions/instancebatch.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pc {

class ActionJournal;
class ApiClient;

// Suspend, resume, disable or enable the selected app instances. Before
// anything is sent it lists what each row would change (the dry run) and who
// is affected; then it runs the paced batch with per-row results, Cancel
// (after the request in flight) and Retry failed.
class InstanceActionDialog : public QDialog
{
    Q_OBJECT

public:
    InstanceActionDialog(ApiClient *client, InstanceBatch::Action action, const QList<AppInstance> &instances,
                         ActionJournal *journal, QWidget *parent = nullptr);

    InstanceBatch *batch() const { return m_batch; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *retryButton() const { return m_retry; }
    QString summaryText() const;

    static QString title(InstanceBatch::Action action);

    // Closing while a batch runs cancels it after the request in flight and
    // keeps the dialog (and its results) open.
    void reject() override;

Q_SIGNALS:
    // The server's record after a change, for the table.
    void recordUpdated(const QJsonObject &record);
    // A run (or a retry) has ended; the journal has its lines.
    void batchFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString introText() const;
    QString runText() const;
    bool showCounter();
    void rebuildBatch();
    void run();
    void confirmEmptyComment();
    void showPlan();
    void onItemFinished(int index);
    void onFinished();

    ApiClient *m_client;
    InstanceBatch::Action m_action;
    QList<AppInstance> m_instances;
    ActionJournal *m_journal;
    InstanceBatch *m_batch = nullptr;
    QLabel *m_intro;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_commentLabel = nullptr;
    QLabel *m_planLabel = nullptr;
    QListWidget *m_rows;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_run;
    QPushButton *m_retry;
    QPushButton *m_close;
    bool m_emptyCommentConfirmed = false;
    bool m_started = false; // run() sent the batch: the rows say what happened
};

} // namespace pc
