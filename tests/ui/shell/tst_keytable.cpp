// The README's keyboard table, read from the README itself, against the
// main window: every key it lists does something there, and every key the
// window binds is listed. The flows behind the keys are proven elsewhere (by
// real key events in tests/e2e); this keeps the table from drifting.

#include "tests/support/sandboxfixture.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace testsupport;

class TestKeyTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyListedKeyIsBound();
    void everyBoundKeyIsListed();
    void tableKeysMarkRows();

private:
    // The keys of the table under "## Finding a record", as the README writes them.
    static QStringList listedKeys();
    static QKeySequence sequenceOf(const QString &written);
    QSet<QString> boundKeys() const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<pc::MainWindow> m_window;
};

void TestKeyTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    m_server = startSandbox();
    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));
    m_window = std::make_unique<pc::MainWindow>(m_client.get(), QStringLiteral("keys"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QStringList TestKeyTable::listedKeys()
{
    QFile readme(QStringLiteral(PC_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype section = text.indexOf(QStringLiteral("## Finding a record"));
    const qsizetype table = text.indexOf(QStringLiteral("| key | what it does |"), section);
    if (section < 0 || table < 0)
        return {};
    QStringList keys;
    const QStringList lines = text.mid(table).split(QLatin1Char('\n'));
    static const QRegularExpression backticked(QStringLiteral("`([^`]+)`"));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char('|')))
            break;
        const QString firstColumn = line.section(QLatin1Char('|'), 1, 1);
        for (const QRegularExpressionMatch &match : backticked.globalMatch(firstColumn))
            keys.append(match.captured(1));
    }
    return keys;
}

// The README writes keys as people say them: Enter, Esc.
QKeySequence TestKeyTable::sequenceOf(const QString &written)
{
    QString portable = written;
    portable.replace(QStringLiteral("Enter"), QStringLiteral("Return"));
    portable.replace(QStringLiteral("Esc"), QStringLiteral("Escape"));
    return QKeySequence::fromString(portable, QKeySequence::PortableText);
}

QSet<QString> TestKeyTable::boundKeys() const
{
    QSet<QString> bound;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &shortcut : action->shortcuts())
            bound.insert(shortcut.toString(QKeySequence::PortableText));
    }
    return bound;
}

// Keys the table view itself handles (selection), proven by tableKeysMarkRows().
static const QStringList kTableViewKeys{QStringLiteral("Shift+Down"), QStringLiteral("Ctrl+A")};

void TestKeyTable::everyListedKeyIsBound()
{
    const QStringList listed = listedKeys();
    QVERIFY2(listed.size() > 20, "the README's keyboard table was not found");
    const QSet<QString> bound = boundKeys();
    for (const QString &key : listed) {
        const QKeySequence sequence = sequenceOf(key);
        QVERIFY2(!sequence.isEmpty(), qPrintable(QStringLiteral("not a key: %1").arg(key)));
        if (kTableViewKeys.contains(key))
            continue;
        QVERIFY2(
            bound.contains(sequence.toString(QKeySequence::PortableText)),
            qPrintable(QStringLiteral("the README lists %1, but no action of the window has it").arg(key)));
    }
}

void TestKeyTable::everyBoundKeyIsListed()
{
    QSet<QString> listed;
    for (const QString &key : listedKeys())
        listed.insert(sequenceOf(key).toString(QKeySequence::PortableText));
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        // The first shortcut is the one menus show; others are aliases (the keypad's Enter).
        const QString key = action->shortcut().toString(QKeySequence::PortableText);
        if (key.isEmpty())
            continue;
        QVERIFY2(listed.contains(key),
                 qPrintable(QStringLiteral("%1 (%2) is not in the README's keyboard table")
                                .arg(key, action->text().remove(QLatin1Char('&')))));
    }
}

void TestKeyTable::tableKeysMarkRows()
{
    m_window->showArea(1);
    QTableView *table = m_window->instancesView()->table();
    QTRY_VERIFY(table->model()->rowCount() >= 3);
    m_window->activateWindow();
    QTRY_VERIFY(QApplication::focusWidget() == table);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), table->model()->rowCount());
}

QTEST_MAIN(TestKeyTable)
#include "tst_keytable.moc"
