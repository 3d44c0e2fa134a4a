#include "ui/actions/instanceactiondialog.h"

#include "app/records/textlimit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::InstanceActionDialog).
class InstanceActionDialog { Q_OBJECT };
#endif

namespace {

constexpr int kMaxCommentBytes = 65535; // suspension_comment: text, "max 64KB" (UTF-8 bytes)

} // namespace

QString InstanceActionDialog::title(InstanceBatch::Action action)
{
    switch (action) {
    case InstanceBatch::Action::Suspend: return tr("Suspend instances");
    case InstanceBatch::Action::Resume: return tr("Resume instances");
    case InstanceBatch::Action::Disable: return tr("Disable instances");
    case InstanceBatch::Action::Enable: return tr("Enable instances");
    }
    return {};
}

InstanceActionDialog::InstanceActionDialog(ApiClient *client, InstanceBatch::Action action,
                                           const QList<AppInstance> &instances, ActionJournal *journal,
                                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_action(action)
    , m_instances(instances)
    , m_journal(journal)
    , m_intro(new QLabel(this))
    , m_rows(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("instanceActionDialog"));
    resize(640, 520);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("intro"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    if (action == InstanceBatch::Action::Suspend) {
        // Prefilled when every selected instance already has the same comment.
        QString shared = instances.isEmpty() ? QString() : instances.first().suspensionComment;
        for (const AppInstance &instance : instances) {
            if (instance.suspensionComment != shared)
                shared.clear();
        }
        auto *label = new QLabel(this);
        m_commentLabel = label;
        m_comment = new QPlainTextEdit(shared, this);
        m_comment->setObjectName(QStringLiteral("suspensionComment"));
        m_comment->setTabChangesFocus(true);
        m_comment->setMaximumHeight(110);
        label->setBuddy(m_comment);
        m_counter = new QLabel(this);
        m_counter->setAlignment(Qt::AlignRight);
        layout->addWidget(label);
        layout->addWidget(m_comment);
        layout->addWidget(m_counter);
        connect(m_comment, &QPlainTextEdit::textChanged, this, &InstanceActionDialog::rebuildBatch);
    }
    m_planLabel = new QLabel(this);
    auto *planLabel = m_planLabel;
    planLabel->setObjectName(QStringLiteral("planLabel"));
    layout->addWidget(planLabel);
    m_rows->setObjectName(QStringLiteral("rows"));
    m_rows->setAlternatingRowColors(true);
    layout->addWidget(m_rows, 1);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_run);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    m_retry->hide();
    m_run->setDefault(true);

    connect(m_run, &QPushButton::clicked, this, &InstanceActionDialog::run);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        m_batch->retryFailed();
        m_close->setText(tr("Cancel"));
    });
    connect(m_close, &QPushButton::clicked, this, &InstanceActionDialog::reject);
    // Ctrl+Enter sends from anywhere, the comment too (where Enter is a new line).
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *send = new QShortcut(keys, this);
        connect(send, &QShortcut::activated, this, [this] {
            if (m_run->isEnabled() && m_run->isVisible())
                m_run->click();
        });
    }
    rebuildBatch();
    retranslate();
    // The work is the comment: what the user types as the dialog opens goes
    // there. Without one, Enter runs the change.
    if (m_comment)
        m_comment->setFocus(Qt::OtherFocusReason);
    else
        m_run->setFocus(Qt::OtherFocusReason);
}

