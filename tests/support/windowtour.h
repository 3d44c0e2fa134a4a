#pragma once

// Every top-level window and dialog the console can open, each opened as a
// person gets to it, against the in-process sandbox and offscreen: the main
// window in each area and with its bars and panes, the welcome screen, the
// connect dialog, the token dialogs, the instance action dialogs, the
// offering form and its dialogs, the pickers, the palette, the key help and
// the questions asked before something is lost. For the checks that must hold
// in every one of them (tests/ui/shell/tst_accessibility, tst_taborder).

#include "app/connections/profilestore.h"
#include "app/connections/secretstore.h"
#include "app/net/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/mainwindow.h"

#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QWidget;

namespace testsupport {

// As at a first start: no settings, journal or drafts of an earlier run, the
// review before saving off.
void forgetEarlierSessions();

// The mnemonics that clash in the window of the tour's `stop`: the whole
// window, as a bar or an overlay shares its window's letters (see
// duplicateMnemonics()); why not, when the stop could not be opened.
QStringList clashingMnemonicsAt(const QString &stop);

class WindowTour
{
public:
    WindowTour();
    ~WindowTour();

    // The names of the stops, one per window or dialog (and per state of one
    // that shows other controls).
    static QStringList stops();
    // A "stop" column with a row per stop, for a data-driven test.
    static void addStopsAsTestData();
    // Opens the named stop and activates its window; returns the widget to
    // check (the window, or the overlay or bar within it), with the focus
    // where it is as it opens. nullptr (and error()) when it could not.
    QWidget *open(const QString &stop);
    QString error() const { return m_error; }

    pc::MainWindow *mainWindow();
    sandbox::SandboxServer *server() const { return m_server.get(); }

private:
    // Brings an opened stop's window to the front and waits for its focus.
    QWidget *activateStop(const QString &stop, QWidget *widget);
    QWidget *openMainWindow(int area);
    QWidget *openInstanceAction(int action, int rows);
    pc::OfferingForm *openForm(bool existing, bool dirty);
    QWidget *openFormDialog(bool conflict);
    QWidget *openPickerChooser();
    QWidget *openDraftsBar();
    void startController();
    QWidget *openController(bool sessionToken);
    QWidget *openConnectDialog(bool everyPart);
    QWidget *openWelcome();
    QWidget *openJournalEntry();
    QWidget *childDialog(QWidget *parent, const char *className, const QString &objectName = {});

    QString m_error;
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<pc::MainWindow> m_window;
    std::unique_ptr<pc::ProfileStore> m_profiles;
    std::unique_ptr<pc::MemorySecretStore> m_secrets;
    std::unique_ptr<pc::AppController> m_controller;
    std::unique_ptr<QWidget> m_loose; // a window without a parent the tour made
};

} // namespace testsupport
