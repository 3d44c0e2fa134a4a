#include "app/models/recordfilterproxy.h"
#include "app/models/referencemodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/screenshot.h"
#include "tests/support/walk.h"
#include "ui/editing/referencepicker.h"

#include <QApplication>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace testsupport;
using sandbox::Fault;

// The reference field of the offering form, offscreen, against the sandbox
// over HTTP. With 230 service instances there are three pages of 100.
//
// The sandbox seeds service instance i (0-based) with id i + 1 and the name
// "<one of six names> <i / 6 + 1>" (no number for the first six), so
// "Our Integration 38" is id 223 (i = 222), on the third page.
class TestReferencePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void nothingIsRequestedBeforeTheChooserOpens();
    void keysOnTheDisplayLineOpenTheChooser();
    void filterFindsARowOnTheLastPageAndEnterPicksIt();
    void hashIdFindsById();
    void plainNumberPrefersTheExactId();
    void doubleClickPicks();
    void escapeClosesWithoutChange();
    void enterBeforeTheListArrivesTakesItsFirstRow();
    void deleteClearsAnOptionalPicker();
    void deleteDoesNothingOnARequiredPicker();
    void failingPageShowsTheErrorAndRetryRecovers();
    void versionsShowTheirVersion();

private:
    // A small form with a labelled picker, shown and active.
    pc::ReferencePicker *startForm(const QString &collection = QStringLiteral("service_instances"),
                                   bool optional = false, const QList<Fault> &faults = {});
    QLabel *chooserStatus() const;
    QPushButton *chooserRetry() const;
    bool chooserOpen() const { return m_picker->chooser() && m_picker->chooser()->isVisible(); }
    // The record id of the chooser table's current row (0 when none).
    qint64 currentRowId() const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<QWidget> m_form;
    pc::ReferencePicker *m_picker = nullptr;
};

void TestReferencePicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestReferencePicker::cleanup()
{
    m_picker = nullptr;
    m_form.reset();
    m_client.reset();
    m_server.reset();
}

pc::ReferencePicker *TestReferencePicker::startForm(const QString &collection, bool optional,
                                                    const QList<Fault> &faults)
{
    sandbox::SandboxOptions options;
    options.serviceInstanceCount = 230;
    options.burstLimit = false;
    m_server = startSandbox(options);
    for (const Fault &fault : faults)
        m_server->addFault(fault);
    m_client = std::make_unique<pc::ApiClient>(settingsFor(*m_server));

    m_form = std::make_unique<QWidget>();
    m_form->resize(520, 200);
    auto *layout = new QFormLayout(m_form.get());
    auto *before = new QLineEdit(m_form.get());
    before->setObjectName(QStringLiteral("before"));
    layout->addRow(QStringLiteral("Name"), before);
    m_picker = new pc::ReferencePicker(m_client.get(), collection, optional, m_form.get());
    auto *label = new QLabel(QStringLiteral("&Service instance"), m_form.get());
    label->setBuddy(m_picker);
    layout->addRow(label, m_picker);
    m_form->show();
    m_form->activateWindow();
    if (!QTest::qWaitForWindowActive(m_form.get()))
        qWarning("the form did not become active");
    m_picker->setFocus();
    return m_picker;
}

QLabel *TestReferencePicker::chooserStatus() const
{
    return m_picker->chooser()->findChild<QLabel *>(QStringLiteral("referenceChooserStatus"));
}

QPushButton *TestReferencePicker::chooserRetry() const
{
    return m_picker->chooser()->findChild<QPushButton *>(QStringLiteral("referenceChooserRetry"));
}

qint64 TestReferencePicker::currentRowId() const
{
    const QModelIndex current = m_picker->chooserTable()->currentIndex();
    return current.isValid() ? current.data(pc::PagedTableModel::RecordIdRole).toLongLong() : 0;
}

