#include "ui/keyboard/keyhelpoverlay.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

// Named, not anonymous: the test class below holds these as members, which GCC
// refuses (-Wsubobject-linkage) once a unity build includes this file.
namespace keyhelpoverlay_test {

// A main window whose F1 action opens the overlay, as the real one will.
class Window : public QMainWindow
{
public:
    Window()
        : overlay(new pc::KeyHelpOverlay(this))
    {
        resize(900, 560);
        auto *table = new QTableWidget(10, 3, this);
        table->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Reference"), QStringLiteral("Status")});
        for (int row = 0; row < table->rowCount(); ++row)
            table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("Instance %1").arg(row + 1)));
        table->horizontalHeader()->setStretchLastSection(true);
        setCentralWidget(table);
        statusBar()->showMessage(QStringLiteral("10 of 10 instances loaded"));

        QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
        QMenu *view = menuBar()->addMenu(QStringLiteral("&View"));
        QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
        refresh = add(view, QStringLiteral("&Refresh"), {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)},
                      QStringLiteral("View"));
        add(view, QStringLiteral("&Offerings"), {QKeySequence(Qt::CTRL | Qt::Key_1)}, QStringLiteral("View"));
        add(view, QStringLiteral("&Instances"), {QKeySequence(Qt::CTRL | Qt::Key_2)}, QStringLiteral("View"));
        add(view, QStringLiteral("&Load all"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, QStringLiteral("View"));
        add(view, QStringLiteral("&Filter…"), {QKeySequence(Qt::Key_Slash)}, QStringLiteral("View"));
        add(view, QStringLiteral("Command &palette"), {QKeySequence(Qt::CTRL | Qt::Key_K)}, QStringLiteral("Go"));
        add(view, QStringLiteral("Next &tab"), {QKeySequence(Qt::CTRL | Qt::Key_Tab)}, QStringLiteral("Go"));
        add(file, QStringLiteral("&Copy"), {QKeySequence(Qt::CTRL | Qt::Key_C)}, QStringLiteral("Edit"));
        add(file, QStringLiteral("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, QStringLiteral("File"));
        add(file, QStringLiteral("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, QStringLiteral("File"));
        disabled = add(file, QStringLiteral("&Delete"), {QKeySequence(Qt::Key_Delete)}, QStringLiteral("Edit"));
        disabled->setEnabled(false);
        hidden = add(file, QStringLiteral("&Admin tools"), {QKeySequence(Qt::CTRL | Qt::Key_A)}, QStringLiteral("Edit"));
        hidden->setVisible(false);
        noShortcut = add(file, QStringLiteral("&About"), {}, QStringLiteral("Help"));
        addAction(file->addSeparator());
        keyHelp = add(help, QStringLiteral("&Keyboard help"), {QKeySequence(Qt::Key_F1)}, {});
        connect(keyHelp, &QAction::triggered, this, [this] {
            overlay->showEntries(QStringLiteral("Keys in Instances"), pc::KeyHelpOverlay::entriesFromActions(actions()));
        });
    }

    QAction *add(QMenu *menu, const QString &text, const QList<QKeySequence> &shortcuts, const QString &category)
    {
        auto *action = menu->addAction(text);
        action->setShortcuts(shortcuts);
        if (!category.isEmpty())
            action->setProperty("pcCategory", category);
        addAction(action);
        return action;
    }

    pc::KeyHelpOverlay *overlay;
    QAction *refresh;
    QAction *disabled;
    QAction *hidden;
    QAction *noShortcut;
    QAction *keyHelp;
};

} // namespace keyhelpoverlay_test

using namespace keyhelpoverlay_test;

class TestKeyHelpOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void entriesFromActions();
    void opensOverTheWindowWithTheFocus();
    void closes_data();
    void closes();
    void takesNoKeysWhileHidden();
    void followsTheParentOnResize();
    void screenshot();

private:
    void openWithF1();

    Window *m_window = nullptr;
};

void TestKeyHelpOverlay::init()
{
    m_window = new Window;
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->centralWidget()->setFocus();
    QTRY_VERIFY(m_window->centralWidget()->hasFocus());
    QVERIFY(!m_window->overlay->isVisible());
}

void TestKeyHelpOverlay::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestKeyHelpOverlay::openWithF1()
{
    QSignalSpy triggered(m_window->keyHelp, &QAction::triggered);
    QTest::keyClick(m_window->centralWidget(), Qt::Key_F1);
    QCOMPARE(triggered.size(), 1);
    QVERIFY(m_window->overlay->isVisible());
    QTRY_VERIFY(m_window->overlay->hasFocus());
}

void TestKeyHelpOverlay::entriesFromActions()
{
    const QList<pc::KeyHelpEntry> entries = pc::KeyHelpOverlay::entriesFromActions(m_window->actions());
    QStringList descriptions;
    for (const pc::KeyHelpEntry &entry : entries)
        descriptions.append(entry.description);
    QCOMPARE(descriptions,
             (QStringList{QStringLiteral("Refresh"), QStringLiteral("Offerings"), QStringLiteral("Instances"),
                          QStringLiteral("Load all"), QStringLiteral("Filter…"), QStringLiteral("Command palette"),
                          QStringLiteral("Next tab"), QStringLiteral("Copy"), QStringLiteral("Export…"),
                          QStringLiteral("Quit"), QStringLiteral("Keyboard help")}));
    const pc::KeyHelpEntry &refresh = entries.first();
    QCOMPARE(refresh.keys, QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText) + QStringLiteral(" or ")
                               + QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
    QCOMPARE(refresh.group, QStringLiteral("View"));
    QCOMPARE(entries.at(7).group, QStringLiteral("Edit"));
    QCOMPARE(entries.at(7).keys, QKeySequence(Qt::CTRL | Qt::Key_C).toString(QKeySequence::NativeText));
    QVERIFY(entries.last().group.isEmpty());
    QVERIFY(!descriptions.contains(QStringLiteral("Delete")));      // disabled
    QVERIFY(!descriptions.contains(QStringLiteral("Admin tools"))); // hidden
    QVERIFY(!descriptions.contains(QStringLiteral("About")));       // no shortcut
}

void TestKeyHelpOverlay::opensOverTheWindowWithTheFocus()
{
    openWithF1();
    pc::KeyHelpOverlay *overlay = m_window->overlay;
    QCOMPARE(overlay->geometry(), m_window->rect());
    QCOMPARE(overlay->accessibleName(), QStringLiteral("Keys in Instances"));
    QVERIFY(overlay->accessibleDescription().contains(QStringLiteral("Refresh")));
    // Drawn on top of the window's widgets.
    QCOMPARE(m_window->childAt(m_window->rect().center()), overlay);
}

void TestKeyHelpOverlay::closes_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("click");
    QTest::newRow("Esc") << int(Qt::Key_Escape) << int(Qt::NoModifier) << false;
    QTest::newRow("F1") << int(Qt::Key_F1) << int(Qt::NoModifier) << false;
    QTest::newRow("?") << int(Qt::Key_Question) << int(Qt::ShiftModifier) << false;
    QTest::newRow("click") << 0 << 0 << true;
}