// Who is affected, named (these switches act in the customers' accounts),
// and what the change does there.
QString InstanceActionDialog::introText() const
{
    QStringList accounts;
    QSet<QString> seen;
    for (const AppInstance &instance : m_instances) {
        if (!seen.contains(instance.customerAccount.id)) {
            seen.insert(instance.customerAccount.id);
            accounts.append(instance.customerAccount.displayText());
        }
    }
    const QString accountList = accounts.size() > 8
                                    ? accounts.mid(0, 8).join(QStringLiteral(", ")) + QLatin1Char(' ') +
                                          tr("and %n more", nullptr, int(accounts.size() - 8))
                                    : accounts.join(QStringLiteral(", "));
    QString consequence;
    switch (m_action) {
    case InstanceBatch::Action::Suspend:
        consequence =
            tr("Suspending switches off the instance's automation rules, webhook and app token in the "
               "customer's account. Either you or the customer can resume it.");
        break;
    case InstanceBatch::Action::Resume:
        consequence =
            tr("Resuming switches the instance back on, unless the customer or you disabled it. The "
               "suspension comment is kept.");
        break;
    case InstanceBatch::Action::Disable:
        consequence =
            tr("Disabling is your switch as the provider: it stops the instance's automation rules, "
               "webhook and app token in the customer's account until you enable it again.");
        break;
    case InstanceBatch::Action::Enable:
        consequence = tr("Enabling turns your provider switch back on. The customer's own switch (enabled by "
                         "customer) is theirs and is not changed.");
        break;
    }
    // No "%n instance(s)": without an English catalogue the "(s)" would show.
    return tr("<b>Instances: %1</b>, of these customer accounts: %2")
               .arg(QLocale().toString(m_instances.size()), accountList.toHtmlEscaped()) +
           QStringLiteral("<p>") + consequence.toHtmlEscaped() + QStringLiteral("</p>");
}

QString InstanceActionDialog::runText() const
{
    switch (m_action) {
    case InstanceBatch::Action::Suspend:
        return tr("&Suspend");
    case InstanceBatch::Action::Resume:
        return tr("&Resume");
    case InstanceBatch::Action::Disable:
        return tr("&Disable");
    case InstanceBatch::Action::Enable:
        return tr("&Enable");
    }
    return {};
}

// Every text in the language installed now: before the run the plan, after
// it each instance's outcome. The comment typed stays.
void InstanceActionDialog::retranslate()
{
    setWindowTitle(title(m_action));
    m_intro->setText(introText());
    m_run->setText(runText());
    m_retry->setText(tr("Retry &failed"));
    m_close->setText(m_batch->isRunning() ? tr("Cancel") : tr("Close"));
    if (m_commentLabel)
        m_commentLabel->setText(tr("Suspension &comment (the customer sees it):"));
    m_rows->setAccessibleName(tr("What each instance would change"));
    if (!m_started) {
        m_planLabel->setText(tr("What each instance would change (nothing has been sent yet):"));
        showCounter();
        showPlan();
        return;
    }
    m_planLabel->setText(tr("What happened to each instance:"));
    const QStringList plan = m_batch->plan();
    for (int index = 0; index < m_batch->items().size(); ++index) {
        if (m_batch->items().at(index).outcome == InstanceBatch::Outcome::Pending && m_rows->item(index))
            m_rows->item(index)->setText(plan.value(index));
        else
            onItemFinished(index);
    }
    if (!m_batch->isRunning())
        m_summary->setText(summaryText());
}

void InstanceActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

