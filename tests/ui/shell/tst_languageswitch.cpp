#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "tests/support/menukeys.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/screenshot.h"
#include "ui/editing/offeringform.h"
#include "ui/keyboard/commandpalette.h"
#include "ui/records/recordview.h"
#include "ui/shell/languages.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace testsupport;

// View → Language while the console runs: chosen from the menu by keyboard
// (or from the command palette), in effect at once in every window (menus,
// headers, status bar, an open offering form) with nothing lost (the form's
// unsaved edit, the quick filter, the selection, the scroll position, the
// area), and kept for the next start.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void switchesFromTheMenuKeepingEverything();
    void thePaletteOffersTheLanguages();
    void theChoiceIsKeptAndMarked();
    void systemFollowsTheSystemsLanguage();
    void aRightToLeftLanguageMirrorsTheWindow();

private:
    // Chooses the item at the end of `path` (menu titles and item texts, as
    // shown without their '&') as a person does: the menu bar's mnemonic with
    // Alt, then each item's letter, keys only.
    void openWindow();

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<pc::MainWindow> m_window;
};

namespace {

// The status bar's own line: the label that says what the area shows.
QString statusLine(pc::MainWindow *window)
{
    const QString expected = window->currentView()->statusText();
    for (const QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
        if (label->text() == expected)
            return label->text();
    }
    return {};
}

QLabel *labelOf(const QWidget *root, const QWidget *buddy)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() == buddy)
            return label;
    }
    return nullptr;
}

} // namespace

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    // The catalogues lrelease wrote beside the program (the program embeds them).
    pc::Languages::setCatalogueFolder(QStringLiteral(PC_CATALOGUE_DIR));
    m_server = startSandbox();
}

void TestLanguageSwitch::init()
{
    QSettings().clear();
    pc::OfferingForm::setReviewBeforeSaving(false);
    pc::Languages::apply(QStringLiteral("en"));
}

void TestLanguageSwitch::cleanup()
{
    m_window.reset(); // its forms go with it
    m_client.reset();
    pc::Languages::apply(QStringLiteral("en"));
}