void TestReferencePicker::nothingIsRequestedBeforeTheChooserOpens()
{
    startForm();
    // Layout, show and focus are done; give queued work a chance anyway.
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_picker->chooser(), nullptr);
    QCOMPARE(m_picker->currentId(), 0);
    QVERIFY(m_picker->displayEdit()->text().isEmpty());
    QCOMPARE(m_picker->displayEdit()->placeholderText(), QStringLiteral("Choose… (F4)"));
    QVERIFY(!m_picker->displayEdit()->accessibleName().isEmpty());
    QCOMPARE(m_picker->focusProxy(), m_picker->displayEdit());
    QVERIFY(m_picker->displayEdit()->hasFocus());

    // setCurrent shows the record without asking the API or emitting.
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    m_picker->setCurrent(42, QStringLiteral("Connector Hosting 7"));
    QCOMPARE(m_picker->displayEdit()->text(), QStringLiteral("Connector Hosting 7 (#42)"));
    m_picker->setCurrent(43, QString());
    QCOMPARE(m_picker->displayEdit()->text(), QStringLiteral("#43"));
    QCOMPARE(chosen.size(), 0);
    QCOMPARE(m_server->requestCount(), 0);

    // Opening loads the first page, and only it.
    m_picker->openChooser();
    QVERIFY(chooserOpen());
    QVERIFY(m_picker->chooserFilter()->hasFocus());
    QVERIFY(!m_picker->chooserFilter()->accessibleName().isEmpty());
    // The popup names itself to the window system as to a screen reader.
    QCOMPARE(m_picker->chooser()->windowTitle(), QStringLiteral("Choose a service instance"));
    QCOMPARE(m_picker->chooser()->accessibleName(), m_picker->chooser()->windowTitle());
    QTRY_COMPARE(m_picker->model()->rowCount(), 100);
    QTRY_VERIFY(!m_picker->model()->isLoading());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_picker->chooserTable()->model()->rowCount(), 100);
    QCOMPARE(chooserStatus()->text(), QStringLiteral("Loaded 100 of 230 · Esc closes"));
    QVERIFY(m_picker->chooserTable()->isColumnHidden(pc::ReferenceModel::Version)); // no versions here

    // Scrolling to the bottom loads the next page (the proxy passes fetchMore on).
    m_picker->chooserTable()->scrollToBottom();
    QTRY_COMPARE(m_picker->model()->rowCount(), 200);
    QTRY_COMPARE(chooserStatus()->text(), QStringLiteral("Loaded 200 of 230 · Esc closes"));
    // Down from the filter moves the table's current row.
    const qint64 before = currentRowId();
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Down);
    QVERIFY(currentRowId() != before);
    QVERIFY(m_picker->chooserFilter()->hasFocus());
}

void TestReferencePicker::keysOnTheDisplayLineOpenTheChooser()
{
    startForm();
    const QList<QPair<Qt::Key, Qt::KeyboardModifiers>> keys{
        {Qt::Key_F4, Qt::NoModifier},     {Qt::Key_Down, Qt::AltModifier},
        {Qt::Key_Return, Qt::NoModifier}, {Qt::Key_Enter, Qt::KeypadModifier},
        {Qt::Key_Space, Qt::NoModifier},
    };
    for (const auto &[key, modifiers] : keys) {
        QTest::keyClick(m_picker->displayEdit(), key, modifiers);
        QVERIFY2(chooserOpen(), qPrintable(QKeySequence(key | modifiers).toString()));
        // As a person would: the popup is on screen before the next key. (The
        // offscreen platform activates windows late; a popup shown and hidden
        // within one event would be activated after it closed.)
        QVERIFY(QTest::qWaitForWindowExposed(m_picker->chooser()));
        QVERIFY(m_picker->chooserFilter()->hasFocus());
        QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Escape);
        QVERIFY(!chooserOpen());
        QTRY_VERIFY(m_picker->displayEdit()->hasFocus());
    }
    // The page asked for on the first open is not asked for again.
    QTRY_COMPARE(m_picker->model()->rowCount(), 100);
    QCOMPARE(m_server->requestCount(), 1);

    // A QLabel buddy's mnemonic lands in the display line. (The form's
    // window first has to be the focus window again: shortcuts go by it, and
    // offscreen hands it back from the closed popup a little later.)
    QTRY_COMPARE(QGuiApplication::focusWindow(), m_form->windowHandle());
    auto *before = m_form->findChild<QLineEdit *>(QStringLiteral("before"));
    before->setFocus();
    QVERIFY(before->hasFocus());
    QTest::keyClick(before, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(m_picker->displayEdit()->hasFocus());

    // One tab stop for the whole picker (its buttons and the picker itself,
    // a focus proxy, are not in the chain).
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    QVERIFY(m_picker->displayEdit()->hasFocus());
    QTest::keyClick(m_picker->displayEdit(), Qt::Key_Tab);
    QVERIFY(before->hasFocus());
}

