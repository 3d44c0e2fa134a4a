#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pc {

// Asked when the server refuses the API token in the middle of the work
// (revoked or expired: a 401): a new token, kept in the keychain or for this
// session only. What failed for the refused token resumes once it is given;
// Cancel leaves everything as it is, rows and error messages included.
// Opened with open(), never exec(): the answer comes as tokenEntered().
class TokenDialog : public QDialog
{
    Q_OBJECT

public:
    // `connection` names the connection ("wdc @ api.xurrent.com");
    // `serverMessage` is the server's own word on the refusal, if any.
    TokenDialog(const QString &connection, const QString &serverMessage, QWidget *parent = nullptr);

    // Whether "Save to keychain" is offered (not for the demo, or without a keychain).
    void setCanStore(bool canStore);

    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *storeButton() const { return m_store; }
    QPushButton *sessionButton() const { return m_session; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *problemLabel() const { return m_problem; }

    // The token as typed, without surrounding whitespace; empty when it
    // cannot be used (nothing typed, or a line break inside).
    QByteArray token() const;

Q_SIGNALS:
    // `store`: the user chose to keep it in the keychain.
    void tokenEntered(const QByteArray &token, bool store);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void finish(bool store);

    QLineEdit *m_token;
    QLabel *m_problem;
    QPushButton *m_store;
    QPushButton *m_session;
    QPushButton *m_cancel;
    QString m_connection;
    QString m_serverMessage;
    QLabel *m_intro;
    QLabel *m_server;
    QLabel *m_writes;
    QLabel *m_tokenLabel;
};

} // namespace pc
