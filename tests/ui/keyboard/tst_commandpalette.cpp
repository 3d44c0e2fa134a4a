#include "ui/keyboard/commandpalette.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

// Named, not anonymous: the test class below holds these as members, which GCC
// refuses (-Wsubobject-linkage) once a unity build includes this file.
namespace commandpalette_test {

// A main window with the kinds of actions the palette must sort out: with and
// without shortcuts and categories, one disabled, one invisible, a separator,
// one without text.
class Window : public QMainWindow
{
public:
    Window()
    {
        resize(900, 560);
        auto *table = new QTableWidget(8, 3, this);
        table->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Reference"), QStringLiteral("Status")});
        for (int row = 0; row < table->rowCount(); ++row) {
            table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("Offering %1").arg(row + 1)));
            table->setItem(row, 1, new QTableWidgetItem(QStringLiteral("offering-%1").arg(row + 1)));
            table->setItem(row, 2, new QTableWidgetItem(QStringLiteral("active")));
        }
        table->horizontalHeader()->setStretchLastSection(true);
        setCentralWidget(table);
        statusBar()->showMessage(QStringLiteral("8 of 8 offerings loaded"));

        QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
        QMenu *view = menuBar()->addMenu(QStringLiteral("&View"));
        exportAction = add(file, QStringLiteral("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("File"));
        offerings = add(view, QStringLiteral("&Offerings"), QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("View"));
        instances = add(view, QStringLiteral("&Instances"), QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("View"));
        showInstances = add(view, QStringLiteral("Show &instances of offering"), {}, {});
        refresh = add(view, QStringLiteral("&Refresh"), QKeySequence(Qt::Key_F5), QStringLiteral("View"));
        loadAll = add(view, QStringLiteral("&Load all"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QStringLiteral("View"));
        textAndFonts = add(view, QStringLiteral("Text && &Fonts"), {}, {});
        deleteOffering = add(file, QStringLiteral("&Delete offering"), QKeySequence(Qt::Key_Delete), QStringLiteral("Edit"));
        deleteOffering->setEnabled(false);
        adminTools = add(file, QStringLiteral("&Admin tools"), {}, {});
        adminTools->setVisible(false);
        separator = file->addSeparator();
        addAction(separator);
        noText = add(file, QString(), QKeySequence(Qt::Key_F9), {});
        quit = add(file, QStringLiteral("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), QStringLiteral("File"));
        // Decoys for the ranking: a run inside a word ("Roll", "Reload") must
        // lose to word starts and longer runs.
        add(view, QStringLiteral("Open &log"), {}, QStringLiteral("Go"));
        add(view, QStringLiteral("Roll &back"), {}, {});
        add(file, QStringLiteral("Reload from &file"), {}, QStringLiteral("File"));
    }

    QAction *add(QMenu *menu, const QString &text, const QKeySequence &shortcut, const QString &category)
    {
        auto *action = menu->addAction(text);
        action->setShortcut(shortcut);
        if (!category.isEmpty())
            action->setProperty("pcCategory", category);
        addAction(action);
        return action;
    }

    QAction *exportAction;
    QAction *offerings;
    QAction *instances;
    QAction *showInstances;
    QAction *refresh;
    QAction *loadAll;
    QAction *textAndFonts;
    QAction *deleteOffering;
    QAction *adminTools;
    QAction *separator;
    QAction *noText;
    QAction *quit;
};

} // namespace commandpalette_test

using namespace commandpalette_test;

class TestCommandPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsOnlyUsableActions();
    void stripsMnemonicsAndShowsCategoryAndShortcut();
    void ranksFuzzyMatches_data();
    void ranksFuzzyMatches();
    void marksMatchedCharacters();
    void enterTriggersTheFirstMatchOnceAfterClosing();
    void downThenEnterTriggersTheSecond();
    void pageDownAndUpKeepFocusInTheSearchField();
    void escapeClosesWithoutTriggering();
    void clickRunsTheItem();
    void showsNoMatchingCommand();
    void popupClearsThePreviousQueryAndRespectsNewState();
    void followsTheParentAndClosesOnOutsideFocus();
    void screenshot();

private:
    QStringList rows() const;
    QAction *actionAt(int row) const;
    void open();
    void type(const QString &text);

    Window *m_window = nullptr;
    pc::CommandPalette *m_palette = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
};

void TestCommandPalette::init()
{
    m_window = new Window;
    m_palette = new pc::CommandPalette(m_window);
    m_palette->setActions(m_window->actions());
    m_search = m_palette->findChild<QLineEdit *>(QStringLiteral("commandPaletteSearch"));
    m_list = m_palette->findChild<QListView *>(QStringLiteral("commandPaletteList"));
    QVERIFY(m_search);
    QVERIFY(m_list);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(!m_palette->isVisible());
}

void TestCommandPalette::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QStringList TestCommandPalette::rows() const
{
    QStringList result;
    const QAbstractItemModel *model = m_list->model();
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, 0).data().toString());
    return result;
}