void TestReferencePicker::filterFindsARowOnTheLastPageAndEnterPicksIt()
{
    startForm();
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    QTest::keyClick(m_picker->displayEdit(), Qt::Key_F4);
    QTRY_COMPARE(m_picker->model()->rowCount(), 100);
    QTRY_VERIFY(!m_picker->model()->isLoading());

    // Not among the loaded rows: the filter starts loading every page.
    QTest::keyClicks(m_picker->chooserFilter(), QStringLiteral("Our Integration 3"));
    QVERIFY(m_picker->model()->isLoadingAll());
    QVERIFY(chooserStatus()->text().contains(QStringLiteral("Searching every page…")));
    QTRY_VERIFY(m_picker->model()->atEnd() && !m_picker->model()->isLoading());
    QCOMPARE(m_picker->model()->rowCount(), 230);
    // "Our Integration 3" and 30 … 39.
    QTRY_COMPARE(m_picker->chooserTable()->model()->rowCount(), 11);
    QCOMPARE(chooserStatus()->text(), QStringLiteral("11 matches · Loaded 230 of 230 · Esc closes"));
    QVERIFY(testsupport::saveScreenshot(m_picker->chooser(), QStringLiteral("picker.png")));

    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_8);
    QTRY_COMPARE(m_picker->chooserTable()->model()->rowCount(), 1);
    QCOMPARE(currentRowId(), 223);
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Return);

    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), 223);
    QCOMPARE(chosen.at(0).at(1).toString(), QStringLiteral("Our Integration 38"));
    QCOMPARE(m_picker->currentId(), 223);
    QCOMPARE(m_picker->currentName(), QStringLiteral("Our Integration 38"));
    QCOMPARE(m_picker->displayEdit()->text(), QStringLiteral("Our Integration 38 (#223)"));
    QVERIFY(!chooserOpen());
    QTRY_VERIFY(m_picker->displayEdit()->hasFocus());

    // Opening again starts with an empty filter on the chosen record.
    QTest::keyClick(m_picker->displayEdit(), Qt::Key_F4);
    QVERIFY(m_picker->chooserFilter()->text().isEmpty());
    QCOMPARE(m_picker->chooserTable()->model()->rowCount(), 230);
    QCOMPARE(currentRowId(), 223);
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Escape);
}

void TestReferencePicker::hashIdFindsById()
{
    startForm();
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    m_picker->openChooser();
    QTRY_COMPARE(m_picker->model()->rowCount(), 100);
    // Typed before anything of the third page is here.
    QTest::keyClicks(m_picker->chooserFilter(), QStringLiteral("#205"));
    QTRY_COMPARE(m_picker->chooserTable()->model()->rowCount(), 1);
    QTRY_COMPARE(currentRowId(), 205);
    QTRY_VERIFY(!m_picker->model()->isLoading());
    QCOMPARE(m_picker->chooserTable()->model()->rowCount(), 1); // ids only: no name has "205" in it anyway
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), 205);
    QCOMPARE(m_picker->currentId(), 205);
    QVERIFY(m_picker->displayEdit()->text().endsWith(QStringLiteral(" (#205)")));
}

void TestReferencePicker::plainNumberPrefersTheExactId()
{
    startForm();
    m_picker->openChooser();
    QTRY_COMPARE(m_picker->model()->rowCount(), 100);
    // "12" matches id 12, 112, 120 … and names ending in 12; the record with
    // that very id is the one Enter would take.
    QTest::keyClicks(m_picker->chooserFilter(), QStringLiteral("12"));
    QTRY_VERIFY(m_picker->model()->atEnd() && !m_picker->model()->isLoading());
    QVERIFY(m_picker->chooserTable()->model()->rowCount() > 1);
    QCOMPARE(currentRowId(), 12);
}

void TestReferencePicker::doubleClickPicks()
{
    startForm();
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    m_picker->openChooser();
    QTRY_COMPARE(m_picker->model()->rowCount(), 100);
    QTableView *table = m_picker->chooserTable();
    const QModelIndex third = table->model()->index(2, pc::ReferenceModel::Name);
    const QPoint centre = table->visualRect(third).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), third.data(pc::PagedTableModel::RecordIdRole).toLongLong());
    QCOMPARE(chosen.at(0).at(1).toString(), third.data().toString());
    QVERIFY(!chooserOpen());
}

