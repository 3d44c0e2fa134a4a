#include "ui/connections/tokendialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::TokenDialog).
class TokenDialog { Q_OBJECT };
#endif

TokenDialog::TokenDialog(const QString &connection, const QString &serverMessage, QWidget *parent)
    : QDialog(parent)
    , m_token(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_store(new QPushButton(this))
    , m_session(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_connection(connection)
    , m_serverMessage(serverMessage)
    , m_intro(new QLabel(this))
    , m_server(new QLabel(this))
    , m_writes(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenDialog"));
    setMinimumWidth(520);

    auto *intro = m_intro;
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("tokenIntro"));

    auto *server = m_server;
    server->setWordWrap(true);
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    server->setVisible(!serverMessage.trimmed().isEmpty());

    auto *writes = m_writes;
    writes->setWordWrap(true);

    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setMinimumWidth(360);
    m_problem->setObjectName(QStringLiteral("tokenProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    m_tokenLabel->setBuddy(m_token);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(QString(), m_problem);

    m_store->setObjectName(QStringLiteral("saveToKeychain"));
    m_session->setObjectName(QStringLiteral("useForSession"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_store->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_store, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_session, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(server);
    layout->addLayout(form);
    layout->addWidget(writes);
    layout->addWidget(buttons);

    connect(m_token, &QLineEdit::textChanged, this, &TokenDialog::updateButtons);
    // The token is what the dialog asks for: a paste goes there at once.
    m_token->setFocus(Qt::OtherFocusReason);
    connect(m_store, &QPushButton::clicked, this, [this] { finish(true); });
    connect(m_session, &QPushButton::clicked, this, [this] { finish(false); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

// The words in the language installed now; the token typed stays.
void TokenDialog::retranslate()
{
    setWindowTitle(tr("The API token was refused"));
    m_intro->setText(tr("<b>The server refused the API token of %1.</b> It may have been revoked or may "
                        "have expired. Paste a new one to go on: what stopped loading resumes where it "
                        "stopped, and nothing loaded so far is lost.")
                         .arg(m_connection.toHtmlEscaped()));
    m_server->setText(tr("The server said: %1").arg(m_serverMessage));
    m_writes->setText(tr("Changes that were refused are not sent again by themselves: use their Retry "
                         "once the new token is in."));
    m_token->setPlaceholderText(tr("New API token"));
    m_token->setAccessibleName(tr("New API token"));
    m_tokenLabel->setText(tr("&Token:"));
    m_store->setText(tr("Save to &keychain"));
    m_session->setText(tr("Use for this &session only"));
    m_cancel->setText(tr("Cancel"));
    updateButtons();
}

void TokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TokenDialog::setCanStore(bool canStore)
{
    m_store->setVisible(canStore);
    m_session->setDefault(!canStore);
    m_store->setDefault(canStore);
}

QByteArray TokenDialog::token() const
{
    const QByteArray typed = m_token->text().trimmed().toUtf8();
    // A line break inside would split the Authorization header; the client
    // refuses such a token, so it is caught here, where it can be fixed.
    const bool control = std::any_of(typed.begin(), typed.end(),
                                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
    return control ? QByteArray() : typed;
}

void TokenDialog::updateButtons()
{
    const bool typed = !m_token->text().trimmed().isEmpty();
    const bool usable = !token().isEmpty();
    m_problem->setText(typed && !usable ? tr("The token contains a line break or another control character: paste "
                                             "it again without them.")
                                        : QString());
    m_problem->setVisible(typed && !usable);
    m_store->setEnabled(usable);
    m_session->setEnabled(usable);
}

void TokenDialog::finish(bool store)
{
    const QByteArray entered = token();
    if (entered.isEmpty())
        return;
    m_token->clear(); // the dialog keeps no copy once it is handed on
    Q_EMIT tokenEntered(entered, store);
    accept();
}

} // namespace pc