QAction *TestCommandPalette::actionAt(int row) const
{
    return m_list->model()->index(row, 0).data(pc::CommandPalette::ActionRole).value<QAction *>();
}

void TestCommandPalette::open()
{
    m_palette->popup();
    QVERIFY(m_palette->isVisible());
    QTRY_VERIFY(m_search->hasFocus());
}

void TestCommandPalette::type(const QString &text)
{
    QTest::keyClicks(m_search, text);
    QCOMPARE(m_search->text(), text);
}

void TestCommandPalette::listsOnlyUsableActions()
{
    open();
    const QStringList listed = rows();
    QCOMPARE(listed.size(), 11);
    QVERIFY(!listed.join(QLatin1Char('|')).contains(QStringLiteral("Delete offering")));
    QVERIFY(!listed.join(QLatin1Char('|')).contains(QStringLiteral("Admin tools")));
    for (int row = 0; row < listed.size(); ++row) {
        QAction *action = actionAt(row);
        QVERIFY(action);
        QVERIFY(action != m_window->separator && action != m_window->noText);
        QVERIFY(action->isEnabled() && action->isVisible());
    }
    // The empty query keeps the window's order and selects the first item.
    QCOMPARE(actionAt(0), m_window->exportAction);
    QCOMPARE(m_list->currentIndex().row(), 0);
}

void TestCommandPalette::stripsMnemonicsAndShowsCategoryAndShortcut()
{
    open();
    const QStringList listed = rows();
    QVERIFY2(listed.contains(QStringLiteral("View: Refresh")), qPrintable(listed.join(QLatin1Char('|'))));
    QVERIFY(listed.contains(QStringLiteral("Text & Fonts")));
    QVERIFY(listed.contains(QStringLiteral("Show instances of offering")));
    const QAbstractItemModel *model = m_list->model();
    const int refreshRow = static_cast<int>(listed.indexOf(QStringLiteral("View: Refresh")));
    QCOMPARE(model->index(refreshRow, 0).data(pc::CommandPalette::ShortcutRole).toString(),
             QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText));
    QCOMPARE(model->index(refreshRow, 0).data(pc::CommandPalette::CategoryLengthRole).toInt(),
             static_cast<int>(QStringLiteral("View: ").size()));
    const int loadAllRow = static_cast<int>(listed.indexOf(QStringLiteral("View: Load all")));
    QCOMPARE(model->index(loadAllRow, 0).data(pc::CommandPalette::ShortcutRole).toString(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText));
    const int textRow = static_cast<int>(listed.indexOf(QStringLiteral("Text & Fonts")));
    QVERIFY(model->index(textRow, 0).data(pc::CommandPalette::ShortcutRole).toString().isEmpty());
    QCOMPARE(model->index(textRow, 0).data(pc::CommandPalette::CategoryLengthRole).toInt(), 0);
    QCOMPARE(pc::actionDisplayText(m_window->textAndFonts), QStringLiteral("Text & Fonts"));
}

