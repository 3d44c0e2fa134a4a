#pragma once

#include "app/connections/profilestore.h"
#include "app/net/apierror.h"

#include <QByteArray>
#include <QDialog>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFileDialog;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace pc {

class ConnectionTest;
class SecretJob;
class SecretStore;
struct ConnectionTestResult;
struct SecretResult;

// Creates or edits a connection profile: where the API is, which account,
// the token, and how to get there (proxy, CA bundle). "Test connection" asks
// GET /me with exactly these settings (a ConnectionTest, which also words what
// is wrong if it fails). Saving writes the profile to the ProfileStore and the
// token (and a manual proxy's password) to the SecretStore only; when the
// keychain cannot take them, the dialog says so and offers to keep them in
// memory for this session or to retry, but never writes them anywhere else.
//
// Everything is asynchronous: the test and the keychain write never block and
// never run a nested event loop, and closing the dialog abandons both.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Prefills the form. When editing an existing profile the token field
    // stays empty, meaning "keep the stored token" unless one is typed.
    void setProfile(const Profile &profile, bool editingExisting);

    // The profile as entered (normalized, as it is saved).
    Profile profile() const;
    // The token as typed; empty when editing and it was not retyped.
    QByteArray token() const;
    // The proxy password as typed; empty when none was (editing: the stored
    // one stays), or when the proxy has no user to go with it.
    QByteArray proxyPassword() const;
    // Accepted with "Use … for this session only": the keychain could not
    // take what was typed, so the caller keeps sessionOnlyToken() and
    // proxyPassword() in memory.
    bool tokenOnlyForThisSession() const { return m_sessionOnly; }
    // The token when tokenOnlyForThisSession(), empty otherwise.
    QByteArray sessionOnlyToken() const;

    // How "Forget local data" removes a profile's local index: a window
    // that has it open must close it first (the controller knows). Without
    // one, the file is deleted here.
    using LocalDataForgetter =
        std::function<void(const QString &path, std::function<void(bool ok, const QString &error)> done)>;
    void setLocalDataForgetter(LocalDataForgetter forgetter) { m_forgetter = std::move(forgetter); }
    // The local index file of the profile being edited; empty for a new one.
    QString localCopyPath() const;
    // The question before forgetting, while it is open.
    QMessageBox *forgetQuestion() const { return m_forgetQuestion; }

    bool isTesting() const;
    bool isSaving() const { return !m_writeJob.isNull(); }

    // The one sentence shown for a failed test: ConnectionTest::diagnose()'s.
    // `networkError` and `networkErrorText` are those of the failed
    // QNetworkReply (NoError when an HTTP answer came); `profile` names the
    // host and account.
    static QString testFailureMessage(const ApiError &error, const Profile &profile,
                                      QNetworkReply::NetworkError networkError = QNetworkReply::NoError,
                                      const QString &networkErrorText = {}, int timeoutMs = 0);

    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // A test connection ended (not emitted when it was cancelled).
    void testFinished(bool succeeded);