// The batch is made anew while the comment is edited, so the dry run always
// shows what would be sent.
void InstanceActionDialog::rebuildBatch()
{
    if (m_batch && m_batch->isRunning())
        return;
    const QString comment = m_comment ? m_comment->toPlainText() : QString();
    delete m_batch;
    m_batch = new InstanceBatch(m_client, m_action, m_instances, comment, m_journal, this);
    connect(m_batch, &InstanceBatch::recordUpdated, this, &InstanceActionDialog::recordUpdated);
    connect(m_batch, &InstanceBatch::itemFinished, this, &InstanceActionDialog::onItemFinished);
    connect(m_batch, &InstanceBatch::finished, this, &InstanceActionDialog::onFinished);
    connect(m_batch, &InstanceBatch::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    const bool valid = showCounter();
    const int toSend = static_cast<int>(m_batch->items().size()) - m_batch->count(InstanceBatch::Outcome::Skipped);
    m_run->setEnabled(valid && toSend > 0);
    showPlan();
}

// Whether the comment fits; its counter says how much room is left.
bool InstanceActionDialog::showCounter()
{
    if (!m_comment)
        return true;
    const QString comment = m_comment->toPlainText();
    const TextLimit limit = TextLimit::bytes(kMaxCommentBytes);
    const bool valid = !limit.exceeds(comment);
    m_counter->setText(valid ? limit.counterText(comment) : limit.problem(tr("The comment"), comment));
    return valid;
}

void InstanceActionDialog::showPlan()
{
    m_rows->clear();
    m_rows->addItems(m_batch->plan());
    const int skipped = m_batch->count(InstanceBatch::Outcome::Skipped);
    const int toSend = static_cast<int>(m_batch->items().size()) - skipped;
    m_summary->setText(tr("Changes to send: %1").arg(QLocale().toString(toSend))
                       + (skipped ? QStringLiteral(", ") + tr("%n skipped", nullptr, skipped) : QString()));
}

void InstanceActionDialog::run()
{
    // The customer sees the comment as the reason: sending none is asked
    // once, not assumed (an Enter meant for the comment must not send it).
    if (m_comment && m_comment->toPlainText().trimmed().isEmpty() && !m_emptyCommentConfirmed) {
        confirmEmptyComment();
        return;
    }
    m_started = true;
    m_planLabel->setText(tr("What happened to each instance:"));
    m_run->setEnabled(false);
    if (m_comment)
        m_comment->setReadOnly(true);
    m_progress->show();
    m_progress->setRange(0, static_cast<int>(m_batch->items().size()));
    m_progress->setValue(m_batch->count(InstanceBatch::Outcome::Skipped));
    m_close->setText(tr("Cancel"));
    m_batch->start();
}

void InstanceActionDialog::confirmEmptyComment()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Suspend without a reason?"),
                                tr("The suspension comment is empty. The customer will see no reason for the "
                                   "suspension. Send it without one?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("emptyCommentQuestion"));
    QPushButton *send = box->addButton(tr("&Send without a reason"), QMessageBox::AcceptRole);
    QPushButton *back = box->addButton(tr("&Write a reason"), QMessageBox::RejectRole);
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, send] {
        if (box->clickedButton() == send) {
            m_emptyCommentConfirmed = true;
            run();
        } else {
            m_comment->setFocus(Qt::OtherFocusReason);
        }
    });
    box->open();
}

void InstanceActionDialog::onItemFinished(int index)
{
    const InstanceBatch::Item &item = m_batch->items().at(index);
    QListWidgetItem *row = m_rows->item(index);
    if (!row)
        return;
    const QString who = tr("#%1 (%2)").arg(item.before.id).arg(item.before.customerAccount.displayText());
    switch (item.outcome) {
    case InstanceBatch::Outcome::Done:
        row->setText(tr("%1: %2").arg(who, InstanceBatch::verb(m_action)));
        break;
    case InstanceBatch::Outcome::Failed:
        row->setText(tr("%1: failed: %2").arg(who, item.message));
        row->setForeground(QColor(0x8a, 0x1c, 0x12));
        break;
    case InstanceBatch::Outcome::Cancelled:
        row->setText(tr("%1: cancelled").arg(who));
        break;
    default:
        break;
    }
}

void InstanceActionDialog::onFinished()
{
    for (int index = 0; index < m_batch->items().size(); ++index)
        onItemFinished(index);
    m_summary->setText(summaryText());
    m_close->setText(tr("Close"));
    const int again = m_batch->count(InstanceBatch::Outcome::Failed) + m_batch->count(InstanceBatch::Outcome::Cancelled);
    m_retry->setVisible(again > 0);
    Q_EMIT batchFinished();
}

QString InstanceActionDialog::summaryText() const
{
    return m_batch->summary();
}

// Closing while a batch runs cancels it after the request in flight; the
// dialog goes once the batch has stopped, so no result is lost from view.
void InstanceActionDialog::reject()
{
    if (m_batch && m_batch->isRunning()) {
        m_batch->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace pc
