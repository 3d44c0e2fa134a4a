#pragma once

#include "app/connections/profile.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace pc {

class SecretStore;

// All profiles, in QSettings under "profiles/<name>", plus the name of the one
// used last. Never a token: there is no field for one, and saving a profile
// first clears its whole group, so even a hand-edited "token" key goes away.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's settings (QSettings()).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file of its own (tests).
    explicit ProfileStore(const QString &iniFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    QString fileName() const;

    // Sorted by name, case-insensitively. Entries that cannot be read (a
    // damaged or hand-edited file) are left in the file but not offered.
    QList<Profile> profiles() const;
    QStringList names() const;
    std::optional<Profile> profile(const QString &name) const;
    // Names are unique regardless of case.
    bool contains(const QString &name) const;

    // Everything that keeps `profile` from being saved. `replacing` is the
    // name of the profile being edited (empty for a new one), so it does not
    // count as a duplicate of itself.
    QList<ProfileIssue> validate(const Profile &profile, const QString &replacing = {}) const;
    // Adds or replaces a profile (normalized first). With `replacing` set to
    // another name, the profile is renamed as well (its views and the
    // last-used mark follow). On failure *error holds the messages, one a line.
    bool save(const Profile &profile, const QString &replacing = {}, QString *error = nullptr);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    // Removes the profile and its views. With `secrets`, its entries there
    // go too (its token, its proxy password) unless another profile still
    // uses them (profilesUsingSecret()); without, they stay.
    bool remove(const QString &name, SecretStore *secrets = nullptr);
    // The profiles whose token or proxy password is kept under `secretKey`.
    QStringList profilesUsingSecret(const QString &secretKey) const;

    QString lastUsed() const; // empty when none, or when that profile is gone
    void setLastUsed(const QString &name);

Q_SIGNALS:
    void changed();

private:
    bool write(const Profile &profile, QString *error);
    void moveGroup(const QString &from, const QString &to);
    bool sync(QString *error);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace pc
