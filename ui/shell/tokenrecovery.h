#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <functional>

class QMainWindow;

namespace pc {

class ApiClient;
class PagedTableModel;
class RecordView;
class TokenDialog;
struct ApiError;

// A window's way back from a refused API token (a 401: revoked or expired).
// It notes the record areas that stopped because of the refusal, asks for a
// new token at the first refusal (one dialog at a time; Cancel means no more
// questions about that token), and once a new token is in use resumes what
// stopped: a page is asked again, a Load all goes on where it stopped.
// Refused writes are not sent again by themselves; their own Retry does that.
class TokenRecovery : public QObject
{
    Q_OBJECT

public:
    // `models`: the record areas' rows, whose loading resumes; `viewOf` gives
    // the area of a model whose Load all goes on. The dialog and the status
    // messages belong to `window`.
    TokenRecovery(ApiClient *client, const QString &connectionLabel, const QList<PagedTableModel *> &models,
                  std::function<RecordView *(const PagedTableModel *)> viewOf, QMainWindow *window);

    // Opens the token dialog, or raises it when it is open already.
    void askForNewToken(const QString &serverMessage = QString());
    TokenDialog *dialog() const;
    // Whether the dialog offers to keep the token in the keychain.
    void setTokenStorage(bool available) { m_tokenStorage = available; }

Q_SIGNALS:
    // A new token is in use (already set on the client); `store`: keep it in the keychain.
    void tokenReplaced(const QByteArray &token, bool store);

private:
    void watch(PagedTableModel *model);
    void onTokenRejected(const ApiError &error);
    void useNewToken(const QByteArray &token, bool store);

    ApiClient *m_client;
    QString m_connectionLabel;
    std::function<RecordView *(const PagedTableModel *)> m_viewOf;
    QMainWindow *m_window;
    QPointer<TokenDialog> m_dialog;
    bool m_tokenStorage = false;
    int m_declinedTokenGeneration = -1; // Cancel was chosen for this token: not asked again
    // Areas whose loading stopped at a refused token, to resume with the new
    // one; and those of them that were loading all.
    QList<QPointer<PagedTableModel>> m_resumeAfterToken;
    QSet<PagedTableModel *> m_resumeLoadAll;
};

} // namespace pc
