#include "ui/connections/connectdialog.h"
#include "ui/connections/formparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

// The connect dialog's form read back: the profile it describes, what keeps
// it from being saved or tested, shown at the fields, and a suggested name.
namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectDialog).
class ConnectDialog { Q_OBJECT };
#endif

using namespace formparts;

namespace {

// The badge the main window shows too, so the user sees here already which
// kind of environment the profile points at.
void styleBadge(QLabel *badge, Profile::EnvironmentKind kind)
{
    QLatin1String fill("#546e7a"), ink("white");
    switch (kind) {
    case Profile::EnvironmentKind::Production:
        fill = QLatin1String("#c62828");
        break;
    case Profile::EnvironmentKind::Qa:
        fill = QLatin1String("#f59e0b");
        ink = QLatin1String("#1f2937");
        break;
    case Profile::EnvironmentKind::Demo:
    case Profile::EnvironmentKind::Sandbox:
        fill = QLatin1String("#2e7d32");
        break;
    case Profile::EnvironmentKind::Custom:
        break;
    }
    badge->setText(Profile::environmentKindName(kind));
    // The border in the fill colour is what makes Qt round the corners.
    badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %1; "
                                        "border-radius: 8px; padding: 0px 8px; }")
                             .arg(fill, ink));
}

} // namespace

Profile ConnectDialog::currentProfile() const
{
    Profile p;
    p.name = m_name->text();
    p.environment = currentEnum<Environment>(m_environment);
    p.region = currentEnum<Region>(m_region);
    p.brand = currentEnum<Brand>(m_brand);
    p.customBaseUrl = m_customUrlEnabled->isChecked() ? m_customUrl->text() : QString();
    p.account = m_account->text();
    p.readOnly = m_readOnly->isChecked();
    p.keepLocalCopy = m_keepLocalCopy->isChecked();
    p.proxy.mode = currentEnum<ProxyMode>(m_proxyMode);
    if (p.proxy.isManual()) {
        p.proxy.host = m_proxyHost->text();
        const int port = m_proxyPort->text().trimmed().toInt();
        p.proxy.port = port > 0 && port <= 65535 ? quint16(port) : 0;
        p.proxy.user = m_proxyUser->text();
    }
    p.caBundlePath = m_caBundle->text();
    return p.normalized();
}

bool ConnectDialog::tokenNeeded() const
{
    // The stored token is filed under host and account: with either changed
    // it no longer applies, and a token for the new place must be typed.
    return !m_editing || currentProfile().secretKey() != m_originalSecretKey;
}

void ConnectDialog::touch(Field field)
{
    m_touched |= 1 << int(field);
}

QList<ProfileIssue> ConnectDialog::issues(const Profile &profile) const
{
    QList<ProfileIssue> result = m_profiles
                                     ? m_profiles->validate(profile, m_editing ? m_originalName : QString())
                                     : profile.validate();
    // A ticked but empty custom URL would quietly fall back to the
    // environment's URL (Profile sees no custom URL at all).
    if (m_customUrlEnabled->isChecked() && !profile.usesCustomUrl()) {
        QString error;
        ApiEndpoints::normalizeCustomBaseUrl(QString(), &error);
        result.append({ProfileIssue::Field::BaseUrl, error});
    }
    return result;
}

void ConnectDialog::suggestName()
{
    if (m_updating || m_editing)
        return;
    const QString current = m_name->text().trimmed();
    if (!current.isEmpty() && current != m_autoName)
        return; // the user's own name stays
    const Profile p = currentProfile();
    QString suggestion;
    if (!p.account.isEmpty()) {
        QString where = Profile::environmentKindName(p.environmentKind());
        if (!p.usesCustomUrl() && p.environment != Environment::Demo && p.region != Region::Global)
            where = tr("%1, %2").arg(where, regionName(p.region));
        suggestion = tr("%1 (%2)").arg(p.account, where);
    }
    m_autoName = suggestion;
    m_name->setText(suggestion);
}

void ConnectDialog::updateApiUrl(const Profile &profile)
{
    QString error;
    std::optional<QUrl> url;
    if (m_customUrlEnabled->isChecked())
        url = ApiEndpoints::normalizeCustomBaseUrl(m_customUrl->text(), &error);
    else
        url = profile.baseUrl();
    if (url) {
        // A URL does not wrap; an error sentence must (wrapping would also
        // make the row reserve a second line for the URL).
        m_apiUrl->setWordWrap(false);
        m_apiUrl->setText(tr("API URL: %1").arg(url->toString()));
        m_apiUrl->setStyleSheet(QString());
        styleBadge(m_badge, profile.environmentKind());
        m_badge->show();
    } else {
        m_apiUrl->setWordWrap(true);
        m_apiUrl->setText(error);
        m_apiUrl->setStyleSheet(kErrorStyle);
        m_badge->hide();
    }
}

