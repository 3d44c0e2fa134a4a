#pragma once

#include "app/actions/instancebatch.h"
#include "app/editing/draftstore.h"
#include "app/journal/actionjournal.h"
#include "app/models/recordexporter.h"
#include "ui/editing/offeringform.h"

#include <QList>
#include <QMainWindow>
#include <array>
#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace pc {

class ApiClient;
class AreaExport;
class CommandPalette;
class ElidedLabel;
class InstanceActionDialog;
class JournalModel;
class JournalView;
class InstancesModel;
class KeyHelpOverlay;
class LocalIndex;
class LocalRecordSource;
class OfferingForms;
class OfferingsModel;
class OverviewArea;
class PagedTableModel;
class RecordView;
class SyncStatus;
class TableStart;
class TokenDialog;
class TokenRecovery;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `connectionLabel` names the connection in the title (account @ host);
    // `settingsGroup` keeps this connection's views apart from others' (a
    // profile's own columns, filters and sorting); empty: the top level.
    // `index` (the window takes it): the connection's local index, opened
    // already; the tables read from it where it holds a complete copy,
    // and page otherwise. Without one they page.
    MainWindow(ApiClient *client, const QString &connectionLabel, QWidget *parent = nullptr,
               const QString &settingsGroup = QString(), LocalIndex *index = nullptr);
    // The same over tables started already (the window takes them, their
    // models and their index), with the settings group they were read from.
    MainWindow(ApiClient *client, const QString &connectionLabel, TableStart *tables,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    OfferingsModel *offeringsModel() const { return m_offerings; }
    InstancesModel *instancesModel() const { return m_instances; }
    // The record areas and the journal, each built when it is first shown or
    // asked for here; those the window does not show are built after its
    // first paint, so the area it shows paints sooner.
    RecordView *offeringsView();
    RecordView *instancesView();
    // The record area showing; nullptr while the journal or the overview is.
    RecordView *currentView();
    // The areas by number (not by tab: the overview's tab comes first, so
    // Ctrl+1, Ctrl+2 and Ctrl+3 kept their areas).
    static constexpr int OfferingsAreaIndex = 0;
    static constexpr int InstancesAreaIndex = 1;
    static constexpr int JournalAreaIndex = 2;
    static constexpr int OverviewAreaIndex = 3;
    void showArea(int index); // 0 offerings, 1 instances, 2 journal, 3 overview
    // The overview, built now if it was not yet: it is built after the
    // window's first paint (or when it is first shown, if that is sooner).
    OverviewArea *overviewArea();
    bool overviewBuilt() const { return m_overviewArea; }
    JournalView *journalView();
    // Whether an area (offerings, instances, journal) has been built yet.
    bool areaBuilt(int area) const;
    int currentArea() const;

    // Every action of the window, each in a menu with its shortcut.
    QList<QAction *> allActions() const { return m_actions; }
    QAction *action(const QString &objectName) const;
    CommandPalette *commandPalette() const { return m_palette; }
    KeyHelpOverlay *keyHelp() const { return m_keyHelp; }
    // The local index and its part of the status bar; nullptr without one.
    LocalIndex *localIndex() const { return m_index; }
    SyncStatus *syncStatus() const { return m_syncStatus; }

    // Writes the current view's matching rows, every page, with the visible
    // columns; loads the remaining pages first. Returns false at once when
    // the export cannot start; the outcome is shown in the status bar.
    bool exportCurrentView(const QString &path, RecordExporter::Format format);

    // Suspend, resume, disable or enable the selected instances (the current
    // one when none is selected): opens the dialog that previews and runs it.
    InstanceActionDialog *startInstanceAction(InstanceBatch::Action action);
    ActionJournal *journal() { return &m_journal; }

    // The environment, always in sight (production red, QA amber, demo and
    // sandbox green): `kind` is "production", "qa", "demo", "sandbox" or "custom".
    void setEnvironmentBadge(const QString &kind, const QString &text);
    QLabel *environmentBadge() const { return m_badge; }
    // A read-only connection: every write action disabled, out of the menus
    // and the palette, and the forms cannot save.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The actions that change something on the server.
    QList<QAction *> writeActions() const;

    // The offering form for a new offering (Ctrl+N) or the current one (F2);
    // an offering already open in a form is raised, not opened twice.
    OfferingForm *newOffering();
    OfferingForm *editOffering(qint64 id);
    OfferingForm *editCurrentOffering();
    QList<OfferingForm *> offeringForms() const;
    DraftStore *drafts();
    // "account@host": the connection the drafts belong to.
    QString draftScope() const;
    // The bar offering the drafts of an earlier session; nullptr when none.
    QWidget *draftsBar() const;
    void restoreDrafts();
    void discardDrafts();

    // The refused token (a 401: revoked or expired). The first refusal of a
    // token opens the token dialog (one at a time; Cancel means no more
    // questions about that token, File → Enter a new API token… asks again).
    // A new token is set on the client, handed to tokenReplaced(), and what
    // stopped loading because of the refusal resumes: a page is asked again,
    // a Load all goes on where it stopped. Writes that were refused are not
    // sent again by themselves; their own Retry does that.
    void askForNewToken(const QString &serverMessage = QString());
    TokenDialog *tokenDialog() const;
    // Whether the token dialog offers to keep the token in the keychain.
    void setTokenStorage(bool available);

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    // Ctrl+Shift+O and File → Switch profile; File → Connect to another account.
    void switchProfileRequested();
    void connectRequested();
    // File → Edit this profile (its settings, its local copy).
    void editProfileRequested();
    // The user chose to stay when asked about unsaved forms before closing.
    void closeDeclined();
    // A new API token is in use (already set on the client); `store`: the
    // user asked to keep it in the keychain, otherwise for this session only.
    void tokenReplaced(const QByteArray &token, bool store);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // `text`, `category` and a tool tip: sources (QT_TR_NOOP) that
    // retranslateMenus() says in the current language; a null `text` is
    // set by the caller and never translated.
    QAction *addAction(QMenu *menu, const QString &name, const char *text, const char *category,
                       const QKeySequence &shortcut, const std::function<void()> &handler);
    // A menu of the menu bar, or a submenu of `parentMenu`.
    QMenu *addMenu(const char *title, QMenu *parentMenu = nullptr);
    static void setToolTipSource(QAction *action, const char *toolTip);
    // Every text of the window again, in the language now installed.
    void retranslate();
    void retranslateMenus();
    void updateTitle();
    void updateRateLabel();
    void createLanguageMenu(QMenu *viewMenu);
    void chooseLanguage(const QString &code);
    void setupAreas();
    // The area's widgets in its tab, wired to the window (mainwindowareas.cpp).
    void buildArea(int area);
    void buildRecordArea(int area);
    void buildJournalArea();
    // After the first paint: the areas not shown, one per turn of the event loop.
    void buildHiddenAreas();
    RecordView *builtView(int area) const; // nullptr until built
    void restoreViewState(RecordView *view) const;
    void focusCurrentArea();
    void setupStatusBar();
    void createActions();
    void createFileMenu();
    void createViewMenu();
    void createRecordMenu();
    void createInstanceMenu();
    void createHelpMenu();
    void createIndexActions(QMenu *menu, const char *category);
    // File → Sync automatically: how often the local copy syncs while the
    // window is open (the setting "localIndex/syncMinutes"), applied at once.
    void createSyncIntervalMenu(QMenu *fileMenu);
    void chooseSyncMinutes(int minutes);
    // The local index: the status bar's part, the tables following it, the
    // console's writes stored in it, a refused token asked for again.
    void setupLocalIndex();
    // The first rows: from the index where it is complete, else the first pages.
    void tablesStarted();
    void followIndex(int collection, bool complete);
    // An action on whichever record area is showing; elsewhere it says where it works.
    std::function<void()> onView(void (RecordView::*method)());
    void tellActionNeedsTable(const QAction *needed);
    QAction *tableOnly(QAction *created);
    void updateStatus();
    void showRateLimitWait(int seconds);
    void showKeyHelp();
    void exportWithDialog();
    // The overview area: its drill-downs into the tables and back.
    void buildOverview();
    void completeOverview();
    static int tabOfArea(int area);
    static int areaOfTab(int tab);
    void saveSettings() const;
    void restoreSettings();

    ApiClient *m_client;
    TableStart *m_tables;
    OfferingsModel *m_offerings;
    InstancesModel *m_instances;
    QTabWidget *m_tabs;
    // The tabs' pages of the offerings, the instances and the journal, each
    // empty until its area is built.
    std::array<QWidget *, 3> m_areaSlots{};
    RecordView *m_offeringsView = nullptr;
    RecordView *m_instancesView = nullptr;
    ElidedLabel *m_statusLabel; // the area's counts, ended with "…" when the bar is short of room
    QProgressBar *m_busy;
    QPushButton *m_exportCancel; // in the status bar while an export is written
    QLabel *m_rateLabel;
    CommandPalette *m_palette;
    KeyHelpOverlay *m_keyHelp;
    QList<QAction *> m_actions;
    QList<QMenu *> m_menus;
    QList<QAction *> m_languageActions; // data(): the language's code, "" for the system's
    QList<QAction *> m_instanceActions;
    QList<QAction *> m_tableActions; // tableOnly(): on each record table as it is built
    ActionJournal m_journal;
    JournalModel *m_journalModel;
    JournalView *m_journalView = nullptr;
    QWidget *m_overviewSlot; // the overview's tab, empty until buildOverview()
    OverviewArea *m_overviewArea = nullptr;
    QAction *m_overviewTablesAction = nullptr; // its bare-letter shortcut, on the area once built
    OfferingForms *m_forms;
    AreaExport *m_export;
    TokenRecovery *m_tokens = nullptr;
    LocalIndex *m_index = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    bool m_areaChosen = false; // an area was asked for (not only restored from the settings)
    bool m_shownOnce = false;  // showEvent() has built and focused the area shown
    bool m_readOnly = false;
    QString m_settingsGroup;
    QString m_connectionLabel;
    // The status bar's last "trying again" and whose it is: cleared once that retry is answered.
    QString m_retryMessage;
    const PagedTableModel *m_retryingModel = nullptr;
    QLabel *m_badge = nullptr;
};

} // namespace pc