void TestReferencePicker::escapeClosesWithoutChange()
{
    startForm();
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    m_picker->setCurrent(7, QStringLiteral("Our Integration 2"));
    QTest::keyClick(m_picker->displayEdit(), Qt::Key_F4);
    QTRY_COMPARE(m_picker->model()->rowCount(), 100);
    QTRY_COMPARE(currentRowId(), 7); // starts on the current record
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_PageDown);
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Down);
    QVERIFY(currentRowId() > 7);
    QTest::keyClicks(m_picker->chooserFilter(), QStringLiteral("App"));
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Escape);
    QVERIFY(!chooserOpen());
    QCOMPARE(chosen.size(), 0);
    QCOMPARE(m_picker->currentId(), 7);
    QCOMPARE(m_picker->displayEdit()->text(), QStringLiteral("Our Integration 2 (#7)"));
    QTRY_VERIFY(m_picker->displayEdit()->hasFocus());
    // Closing stops the search through every page.
    QVERIFY(!m_picker->model()->isLoadingAll());
}

// F4 and Enter typed quicker than the list arrives (as a fast typist, or
// keys sent ahead, do): the chooser closes at once, the keys that follow go
// to the form, and the first row is taken when it comes, the focus left
// where the user went on to.
void TestReferencePicker::enterBeforeTheListArrivesTakesItsFirstRow()
{
    startForm();
    testsupport::slowAfter(*m_server, 0, 1500);
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4);
    QVERIFY(chooserOpen());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!chooserOpen());
    QCOMPARE(QApplication::focusWidget(), m_picker->displayEdit());
    QCOMPARE(m_picker->displayEdit()->placeholderText(), QStringLiteral("Loading…"));
    QCOMPARE(m_picker->model()->rowCount(), 0); // the page has not come yet
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("typed on"));
    auto *before = m_form->findChild<QLineEdit *>(QStringLiteral("before"));
    QCOMPARE(before->text(), QStringLiteral("typed on"));
    QTRY_COMPARE_WITH_TIMEOUT(chosen.size(), 1, 20000);
    const pc::ReferenceModel::Row first = m_picker->model()->record(0);
    QCOMPARE(chosen.first().at(0).toLongLong(), first.id);
    QCOMPARE(m_picker->currentId(), first.id);
    // The form's focus (offscreen, the hidden popup may take the window
    // activation back for a moment; on X it does not).
    QCOMPARE(m_form->focusWidget(), before);
    QCOMPARE(m_picker->displayEdit()->placeholderText(), QStringLiteral("Choose… (F4)"));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestReferencePicker::deleteClearsAnOptionalPicker()
{
    startForm(QStringLiteral("service_instances"), true);
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    m_picker->setCurrent(12, QStringLiteral("Our Integration 3"));
    QTest::keyClick(m_picker->displayEdit(), Qt::Key_Delete);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), 0);
    QVERIFY(chosen.at(0).at(1).toString().isEmpty());
    QCOMPARE(m_picker->currentId(), 0);
    QVERIFY(m_picker->currentName().isEmpty());
    QVERIFY(m_picker->displayEdit()->text().isEmpty());

    // Backspace too; clearing an empty field says nothing.
    m_picker->setCurrent(12, QStringLiteral("Our Integration 3"));
    QTest::keyClick(m_picker->displayEdit(), Qt::Key_Backspace);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(m_picker->currentId(), 0);
    QTest::keyClick(m_picker->displayEdit(), Qt::Key_Delete);
    QCOMPARE(chosen.size(), 2);

    // The Clear button does the same.
    auto *clear = m_picker->findChild<QAbstractButton *>(QStringLiteral("referencePickerClear"));
    QVERIFY(clear);
    QVERIFY(!clear->isEnabled());
    m_picker->setCurrent(12, QStringLiteral("Our Integration 3"));
    QVERIFY(clear->isEnabled());
    clear->click();
    QCOMPARE(chosen.size(), 3);
    QCOMPARE(m_picker->currentId(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestReferencePicker::deleteDoesNothingOnARequiredPicker()
{
    startForm();
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    QVERIFY(!m_picker->findChild<QAbstractButton *>(QStringLiteral("referencePickerClear")));
    m_picker->setCurrent(12, QStringLiteral("Our Integration 3"));
    QTest::keyClick(m_picker->displayEdit(), Qt::Key_Delete);
    QTest::keyClick(m_picker->displayEdit(), Qt::Key_Backspace);
    QCOMPARE(chosen.size(), 0);
    QCOMPARE(m_picker->currentId(), 12);
    QCOMPARE(m_picker->displayEdit()->text(), QStringLiteral("Our Integration 3 (#12)"));
    QVERIFY(!chooserOpen());
}

void TestReferencePicker::failingPageShowsTheErrorAndRetryRecovers()
{
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500; // not retried by the client by itself
    fault.pathPattern = QStringLiteral("^/v1/service_instances$");
    fault.skip = 1; // the first page arrives, the second fails
    fault.times = -1;
    fault.body = R"({"message":"Something went wrong"})";
    startForm(QStringLiteral("service_instances"), false, {fault});
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    QSignalSpy errors(m_picker->model(), &pc::PagedTableModel::errorOccurred);
    m_picker->openChooser();
    QTRY_COMPARE(m_picker->model()->rowCount(), 100);
    QVERIFY(!chooserRetry()->isVisible());

    QTest::keyClicks(m_picker->chooserFilter(), QStringLiteral("Our Integration 38"));
    QVERIFY(errors.wait());
    const QString message = m_picker->model()->lastError().message;
    QVERIFY(message.contains(QStringLiteral("Something went wrong")));
    QTRY_COMPARE(chooserStatus()->text(), message);
    QVERIFY(chooserRetry()->isVisible());
    QVERIFY(testsupport::saveScreenshot(m_picker->chooser(), QStringLiteral("picker-error.png")));
    const QColor shown = chooserStatus()->palette().color(QPalette::WindowText);
    QVERIFY2(shown.red() > 2 * shown.green() && shown.red() > 2 * shown.blue(), qPrintable(shown.name()));
    QCOMPARE(m_picker->model()->rowCount(), 100); // the loaded rows stay
    QCOMPARE(m_picker->chooserTable()->model()->rowCount(), 0);
    // Typing more does not hammer the failing server.
    const int requests = m_server->requestCount();
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Backspace);
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_8);
    QCOMPARE(m_server->requestCount(), requests);

    m_server->clearFaults();
    QTest::mouseClick(chooserRetry(), Qt::LeftButton);
    // The retried page arrives and the search goes on to the last page.
    QTRY_VERIFY(m_picker->model()->atEnd() && !m_picker->model()->isLoading());
    QTRY_COMPARE(m_picker->chooserTable()->model()->rowCount(), 1);
    QVERIFY(!chooserRetry()->isVisible());
    QCOMPARE(chooserStatus()->text(), QStringLiteral("1 match · Loaded 230 of 230 · Esc closes"));
    QVERIFY(m_picker->chooserFilter()->hasFocus());
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), 223);
}

