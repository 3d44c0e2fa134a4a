#include "ui/shell/tokenrecovery.h"

#include "app/models/pagedtablemodel.h"
#include "app/net/apiclient.h"
#include "ui/connections/tokendialog.h"
#include "ui/records/recordview.h"

#include <QMainWindow>
#include <QStatusBar>
#include <utility>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::TokenRecovery).
class TokenRecovery { Q_OBJECT };
#endif

TokenRecovery::TokenRecovery(ApiClient *client, const QString &connectionLabel,
                             const QList<PagedTableModel *> &models,
                             std::function<RecordView *(const PagedTableModel *)> viewOf, QMainWindow *window)
    : QObject(window)
    , m_client(client)
    , m_connectionLabel(connectionLabel)
    , m_viewOf(std::move(viewOf))
    , m_window(window)
{
    for (PagedTableModel *model : models)
        watch(model);
    connect(client, &ApiClient::tokenRejected, this, &TokenRecovery::onTokenRejected);
}

void TokenRecovery::watch(PagedTableModel *model)
{
    // The areas that stopped because of a refused token are noted (Load all
    // ends before the error arrives, so that is noted first).
    connect(model, &PagedTableModel::loadAllFinished, this, [this, model](bool complete) {
        if (!complete && model->lastError().kind == ApiError::Kind::Unauthorized)
            m_resumeLoadAll.insert(model);
    });
    connect(model, &PagedTableModel::errorOccurred, this, [this, model](const ApiError &error) {
        if (error.kind == ApiError::Kind::Unauthorized && !m_resumeAfterToken.contains(model))
            m_resumeAfterToken.append(model);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        m_resumeAfterToken.removeAll(model); // a new query: nothing of the old one to resume
        m_resumeLoadAll.remove(model);
    });
}

TokenDialog *TokenRecovery::dialog() const
{
    return m_dialog;
}

void TokenRecovery::onTokenRejected(const ApiError &error)
{
    // One question at a time, and none again for a token the user already
    // chose not to replace (a bulk action's later rows are refused too).
    if (m_dialog || m_declinedTokenGeneration == m_client->tokenGeneration())
        return;
    askForNewToken(error.serverMessage);
}

void TokenRecovery::askForNewToken(const QString &serverMessage)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new TokenDialog(m_connectionLabel, serverMessage, m_window);
    dialog->setCanStore(m_tokenStorage);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TokenDialog::tokenEntered, this, &TokenRecovery::useNewToken);
    connect(dialog, &QDialog::rejected, this, [this] {
        m_declinedTokenGeneration = m_client->tokenGeneration();
        m_window->statusBar()->showMessage(
            tr("The API token stays refused. File → Enter a new API token… asks again."), 15000);
    });
    m_dialog = dialog;
    dialog->open();
}

void TokenRecovery::useNewToken(const QByteArray &token, bool store)
{
    m_client->setToken(token);
    m_declinedTokenGeneration = -1;
    Q_EMIT tokenReplaced(token, store);
    m_window->statusBar()->showMessage(tr("The new API token is in use."), 8000);
    // Reads resume; a refused write waits for its own Retry.
    const QList<QPointer<PagedTableModel>> models = std::exchange(m_resumeAfterToken, {});
    const QSet<PagedTableModel *> loadingAll = std::exchange(m_resumeLoadAll, {});
    for (const QPointer<PagedTableModel> &model : models) {
        // Only what still stands at the refusal (not reloaded or retried meanwhile).
        if (!model || model->lastError().kind != ApiError::Kind::Unauthorized)
            continue;
        if (loadingAll.contains(model))
            m_viewOf(model)->loadAll(); // goes on from where it stopped, with its progress
        else
            model->retry();
    }
}

} // namespace pc