void ConnectDialog::updateState()
{
    if (m_updating)
        return;
    const Profile p = currentProfile();
    const bool demo = p.environment == Environment::Demo;
    const bool custom = m_customUrlEnabled->isChecked();
    m_environment->setEnabled(!custom);
    m_brand->setEnabled(!custom);
    // Demo exists only as one global host.
    m_region->setEnabled(!custom && !demo);
    for (QLineEdit *edit : {m_proxyHost, m_proxyPort, m_proxyUser})
        edit->setEnabled(p.proxy.isManual());
    // A password goes with a manual proxy's user, and is kept under both.
    const QString proxyKey = p.proxy.secretKey();
    m_proxyPassword->setEnabled(!proxyKey.isEmpty());
    m_showProxyPassword->setEnabled(!proxyKey.isEmpty());
    setText(m_proxyPassword, Text::Placeholder,
            proxyKey.isEmpty() ? QT_TR_NOOP("with a manual proxy and its user")
            : m_editing && proxyKey == m_originalProxySecretKey
                ? QT_TR_NOOP("Leave empty to keep the stored password")
                : QT_TR_NOOP("only if the proxy asks for one"));
    updateApiUrl(p);

    const QList<ProfileIssue> all = issues(p);
    QStringList name, account, proxy, caBundle;
    bool urlProblem = false;
    for (const ProfileIssue &issue : all) {
        switch (issue.field) {
        case ProfileIssue::Field::Name:
            name.append(issue.message);
            break;
        case ProfileIssue::Field::Account:
            account.append(issue.message);
            break;
        case ProfileIssue::Field::BaseUrl:
            urlProblem = true;
            break; // shown in the API URL line
        case ProfileIssue::Field::Proxy:
            proxy.append(issue.message);
            break;
        case ProfileIssue::Field::CaBundle:
            caBundle.append(issue.message);
            break;
        }
    }
    QStringList missing; // what keeps Save disabled but is not shown at its field yet
    auto show = [&missing](QLabel *label, const QStringList &messages, bool visible, const QString &what) {
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(visible && !messages.isEmpty());
        if (!visible && !messages.isEmpty())
            missing.append(what);
    };
    show(m_nameError, name, touched(Field::Name) || !m_name->text().trimmed().isEmpty(),
         tr("a profile name"));
    show(m_accountError, account, touched(Field::Account) || !m_account->text().trimmed().isEmpty(),
         tr("the account id"));
    show(m_proxyError, proxy, true, {});
    show(m_caBundleError, caBundle, true, {});

    const bool needToken = tokenNeeded();
    const bool haveToken = !token().isEmpty();
    QStringList tokenMessages;
    if (needToken && !haveToken) {
        tokenMessages.append(m_editing ? tr("The API host or account changed, so the stored token does not "
                                            "apply: paste the token for account %1 on %2.")
                                             .arg(p.account, p.baseUrl().host())
                                       : tr("Paste the API token."));
    }
    show(m_tokenError, tokenMessages, m_editing || touched(Field::Token), tr("the API token"));

    const bool busy = isSaving() || m_keychainPanel->isVisible();
    const bool valid = all.isEmpty() && (haveToken || !needToken);
    m_save->setEnabled(valid && !busy);
    const bool testable = !urlProblem && p.baseUrl().isValid() && !p.account.isEmpty() && proxy.isEmpty() &&
                          caBundle.isEmpty() && (haveToken || (!needToken && m_secrets));
    m_test->setEnabled((testable || isTesting()) && !busy);

    if (!busy) {
        m_status->setStyleSheet(QString());
        m_status->setForegroundRole(QPalette::PlaceholderText);
        m_status->setText(
            missing.isEmpty() ? QString() : tr("To save, enter %1.").arg(missing.join(QStringLiteral(", "))));
    }
    growToFit();
}

void ConnectDialog::connectionSettingsChanged()
{
    if (m_updating)
        return;
    // A result about other settings than those shown would mislead.
    cancelTest();
    clearTestResult();
}

} // namespace pc
