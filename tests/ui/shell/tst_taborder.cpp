#include "tests/support/windowaudit.h"
#include "tests/support/windowtour.h"

#include <QLoggingCategory>
#include <QTest>

using namespace testsupport;

// The keyboard in every window and dialog the console can open
// (tests/support/windowtour.h): Tab, pressed on whatever has the focus,
// reaches every control in the order of the screen (the rule is at
// tabOrderAgainstTheScreen in tests/support/windowaudit.h), and no two
// mnemonics (&X) of a window share a letter.
class TestTabOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mnemonicLetters();
    void tabFollowsTheScreen_data();
    void tabFollowsTheScreen();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
};

void TestTabOrder::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

// The letter the check compares: after a single &, never after &&.
void TestTabOrder::mnemonicLetters()
{
    QCOMPARE(mnemonicOf(QStringLiteral("Re&try")), QLatin1Char('t'));
    QCOMPARE(mnemonicOf(QStringLiteral("&Save")), QLatin1Char('s'));
    QCOMPARE(mnemonicOf(QStringLiteral("Tom && Jerry")), QChar());
    QCOMPARE(mnemonicOf(QStringLiteral("R&&D &Only")), QLatin1Char('o'));
    QCOMPARE(mnemonicOf(QStringLiteral("Cancel")), QChar());
}

void TestTabOrder::tabFollowsTheScreen_data()
{
    WindowTour::addStopsAsTestData();
}

void TestTabOrder::tabFollowsTheScreen()
{
    QFETCH(QString, stop);
    WindowTour tour;
    QWidget *root = tour.open(stop);
    QVERIFY2(root, qPrintable(tour.error()));
    QStringList problems;
    const QList<QWidget *> chain = tabChain(root, &problems);
    QVERIFY2(!chain.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    for (const QString &control : unreachableControls(root, chain))
        problems.append(QStringLiteral("Tab never reaches %1").arg(control));
    problems += tabOrderAgainstTheScreen(root, chain);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
}

void TestTabOrder::mnemonicsAreUnique_data()
{
    WindowTour::addStopsAsTestData();
}

void TestTabOrder::mnemonicsAreUnique()
{
    QFETCH(QString, stop);
    const QStringList duplicates = clashingMnemonicsAt(stop);
    QVERIFY2(duplicates.isEmpty(),
             qPrintable(QStringLiteral("\n  ") + duplicates.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
