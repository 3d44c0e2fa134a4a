#pragma once

// The browsing tests' class: the table's tests are tst_browsing.cpp, the
// detail pane's tst_browsing_detail.cpp, one executable.

#include "app/net/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "ui/shell/mainwindow.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTableView>
#include <memory>

// Browsing by keyboard and mouse, offscreen, against the sandbox over HTTP.
class TestBrowsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void serverSortFromTheHeader();
    void localSortSaysSoAndOffersLoadAll();
    void quickFilterByKeyboard();
    void slashStartsTheFilterFromTheTable();
    void paletteRunsAnAction();
    void keyHelpListsTheKeys();
    void visibleColumnsDecideTheFields();
    void predefinedFilterSelector();
    void stateChipsAndLoadAll();
    void exportWritesEveryMatchingRow();
    void anExportOutlivesTheWindowClosing();
    void oneExportAtATime();
    void anExportOverAReloadedTableStartsOver();
    void cancelAnExport();
    void detailPaneShowsTheFullRecord();
    void drillDownToAnOfferingsInstances();
    void refreshKeepsTheSelection();
    void spaceMarksRows();
    void emptyStateSaysSo();
    void throttledCollectionIsFlagged();
    void viewsPersist();
    void endGoesToTheLastRowAndLoadsMore();
    void detailFollowsTheSelection();
    void serverFilterBarByKeyboard();
    void serverFilterTypedIntoTheFocus();
    // Found in review:
    void chipOnAHiddenColumn();
    void copyKeyInsideTheDetailPane();
    void copyWhileAnotherRecordLoadsCopiesTheRows();
    void enterRetriesAFailedDetail();
    void refreshReloadsTheDetail();
    void exportAfterAnError();
    void tabOrderFollowsTheScreen();
    void localDrillDownCounts();
    void headerStateOfAnotherColumnSetIsIgnored();
    void columnDialogByKeyboard();
    // Issue 15: a server of the 2021 API, met as a new user would.
    void sortKeyOnA2021Server_data();
    void sortKeyOnA2021Server();
    void sortKeyTwiceAtOnceOnA2021Server();

private:
    // `faults` are in place before the window's first request.
    void startWindow(const sandbox::SandboxOptions &options = {}, bool waitForInstances = true,
                     const QList<sandbox::Fault> &faults = {});
    bool showEveryInstance(int count);
    static bool isSuspendedState(const QJsonObject &instance);
    QList<sandbox::RecordedRequest> listRequests(const QString &path) const;
    // A query parameter of the last request to `path` ("" before there is one).
    QString lastParameter(const QString &path, const QString &key) const;
    // The window on a 2021 server (its instances held back 4 s when
    // `instancesHeldBack`), every offering in, the table's focus on a name.
    QTableView *offeringsOnA2021Server(bool instancesHeldBack);
    // Whether the table's names are in `order`, as a person reads them.
    static bool namesSorted(const QTableView *table, Qt::SortOrder order, QString *firstWrong);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<pc::MainWindow> m_window;
};
