#include "app/index/localindex.h"
#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/savedview.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/tablestart.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace testsupport;

// The window's tables are started before the window is built: the saved
// view's query goes out first, and the views built over it ask for nothing
// again. What a person sees: the same columns, filter and sort as when they
// closed the console, from one request per table.
class TestTableStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theSavedViewIsAskedForOnceBeforeTheWindowExists();
    void aStartWithoutASavedViewAsksForTheFirstPages();
    void aNewLocalCopyDoesNotHoldTheFirstPagesBack();
    void anExistingLocalCopyIsAskedFirst();
};

void TestTableStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestTableStart::theSavedViewIsAskedForOnceBeforeTheWindowExists()
{
    pc::SavedView saved;
    saved.predefinedFilter = QStringLiteral("latest_published");
    saved.sortField = QStringLiteral("name");
    saved.sortOrder = Qt::DescendingOrder;
    saved.visibleFields = QStringList{QStringLiteral("name"), QStringLiteral("reference")};
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("profiles/Alpha/views/offerings"));
        saved.write(settings);
    }
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    auto *tables = new pc::TableStart(&client, nullptr, QStringLiteral("profiles/Alpha"));
    tables->start();
    // No widget yet, and the offerings are loading what the view had.
    QVERIFY(tables->isStarted());
    QVERIFY(tables->offerings()->isLoading());
    QCOMPARE(tables->offerings()->predefinedFilter(), saved.predefinedFilter);
    const QString listPath = QStringLiteral("/v1/app_offerings/latest_published");
    QTRY_COMPARE(requestsTo(*server, listPath, "GET").size(), 1);
    const sandbox::RecordedRequest first = requestsTo(*server, listPath, "GET").constFirst();
    QCOMPARE(first.query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-name"));
    const QStringList fields = first.query.queryItemValue(QStringLiteral("fields")).split(QLatin1Char(','));
    QVERIFY2(!fields.contains(QStringLiteral("webhook_uri_template")), qPrintable(fields.join(u',')));

    pc::MainWindow window(&client, QStringLiteral("wdc @ test"), tables);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.offeringsModel()->rowCount() > 0);
    QCOMPARE(window.offeringsModel(), tables->offerings());
    // The view shows the saved columns, filter and sort ...
    QList<int> expectedColumns{window.offeringsModel()->columnForField(QStringLiteral("name")),
                               window.offeringsModel()->columnForField(QStringLiteral("reference"))};
    QCOMPARE(window.offeringsView()->visibleColumns(), expectedColumns);
    QCOMPARE(window.offeringsModel()->sortField(), QStringLiteral("name"));
    QCOMPARE(window.offeringsModel()->sortOrder(), Qt::DescendingOrder);
    // ... and asked for nothing again.
    QTRY_VERIFY(!window.offeringsModel()->isLoading());
    QCOMPARE(requestsTo(*server, listPath, "GET").size(), 1);
}

void TestTableStart::aStartWithoutASavedViewAsksForTheFirstPages()
{
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    auto *tables = new pc::TableStart(&client, nullptr, QStringLiteral("profiles/Fresh"));
    QVERIFY(!tables->isStarted());
    QVERIFY(!tables->offerings()->isLoading()); // nothing before start()
    tables->start();
    QTRY_COMPARE(requestsTo(*server, QStringLiteral("/v1/app_instances"), "GET").size(), 1);
    pc::MainWindow window(&client, QStringLiteral("wdc @ test"), tables);
    window.show();
    QTRY_COMPARE(window.offeringsModel()->rowCount(), ownOfferingCount(*server));
    QTRY_COMPARE(window.instancesModel()->rowCount(), 100);
    QCOMPARE(requestsTo(*server, QStringLiteral("/v1/app_instances"), "GET").size(), 1);
}

void TestTableStart::aNewLocalCopyDoesNotHoldTheFirstPagesBack()
{
    // The first start of a connection that keeps a local copy: there is no
    // file, so nothing can be complete; the first pages are asked for while
    // the new file is being made, not after.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.sqlite"));
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    auto *index = new pc::LocalIndex(&client);
    index->holdStartSync(true); // the window's first paint would release it
    index->open(path);
    QVERIFY(index->openedWithoutFile());
    // Before the client: the index goes with the tables.
    const auto tables = std::make_unique<pc::TableStart>(&client, index, QStringLiteral("profiles/New"));
    tables->start();
    QVERIFY(!index->isReady());
    QVERIFY(tables->isStarted());
    QVERIFY(tables->offerings()->isLoading());
    QVERIFY(tables->instances()->isLoading());
    QTRY_VERIFY(index->isReady());
    QTRY_COMPARE(tables->instances()->rowCount(), 100);
    QVERIFY(!index->isComplete(pc::IndexCollection::Instances));
    QCOMPARE(requestsTo(*server, QStringLiteral("/v1/app_instances"), "GET").size(), 1);
}

void TestTableStart::anExistingLocalCopyIsAskedFirst()
{
    // A file from an earlier start may hold a complete copy: the tables wait
    // for it to say what it holds before they spend a request.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.sqlite"));
    auto server = startSandbox();
    pc::ApiClient client(settingsFor(*server));
    {
        pc::LocalIndex earlier(&client);
        earlier.holdStartSync(true);
        earlier.open(path);
        QTRY_VERIFY(earlier.isReady());
    }
    QVERIFY(QFile::exists(path));
    auto *index = new pc::LocalIndex(&client);
    index->holdStartSync(true);
    index->open(path);
    QVERIFY(!index->openedWithoutFile());
    const auto tables = std::make_unique<pc::TableStart>(&client, index, QStringLiteral("profiles/Earlier"));
    int requestsWhenReady = -1;
    connect(index, &pc::LocalIndex::ready, this, [&] {
        requestsWhenReady = int(requestsTo(*server, QStringLiteral("/v1/app_instances"), "GET").size());
    });
    tables->start();
    QVERIFY(!tables->isStarted());
    QTRY_VERIFY(tables->isStarted()); // once the file said it holds no complete copy
    QCOMPARE(requestsWhenReady, 0);
    QTRY_COMPARE(tables->instances()->rowCount(), 100);
    QCOMPARE(requestsTo(*server, QStringLiteral("/v1/app_instances"), "GET").size(), 1);
}

QTEST_MAIN(TestTableStart)
#include "tst_tablestart.moc"