void TestCommandPalette::ranksFuzzyMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedFirst");
    QTest::newRow("subsequence across words") << QStringLiteral("ldal") << QStringLiteral("Load all");
    QTest::newRow("prefix") << QStringLiteral("exp") << QStringLiteral("Export…");
    QTest::newRow("prefix beats a later word") << QStringLiteral("ins") << QStringLiteral("Instances");
    QTest::newRow("word starts") << QStringLiteral("sio") << QStringLiteral("Show instances of offering");
    QTest::newRow("case-insensitive") << QStringLiteral("REFR") << QStringLiteral("Refresh");
    QTest::newRow("spaces are ignored") << QStringLiteral("load all") << QStringLiteral("Load all");
    QTest::newRow("via the category") << QStringLiteral("view ref") << QStringLiteral("Refresh");
    QTest::newRow("literal ampersand") << QStringLiteral("t&f") << QStringLiteral("Text & Fonts");
    QTest::newRow("single letter prefers the start") << QStringLiteral("q") << QStringLiteral("Quit");
    QTest::newRow("consecutive beats scattered") << QStringLiteral("off") << QStringLiteral("Offerings");
    QTest::newRow("word starts beat a run inside a word") << QStringLiteral("ol") << QStringLiteral("Open log");
    QTest::newRow("a longer run beats more word starts") << QStringLiteral("ref") << QStringLiteral("Refresh");
}

void TestCommandPalette::ranksFuzzyMatches()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedFirst);
    open();
    type(query);
    QVERIFY2(m_list->model()->rowCount() > 0, qPrintable(query));
    QCOMPARE(pc::actionDisplayText(actionAt(0)), expectedFirst);
    QCOMPARE(m_list->currentIndex().row(), 0);
}

void TestCommandPalette::marksMatchedCharacters()
{
    open();
    type(QStringLiteral("ldal"));
    QCOMPARE(rows().value(0), QStringLiteral("View: Load all"));
    const QList<int> positions = m_list->model()->index(0, 0).data(pc::CommandPalette::MatchPositionsRole).value<QList<int>>();
    // "View: Load all": L(6) d(9) a(11) l(12) — the word start "all", not the "a" of "Load".
    QCOMPARE(positions, (QList<int>{6, 9, 11, 12}));
    // Non-matching actions are filtered out, not just pushed down.
    QVERIFY(!rows().contains(QStringLiteral("File: Quit")));
}

void TestCommandPalette::enterTriggersTheFirstMatchOnceAfterClosing()
{
    open();
    QSignalSpy refreshed(m_window->refresh, &QAction::triggered);
    QSignalSpy reported(m_palette, &pc::CommandPalette::actionTriggered);
    bool visibleWhenTriggered = true;
    connect(m_window->refresh, &QAction::triggered, this, [&] { visibleWhenTriggered = m_palette->isVisible(); });
    type(QStringLiteral("refr"));
    QTest::keyClick(m_search, Qt::Key_Return);
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(!visibleWhenTriggered);
    QVERIFY(!m_palette->isVisible());
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.first().first().value<QAction *>(), m_window->refresh);
}

void TestCommandPalette::downThenEnterTriggersTheSecond()
{
    open();
    type(QStringLiteral("ins"));
    QCOMPARE(actionAt(0), m_window->instances);
    QCOMPARE(actionAt(1), m_window->showInstances);
    QSignalSpy first(m_window->instances, &QAction::triggered);
    QSignalSpy second(m_window->showInstances, &QAction::triggered);
    QTest::keyClick(m_search, Qt::Key_Down);
    QCOMPARE(m_list->currentIndex().row(), 1);
    QVERIFY(m_search->hasFocus());
    QTest::keyClick(m_search, Qt::Key_Enter);
    QCOMPARE(second.size(), 1);
    QCOMPARE(first.size(), 0);
    QVERIFY(!m_palette->isVisible());
}

void TestCommandPalette::pageDownAndUpKeepFocusInTheSearchField()
{
    open();
    const int count = m_list->model()->rowCount();
    QTest::keyClick(m_search, Qt::Key_PageDown);
    QCOMPARE(m_list->currentIndex().row(), count - 1);
    QTest::keyClick(m_search, Qt::Key_Down);
    QCOMPARE(m_list->currentIndex().row(), 0); // wraps around
    QTest::keyClick(m_search, Qt::Key_Up);
    QCOMPARE(m_list->currentIndex().row(), count - 1);
    QTest::keyClick(m_search, Qt::Key_PageUp);
    QCOMPARE(m_list->currentIndex().row(), 0);
    QVERIFY(m_search->hasFocus());
    QVERIFY(m_palette->isVisible());
}