void TestLanguageSwitch::openWindow()
{
    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));
    m_window = std::make_unique<pc::MainWindow>(m_client.get(), QStringLiteral("wdc @ test"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestLanguageSwitch::switchesFromTheMenuKeepingEverything()
{
    openWindow();
    pc::MainWindow *window = m_window.get();
    QAbstractItemModelTester instancesTester(window->instancesModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The instances: a row chosen, scrolled down, narrowed by the quick filter.
    window->showArea(pc::MainWindow::InstancesAreaIndex);
    QTRY_VERIFY(window->instancesModel()->rowCount() >= 100);
    QTableView *table = window->instancesView()->table();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("corp"));
    QCOMPARE(window->instancesView()->quickFilterEdit()->text(), QStringLiteral("corp"));
    QTRY_VERIFY(table->model()->rowCount() > 20);
    table->setCurrentIndex(table->model()->index(15, pc::InstancesModel::CustomerAccount));
    table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtTop);
    const int scrolled = table->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    const qint64 selectedId = window->instancesView()->selectedIds().value(0);
    QVERIFY(selectedId > 0);
    QTRY_VERIFY(statusLine(window).contains(QStringLiteral("instances loaded")));

    // An offering form with an edit not saved yet.
    window->showArea(pc::MainWindow::OfferingsAreaIndex);
    QTRY_VERIFY(window->offeringsModel()->rowCount() > 0);
    QTest::keyClick(window->offeringsView()->table(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(window->offeringForms().size(), 1);
    pc::OfferingForm *form = window->offeringForms().constFirst();
    form->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), form);
    QCOMPARE(QApplication::focusWidget(), form->control(QStringLiteral("name")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Unsaved bot"));
    QVERIFY(form->isDirty());
    const QWidget *reference = form->control(QStringLiteral("reference"));
    QCOMPARE(labelOf(form, reference)->text(), QStringLiteral("Reference *"));
    window->showArea(pc::MainWindow::InstancesAreaIndex);

    QVERIFY(testsupport::chooseFromMenus(
        window, {QStringLiteral("View"), QStringLiteral("Language"), QStringLiteral("Deutsch")}));

    QCOMPARE(pc::Languages::current(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QTRY_COMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
    QCOMPARE(
        window->instancesModel()->headerData(pc::InstancesModel::CustomerAccount, Qt::Horizontal).toString(),
        QStringLiteral("Kundenkonto"));
    QCOMPARE(table->model()->headerData(pc::InstancesModel::CustomerAccount, Qt::Horizontal).toString(),
             QStringLiteral("Kundenkonto"));
    // The status bar in German, its numbers too ("2.500").
    QTRY_VERIFY2(statusLine(window).contains(QStringLiteral("App-Instanzen geladen")),
                 qPrintable(statusLine(window)));
    QVERIFY2(statusLine(window).contains(QLocale().toString(m_server->instanceCount())),
             qPrintable(statusLine(window)));
    QTRY_COMPARE(labelOf(form, reference)->text(), QStringLiteral("Referenz *"));
    QCOMPARE(form->saveButton()->text(), QStringLiteral("&Speichern"));
    QCOMPARE(window->instancesView()->quickFilterEdit()->placeholderText(),
             QStringLiteral("Geladene Zeilen filtern (Strg+F oder /)"));

    // The longer German words have their room: no label of the form is cut, no filter's name.
    const QLabel *longest = labelOf(form, form->control(QStringLiteral("policy_jwt_claim_expires_in")));
    QTRY_VERIFY2(longest->width() >= longest->sizeHint().width(), qPrintable(longest->text()));
    const QComboBox *predefined = window->instancesView()->predefinedFilterBox();
    QComboBox fresh; // what the German names need
    for (int item = 0; item < predefined->count(); ++item)
        fresh.addItem(predefined->itemText(item));
    QTRY_VERIFY2(predefined->width() >= fresh.sizeHint().width(), qPrintable(predefined->currentText()));
    QVERIFY(testsupport::saveScreenshot(window, QStringLiteral("language-switched-to-german.png")));
    QVERIFY(testsupport::saveScreenshot(form, QStringLiteral("language-switched-to-german-form.png")));

    // Nothing was lost on the way.
    const auto *name = qobject_cast<const QLineEdit *>(form->control(QStringLiteral("name")));
    QCOMPARE(name->text(), QStringLiteral("Unsaved bot"));
    QVERIFY(form->isDirty());
    QCOMPARE(window->instancesView()->quickFilterEdit()->text(), QStringLiteral("corp"));
    QCOMPARE(window->currentArea(), int(pc::MainWindow::InstancesAreaIndex));
    QCOMPARE(window->instancesView()->selectedIds().value(0), selectedId);
    QCOMPARE(table->verticalScrollBar()->value(), scrolled);

    // And back, the German way to the same menu.
    QVERIFY(testsupport::chooseFromMenus(
        window, {QStringLiteral("Ansicht"),
                 withoutMnemonic(window->findChild<QMenu *>(QStringLiteral("languageMenu"))->title()),
                 QStringLiteral("English")}));
    QTRY_COMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QTRY_COMPARE(labelOf(form, reference)->text(), QStringLiteral("Reference *"));
    QCOMPARE(name->text(), QStringLiteral("Unsaved bot"));
    QCOMPARE(window->instancesView()->quickFilterEdit()->text(), QStringLiteral("corp"));
}

void TestLanguageSwitch::thePaletteOffersTheLanguages()
{
    openWindow();
    pc::MainWindow *window = m_window.get();
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(window->commandPalette()->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Nederlands"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(pc::Languages::current(), QStringLiteral("nl"));
    QTRY_COMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Bestand"));
    // The palette lists the actions by their new names.
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(window->commandPalette()->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Vernieuwen"));
    const auto *list =
        window->commandPalette()->findChild<QAbstractItemView *>(QStringLiteral("commandPaletteList"));
    QTRY_VERIFY(list->model()->rowCount() > 0);
    QVERIFY2(list->model()->index(0, 0).data().toString().contains(QStringLiteral("Vernieuwen")),
             qPrintable(list->model()->index(0, 0).data().toString()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
}

void TestLanguageSwitch::theChoiceIsKeptAndMarked()
{
    openWindow();
    QVERIFY(testsupport::chooseFromMenus(
        m_window.get(), {QStringLiteral("View"), QStringLiteral("Language"), QStringLiteral("Deutsch")}));
    QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("de"));
    QCOMPARE(pc::Languages::stored(), QStringLiteral("de"));
    // A start: the stored choice is applied before a window is built, and
    // the window's menu marks it.
    m_window.reset();
    pc::Languages::apply(QStringLiteral("en"));
    pc::Languages::apply(pc::Languages::stored());
    openWindow();
    QCOMPARE(m_window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
    QVERIFY(m_window->action(QStringLiteral("language_de"))->isChecked());
    QVERIFY(!m_window->action(QStringLiteral("languageSystem"))->isChecked());
    // The language names are each in their own language, in any language.
    QCOMPARE(m_window->action(QStringLiteral("language_nl"))->text(), QStringLiteral("&Nederlands"));
    QCOMPARE(m_window->action(QStringLiteral("language_en"))->text(), QStringLiteral("&English"));
    // An unknown stored value reads as the system's language.
    QSettings().setValue(QStringLiteral("view/language"), QStringLiteral("xx"));
    QCOMPARE(pc::Languages::stored(), QString());
}

void TestLanguageSwitch::systemFollowsTheSystemsLanguage()
{
    openWindow();
    QVERIFY(testsupport::chooseFromMenus(
        m_window.get(), {QStringLiteral("View"), QStringLiteral("Language"), QStringLiteral("System")}));
    QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QString());
    QCOMPARE(pc::Languages::current(), QString());
    QCOMPARE(QLocale(), QLocale::system());
    // The tests run with LANG=C: the system's language is English.
    QTRY_COMPARE(m_window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QVERIFY(m_window->action(QStringLiteral("languageSystem"))->isChecked());
    QCOMPARE(pc::Languages::localeFor(QString()), QLocale::system());
    QCOMPARE(pc::Languages::localeFor(QStringLiteral("de")).language(), QLocale::German);
}

// A right-to-left language mirrors the window, and another language undoes
// it, while the console runs: Qt reads the direction from its own catalogue
// (qtbase_he says RTL), so a Hebrew system's "System" mirrors the console
// although the console's own words stay English.
void TestLanguageSwitch::aRightToLeftLanguageMirrorsTheWindow()
{
    openWindow();
    QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
    pc::Languages::apply(QStringLiteral("he"));
    QTRY_COMPARE(m_window->layoutDirection(), Qt::RightToLeft);
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QTRY_VERIFY(m_window->menuBar()->actionGeometry(menus.at(0)).x() >
                m_window->menuBar()->actionGeometry(menus.at(1)).x());
    QVERIFY(testsupport::chooseFromMenus(
        m_window.get(), {QStringLiteral("View"), QStringLiteral("Language"), QStringLiteral("English")}));
    QTRY_COMPARE(m_window->layoutDirection(), Qt::LeftToRight);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
