#include "app/connections/profilestore.h"
#include "tests/support/screenshot.h"
#include "ui/shell/welcomewidget.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using pc::Profile;
using pc::WelcomeWidget;

// The first-start screen: the two ways in, by click and by key, and the
// profile list it doubles as.
class TestWelcomeWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void buttonsEmitTheirSignals();
    void keysPressTheButtons();
    void noProfilesNoList();
    void profilesAreListedAndOpened();

private:
    void showWidget(pc::ProfileStore *store);
    void saveProfile(const QString &name, pc::Environment environment, const QString &account);

    QTemporaryDir m_dir;
    std::unique_ptr<pc::ProfileStore> m_store;
    std::unique_ptr<WelcomeWidget> m_widget;
};

void TestWelcomeWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestWelcomeWidget::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_store = std::make_unique<pc::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
}

void TestWelcomeWidget::cleanup()
{
    m_widget.reset();
    m_store.reset();
}

void TestWelcomeWidget::showWidget(pc::ProfileStore *store)
{
    m_widget = std::make_unique<WelcomeWidget>(store);
    m_widget->resize(900, 640);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
}

void TestWelcomeWidget::saveProfile(const QString &name, pc::Environment environment, const QString &account)
{
    Profile profile;
    profile.name = name;
    profile.environment = environment;
    profile.account = account;
    QVERIFY(m_store->save(profile));
}

void TestWelcomeWidget::buttonsEmitTheirSignals()
{
    showWidget(nullptr);
    QSignalSpy demo(m_widget.get(), &WelcomeWidget::demoRequested);
    QSignalSpy connect(m_widget.get(), &WelcomeWidget::connectRequested);
    QTest::mouseClick(m_widget->demoButton(), Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    QCOMPARE(connect.size(), 0);
    QTest::mouseClick(m_widget->connectButton(), Qt::LeftButton);
    QCOMPARE(connect.size(), 1);
    QCOMPARE(demo.size(), 1);
    QCOMPARE(m_widget->demoButton()->accessibleName(), QStringLiteral("Try the demo"));
    QVERIFY(m_widget->demoButton()->accessibleDescription().contains(QLatin1String("no account needed")));
    QCOMPARE(m_widget->connectButton()->accessibleName(), QStringLiteral("Connect to 4me"));
    QVERIFY(m_widget->connectButton()->accessibleDescription().contains(QLatin1String("API token")));
}

void TestWelcomeWidget::keysPressTheButtons()
{
    showWidget(m_store.get());
    QSignalSpy demo(m_widget.get(), &WelcomeWidget::demoRequested);
    QSignalSpy connect(m_widget.get(), &WelcomeWidget::connectRequested);

    // The mnemonics, from wherever the focus is. A button's shortcut
    // animates the press, so the click follows a moment later.
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(demo.size(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(connect.size(), 1);

    // Plain letters too, where nothing else takes them.
    m_widget->demoButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C);
    QCOMPARE(connect.size(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D);
    QCOMPARE(demo.size(), 2);

    // Enter on the focused button.
    m_widget->connectButton()->setFocus();
    QTest::keyClick(m_widget->connectButton(), Qt::Key_Return);
    QCOMPARE(connect.size(), 3);
    m_widget->demoButton()->setFocus();
    QTest::keyClick(m_widget->demoButton(), Qt::Key_Enter);
    QCOMPARE(demo.size(), 3);
    QCOMPARE(connect.size(), 3);
}

void TestWelcomeWidget::noProfilesNoList()
{
    showWidget(m_store.get());
    auto *list = m_widget->findChild<QListWidget *>(QStringLiteral("profiles"));
    QVERIFY(list);
    QVERIFY(!list->isVisible());
    QVERIFY(testsupport::saveScreenshot(m_widget.get(), QStringLiteral("welcome.png")));
}

void TestWelcomeWidget::profilesAreListedAndOpened()
{
    saveProfile(QStringLiteral("wdc production"), pc::Environment::Production, QStringLiteral("wdc"));
    saveProfile(QStringLiteral("wdc QA"), pc::Environment::Qa, QStringLiteral("wdc"));
    showWidget(m_store.get());
    auto *list = m_widget->findChild<QListWidget *>(QStringLiteral("profiles"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("wdc production"));
    // Production must not be mistaken for QA here either.
    QVERIFY(
        list->item(0)->toolTip().startsWith(QStringLiteral("Production · account wdc · api.xurrent.com")));
    QVERIFY(list->item(1)->toolTip().startsWith(QStringLiteral("QA · account wdc · api.xurrent.qa")));
    QVERIFY(testsupport::saveScreenshot(m_widget.get(), QStringLiteral("welcome-profiles.png")));

    QSignalSpy chosen(m_widget.get(), &WelcomeWidget::profileChosen);
    // The screen opens in the list (not on the demo): Down and Enter open the second.
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("wdc QA"));
    chosen.clear();

    list->setCurrentRow(1);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(QStringLiteral("openProfile")), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("wdc QA"));

    // Enter in the list opens the current one.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.last().first().toString(), QStringLiteral("wdc production"));

    // The profile used last is the one selected when the screen opens.
    m_store->setLastUsed(QStringLiteral("wdc QA"));
    showWidget(m_store.get());
    QCOMPARE(m_widget->findChild<QListWidget *>(QStringLiteral("profiles"))->currentItem()->text(),
             QStringLiteral("wdc QA"));
    list = m_widget->findChild<QListWidget *>(QStringLiteral("profiles"));

    // A profile added elsewhere shows up.
    saveProfile(QStringLiteral("acme demo"), pc::Environment::Demo, QStringLiteral("acme"));
    QCOMPARE(list->count(), 3);
}

QTEST_MAIN(TestWelcomeWidget)
#include "tst_welcomewidget.moc"
