#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace pc {

class ProfileStore;

// The first screen when no profile is open: the two ways in ("Try the demo",
// "Connect to 4me") and, when profiles exist, the list to open one, so the
// same screen is the profile picker at start when none was used last.
// Keyboard: D and C (also with Alt) press the two buttons; Enter presses the
// focused one or opens the selected profile.
class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    // `profiles` may be nullptr (no list is shown then).
    explicit WelcomeWidget(ProfileStore *profiles, QWidget *parent = nullptr);

    // Each carries its title as accessibleName and its subtitle as accessibleDescription.
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *connectButton() const { return m_connect; }
    QListWidget *profileList() const { return m_list; }

Q_SIGNALS:
    void demoRequested();
    void connectRequested();
    void profileChosen(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadProfiles();
    void openSelected();

    QPointer<ProfileStore> m_profiles;
    QLabel *m_title = nullptr;
    QLabel *m_tagline = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_demo;
    QPushButton *m_connect;
    QWidget *m_profilesSection;
    QListWidget *m_list;
    QPushButton *m_open;
};

} // namespace pc