private:
    enum class Field { Name, Account, Token, BaseUrl, Proxy, CaBundle };

    // The form, one section a function (connectdialogform.cpp, and the
    // network section in connectdialognetwork.cpp).
    void retranslate();
    QWidget *buildForm();
    void buildServerSection(QWidget *form, QFormLayout *layout);
    QLabel *buildEnvironmentBadge(QWidget *form);
    void buildAccountSection(QWidget *form, QFormLayout *layout);
    void buildNetworkSection(QWidget *form, QFormLayout *layout);
    QFrame *buildKeychainPanel();
    QLabel *makeFieldError(const QString &objectName);
    // The local copy: keep one, what it holds, forget it (connectdialoglocalcopy.cpp).
    void buildLocalCopySection(QWidget *form, QFormLayout *layout);
    void updateLocalCopyInfo();
    void askToForgetLocalData();
    void connectChanges();

    // What the form holds and what it lacks (connectdialogvalidation.cpp).
    Profile currentProfile() const;
    bool tokenNeeded() const; // no stored token applies: a token must be typed
    QList<ProfileIssue> issues(const Profile &profile) const;
    void updateState();
    void updateApiUrl(const Profile &profile);
    void suggestName();
    void touch(Field field);
    bool touched(Field field) const { return m_touched & (1 << int(field)); }
    void connectionSettingsChanged();

    // The test and its result panel (connectdialogtesting.cpp).
    void testConnection();
    // With the proxy password typed, or else the stored one, if any.
    void testWithProxyPassword(const Profile &profile, const QByteArray &token);
    void startTest(const Profile &profile, const QByteArray &token, const QString &proxyPassword = {});
    void onTestFinished(const ConnectionTestResult &result);
    void cancelTest();
    void showTestResult(bool ok, const QString &text);
    void clearTestResult();
    void growToFit();

    // Saving, and the keychain's refusal (connectdialogsaving.cpp).
    void save();
    // Writes what was typed: the proxy password, then the token (Retry
    // starts here again), then closes.
    void writeSecrets();
    void writeSecret(const QString &key, const QByteArray &secret, const QString &status);
    void onSecretWritten(const SecretResult &result);
    // The keychain entries the profile had before an edit (its host and
    // account's token, its proxy user's password) when it no longer uses
    // them, once what was typed is stored under the new keys.
    void removeReplacedSecrets();
    void setFormEnabled(bool enabled);

    void browseCaBundle();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;

    bool m_editing = false;
    QString m_originalName;           // the profile being edited, to rename it
    QString m_originalSecretKey;      // where its stored token is
    QString m_originalProxySecretKey; // where its stored proxy password is
    QStringList m_replacedSecretKeys; // see removeReplacedSecrets()
    QString m_autoName;               // the last name suggested, replaced while the user has not typed one
    int m_touched = 0;                // Field bits whose messages are shown (an empty form does not nag)
    bool m_updating = false;
    QString m_ownTitle; // the title the dialog gave itself, not one its caller gave it

    // Test connection
    std::unique_ptr<ConnectionTest> m_connectionTest;
    QPointer<SecretJob> m_tokenRead; // the stored token (or proxy password), read for a test

    // Save
    QPointer<SecretJob> m_writeJob;
    Profile m_savedProfile;
    bool m_proxyPasswordStored = false; // this save has written it (a Retry does not again)
    bool m_sessionOnly = false;

    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_environment;
    QComboBox *m_region;
    QComboBox *m_brand;
    QCheckBox *m_customUrlEnabled;
    QLineEdit *m_customUrl;
    QLabel *m_apiUrl;
    QLabel *m_badge;
    QLineEdit *m_account;
    QLabel *m_accountError;
    QLineEdit *m_token;
    QToolButton *m_showToken;
    QLabel *m_tokenError;
    QCheckBox *m_readOnly;
    QCheckBox *m_keepLocalCopy;
    QLabel *m_localCopyInfo;
    QPushButton *m_forget;
    QPointer<QMessageBox> m_forgetQuestion;
    LocalDataForgetter m_forgetter;
    Profile m_originalProfile; // the profile being edited, as it was saved
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QLineEdit *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLabel *m_proxyError;
    QLineEdit *m_proxyPassword;
    QToolButton *m_showProxyPassword;
    QLineEdit *m_caBundle;
    QPushButton *m_browse;
    QLabel *m_caBundleError;
    QPointer<QFileDialog> m_fileDialog;
    QPushButton *m_test;
    QLabel *m_testResult;
    QFrame *m_keychainPanel;
    QLabel *m_keychainTitle;
    QLabel *m_keychainMessage;
    QPushButton *m_sessionOnlyButton;
    QPushButton *m_retry;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QWidget *m_form;
};

} // namespace pc