void TestKeyHelpOverlay::closes()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(bool, click);
    openWithF1();
    QSignalSpy reopened(m_window->keyHelp, &QAction::triggered);
    pc::KeyHelpOverlay *overlay = m_window->overlay;
    if (click)
        QTest::mouseClick(overlay, Qt::LeftButton, {}, QPoint(20, 20));
    else if (key == Qt::Key_Question)
        QTest::keyClick(overlay, '?', Qt::KeyboardModifiers(modifiers));
    else
        QTest::keyClick(overlay, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY(!overlay->isVisible());
    // F1 closes rather than re-opening through the window's F1 action.
    QCOMPARE(reopened.size(), 0);
    QTRY_VERIFY(m_window->centralWidget()->hasFocus());
}

void TestKeyHelpOverlay::takesNoKeysWhileHidden()
{
    openWithF1();
    QTest::keyClick(m_window->overlay, Qt::Key_Escape);
    QVERIFY(!m_window->overlay->isVisible());
    QSignalSpy refreshed(m_window->refresh, &QAction::triggered);
    QTest::keyClick(m_window->centralWidget(), Qt::Key_F5);
    QCOMPARE(refreshed.size(), 1);
    openWithF1(); // F1 reaches the window's action again
}

void TestKeyHelpOverlay::followsTheParentOnResize()
{
    openWithF1();
    m_window->resize(1100, 720);
    QTRY_COMPARE(m_window->overlay->geometry(), m_window->rect());
    m_window->resize(640, 420);
    QTRY_COMPARE(m_window->overlay->geometry(), m_window->rect());
    const QImage image = m_window->grab().toImage();
    QCOMPARE(image.size(), m_window->size() * image.devicePixelRatio());
}

void TestKeyHelpOverlay::screenshot()
{
    openWithF1();
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QStringLiteral("/tmp/keyhelp.png")));
    // The backdrop darkens the corners; the panel in the middle stays light.
    const QColor corner = image.pixelColor(2, image.height() - 3);
    QVERIFY2(corner.lightness() < 110, qPrintable(corner.name()));
    const QColor middle = image.pixelColor(image.width() / 2, image.height() / 2 - 80);
    QVERIFY2(middle.lightness() > 200, qPrintable(middle.name()));
}

QTEST_MAIN(TestKeyHelpOverlay)
#include "tst_keyhelpoverlay.moc"
