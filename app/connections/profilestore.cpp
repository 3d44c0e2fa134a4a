#include "app/connections/profilestore.h"

#include "app/connections/secretstore.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariant>
#include <algorithm>
#include <array>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ProfileStore).
class ProfileStore { Q_OBJECT };
#endif

namespace {

const QLatin1String kProfilesGroup("profiles");
const QLatin1String kLastUsedKey("profiles-last-used");

// Settings values are words, not enum numbers, so the file stays readable and
// survives reordered enums.
template<typename E, std::size_t N>
QString toWord(E value, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[e, word] : table) {
        if (e == value)
            return QLatin1String(word);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromWord(const QString &word, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[e, w] : table) {
        if (word == QLatin1String(w))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Environment, const char *>, 3> kEnvironments{{
    {Environment::Production, "production"},
    {Environment::Qa, "qa"},
    {Environment::Demo, "demo"},
}};
constexpr std::array<std::pair<Region, const char *>, 5> kRegions{{
    {Region::Global, "global"},
    {Region::Au, "au"},
    {Region::Uk, "uk"},
    {Region::Ch, "ch"},
    {Region::Us, "us"},
}};
constexpr std::array<std::pair<Brand, const char *>, 2> kBrands{{
    {Brand::Xurrent, "xurrent"},
    {Brand::FourMe, "4me"},
}};
constexpr std::array<std::pair<ProxyMode, const char *>, 4> kProxyModes{{
    {ProxyMode::System, "system"},
    {ProxyMode::None, "none"},
    {ProxyMode::Http, "http"},
    {ProxyMode::Socks5, "socks5"},
}};

QString profileGroup(const QString &name)
{
    return kProfilesGroup + QLatin1Char('/') + Profile::settingsKey(name);
}

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

ProfileStore::ProfileStore(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(kProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        m_settings->beginGroup(group);
        Profile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        const auto environment = fromWord(
            m_settings->value(QStringLiteral("environment"), QStringLiteral("production")).toString(),
            kEnvironments);
        const auto region = fromWord(
            m_settings->value(QStringLiteral("region"), QStringLiteral("global")).toString(), kRegions);
        const auto brand = fromWord(
            m_settings->value(QStringLiteral("brand"), QStringLiteral("xurrent")).toString(), kBrands);
        const auto proxyMode =
            fromWord(m_settings->value(QStringLiteral("proxy/mode"), QStringLiteral("system")).toString(),
                     kProxyModes);
        p.customBaseUrl = m_settings->value(QStringLiteral("customUrl")).toString();
        p.account = m_settings->value(QStringLiteral("account")).toString();
        p.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
        p.keepLocalCopy = m_settings->value(QStringLiteral("keepLocalCopy"), true).toBool();
        p.proxy.host = m_settings->value(QStringLiteral("proxy/host")).toString();
        bool portOk = false;
        const int port = m_settings->value(QStringLiteral("proxy/port"), 0).toInt(&portOk);
        p.proxy.user = m_settings->value(QStringLiteral("proxy/user")).toString();
        p.caBundlePath = m_settings->value(QStringLiteral("caBundle")).toString();
        m_settings->endGroup();
        // An unknown environment must not quietly become production (or
        // anything else): such an entry is not offered at all.
        if (p.name.trimmed().isEmpty() || Profile::settingsKey(p.name) != group || !environment || !region ||
            !brand || !proxyMode || !portOk || port < 0 || port > 65535)
            continue;
        p.environment = *environment;
        p.region = *region;
        p.brand = *brand;
        p.proxy.mode = *proxyMode;
        p.proxy.port = quint16(port);
        result.append(p);
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const Profile &p : profiles())
        result.append(p.name);
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name == name.trimmed())
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &name) const
{
    const QStringList all = names();
    return std::any_of(all.begin(), all.end(), [&name](const QString &n) { return sameName(n, name); });
}

QList<ProfileIssue> ProfileStore::validate(const Profile &profile, const QString &replacing) const
{
    QList<ProfileIssue> issues = profile.validate();
    const QString name = profile.name.trimmed();
    if (!name.isEmpty() && !sameName(name, replacing) && contains(name)) {
        issues.prepend({ProfileIssue::Field::Name,
                        tr("A profile named \"%1\" already exists. Choose another name.").arg(name)});
    }
    return issues;
}

bool ProfileStore::save(const Profile &input, const QString &replacing, QString *error)
{
    const Profile p = input.normalized();
    const QList<ProfileIssue> issues = validate(p, replacing);
    if (!issues.isEmpty()) {
        if (error) {
            QStringList messages;
            for (const ProfileIssue &issue : issues)
                messages.append(issue.message);
            *error = messages.join(QLatin1Char('\n'));
        }
        return false;
    }
    const QString old = replacing.trimmed();
    if (!old.isEmpty() && old != p.name && profile(old)) {
        Profile before;
        before.name = old;
        m_settings->remove(profileGroup(old));
        moveGroup(before.settingsGroup(), p.settingsGroup());
        if (m_settings->value(kLastUsedKey).toString() == old)
            m_settings->setValue(kLastUsedKey, p.name);
    }
    if (!write(p, error))
        return false;
    Q_EMIT changed();
    return true;
}

bool ProfileStore::rename(const QString &from, const QString &to, QString *error)
{
    std::optional<Profile> p = profile(from);
    if (!p) {
        if (error)
            *error = tr("There is no profile named \"%1\".").arg(from);
        return false;
    }
    p->name = to;
    return save(*p, from, error);
}

bool ProfileStore::remove(const QString &name, SecretStore *secrets)
{
    const std::optional<Profile> p = profile(name);
    if (!p)
        return false;
    m_settings->remove(profileGroup(p->name));
    m_settings->remove(p->settingsGroup());
    if (m_settings->value(kLastUsedKey).toString() == p->name)
        m_settings->remove(kLastUsedKey);
    sync(nullptr);
    if (secrets) {
        // Nothing waits for the removals: a job ends on its own.
        for (const QString &key : {p->secretKey(), p->proxy.secretKey()}) {
            if (!key.isEmpty() && profilesUsingSecret(key).isEmpty())
                secrets->remove(key);
        }
    }
    Q_EMIT changed();
    return true;
}

QStringList ProfileStore::profilesUsingSecret(const QString &secretKey) const
{
    QStringList result;
    for (const Profile &p : profiles()) {
        if (p.secretKey() == secretKey || p.proxy.secretKey() == secretKey)
            result.append(p.name);
    }
    return result;
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(kLastUsedKey).toString();
    return profile(name) ? name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(kLastUsedKey, name.trimmed());
    sync(nullptr);
}

bool ProfileStore::write(const Profile &p, QString *error)
{
    const QString group = profileGroup(p.name);
    // Start from an empty group: no stale key (or a hand-added secret) survives.
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("environment"), toWord(p.environment, kEnvironments));
    m_settings->setValue(QStringLiteral("region"), toWord(p.region, kRegions));
    m_settings->setValue(QStringLiteral("brand"), toWord(p.brand, kBrands));
    if (p.usesCustomUrl())
        m_settings->setValue(QStringLiteral("customUrl"), p.customBaseUrl);
    m_settings->setValue(QStringLiteral("account"), p.account);
    m_settings->setValue(QStringLiteral("readOnly"), p.readOnly);
    m_settings->setValue(QStringLiteral("keepLocalCopy"), p.keepLocalCopy);
    m_settings->setValue(QStringLiteral("proxy/mode"), toWord(p.proxy.mode, kProxyModes));
    if (!p.proxy.host.isEmpty())
        m_settings->setValue(QStringLiteral("proxy/host"), p.proxy.host);
    if (p.proxy.port != 0)
        m_settings->setValue(QStringLiteral("proxy/port"), int(p.proxy.port));
    if (!p.proxy.user.isEmpty())
        m_settings->setValue(QStringLiteral("proxy/user"), p.proxy.user);
    if (!p.caBundlePath.isEmpty())
        m_settings->setValue(QStringLiteral("caBundle"), p.caBundlePath);
    m_settings->endGroup();
    return sync(error);
}

void ProfileStore::moveGroup(const QString &from, const QString &to)
{
    if (from == to)
        return;
    m_settings->beginGroup(from);
    const QStringList keys = m_settings->allKeys();
    QList<std::pair<QString, QVariant>> values;
    for (const QString &key : keys)
        values.append({key, m_settings->value(key)});
    m_settings->endGroup();
    m_settings->remove(from);
    m_settings->remove(to);
    m_settings->beginGroup(to);
    for (const auto &[key, value] : values)
        m_settings->setValue(key, value);
    m_settings->endGroup();
}

bool ProfileStore::sync(QString *error)
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    if (error)
        *error = tr("The profiles could not be saved to %1. Check that the folder is writable and the disk "
                    "is not full.")
                     .arg(m_settings->fileName());
    return false;
}

} // namespace pc