void TestCommandPalette::escapeClosesWithoutTriggering()
{
    auto *table = m_window->centralWidget();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    open();
    QList<QSignalSpy *> spies;
    for (QAction *action : m_window->actions())
        spies.append(new QSignalSpy(action, &QAction::triggered));
    QSignalSpy reported(m_palette, &pc::CommandPalette::actionTriggered);
    type(QStringLiteral("q"));
    QTest::keyClick(m_search, Qt::Key_Escape);
    QVERIFY(!m_palette->isVisible());
    QCOMPARE(reported.size(), 0);
    for (QSignalSpy *spy : std::as_const(spies))
        QCOMPARE(spy->size(), 0);
    qDeleteAll(spies);
    // The keyboard goes back to where it was.
    QTRY_VERIFY(table->hasFocus());
}

void TestCommandPalette::clickRunsTheItem()
{
    open();
    type(QStringLiteral("o"));
    const int row = static_cast<int>(rows().indexOf(QStringLiteral("View: Offerings")));
    QVERIFY(row >= 0);
    QSignalSpy triggered(m_window->offerings, &QAction::triggered);
    const QRect itemRect = m_list->visualRect(m_list->model()->index(row, 0));
    QVERIFY(itemRect.isValid());
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, itemRect.center());
    QCOMPARE(triggered.size(), 1);
    QVERIFY(!m_palette->isVisible());
}

void TestCommandPalette::showsNoMatchingCommand()
{
    open();
    auto *empty = m_palette->findChild<QLabel *>(QStringLiteral("commandPaletteEmpty"));
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());
    type(QStringLiteral("zzzx"));
    QCOMPARE(m_list->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(!m_list->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No matching command"));
    QSignalSpy reported(m_palette, &pc::CommandPalette::actionTriggered);
    QTest::keyClick(m_search, Qt::Key_Return); // nothing to run: nothing happens
    QCOMPARE(reported.size(), 0);
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QTest::keyClick(m_search, Qt::Key_Backspace);
    QVERIFY(!empty->isVisible());
    QCOMPARE(m_list->model()->rowCount(), 11);
}

void TestCommandPalette::popupClearsThePreviousQueryAndRespectsNewState()
{
    open();
    type(QStringLiteral("refr"));
    QTest::keyClick(m_search, Qt::Key_Escape);
    // A read-only profile hides write actions after setActions(): the next popup honours it.
    m_window->exportAction->setVisible(false);
    m_window->deleteOffering->setEnabled(true);
    open();
    QVERIFY(m_search->text().isEmpty());
    const QStringList listed = rows();
    QVERIFY(!listed.contains(QStringLiteral("File: Export…")));
    QVERIFY(listed.contains(QStringLiteral("Edit: Delete offering")));
}

void TestCommandPalette::followsTheParentAndClosesOnOutsideFocus()
{
    open();
    const QRect before = m_palette->geometry();
    QVERIFY(m_window->rect().contains(before));
    QVERIFY(before.width() >= 560);
    QCOMPARE(before.center().x(), m_window->rect().center().x());
    QVERIFY(before.top() < m_window->height() / 4);
    m_window->resize(1200, 700);
    QTRY_COMPARE(m_palette->geometry().center().x(), m_window->rect().center().x());
    QCOMPARE(m_palette->width(), before.width());
    // Focus moving into the window closes the palette like a popup.
    m_window->centralWidget()->setFocus();
    QTRY_VERIFY(!m_palette->isVisible());
}

void TestCommandPalette::screenshot()
{
    open();
    type(QStringLiteral("in"));
    QTest::keyClick(m_search, Qt::Key_Down);
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QStringLiteral("/tmp/palette.png")));
    // The panel is painted in the palette's base colour over the table.
    const QPoint inside = m_palette->geometry().topLeft() + QPoint(m_palette->width() / 2, 14);
    QCOMPARE(image.pixelColor(inside * image.devicePixelRatio()).rgb(), m_palette->palette().color(QPalette::Base).rgb());
}

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