void TestReferencePicker::versionsShowTheirVersion()
{
    startForm(QStringLiteral("ui_extension_versions"), true);
    QSignalSpy chosen(m_picker, &pc::ReferencePicker::referenceChosen);
    m_picker->openChooser();
    QTRY_COMPARE(m_picker->model()->rowCount(), 8);
    QTRY_VERIFY(m_picker->model()->atEnd());
    QCOMPARE(m_picker->chooser()->windowTitle(), QStringLiteral("Choose a UI extension version"));
    QTableView *table = m_picker->chooserTable();
    QVERIFY(!table->isColumnHidden(pc::ReferenceModel::Version));
    QCOMPARE(table->model()->headerData(pc::ReferenceModel::Version, Qt::Horizontal).toString(),
             QStringLiteral("Version"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString version = table->model()->index(row, pc::ReferenceModel::Version).data().toString();
        QVERIFY(!version.isEmpty());
        QCOMPARE(version, m_picker->model()->record(row).version);
    }
    QCOMPARE(chooserStatus()->text(), QStringLiteral("Loaded 8 of 8 · Esc closes"));

    // Filtering and picking work as for service instances.
    const QString version = m_picker->model()->record(1).version;
    QTest::keyClicks(m_picker->chooserFilter(), QStringLiteral("form 1 v") + version);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTest::keyClick(m_picker->chooserFilter(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), m_picker->model()->record(1).id);
    QCOMPARE(m_picker->displayEdit()->text(), QStringLiteral("%1 (#%2)")
                                                  .arg(m_picker->model()->record(1).name)
                                                  .arg(m_picker->model()->record(1).id));
}

QTEST_MAIN(TestReferencePicker)
#include "tst_referencepicker.moc"
