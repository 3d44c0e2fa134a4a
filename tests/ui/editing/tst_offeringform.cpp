#include "tests/ui/editing/tst_offeringform.h"

#include "app/editing/offeringsave.h"
#include "app/models/offeringsmodel.h"
#include "app/models/pagedtablemodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/screenshot.h"
#include "ui/editing/conflictdialog.h"
#include "ui/editing/offeringform.h"
#include "ui/editing/referencepicker.h"
#include "ui/editing/savereviewdialog.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

void TestOfferingForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
}

void TestOfferingForm::init()
{
    QSettings().clear();
    QFile::remove(pc::ActionJournal::defaultPath());
    QDir(pc::DraftStore::defaultDirectory()).removeRecursively();
    OfferingForm::setReviewBeforeSaving(false);
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    m_server = startSandbox(options);
    pc::ConnectionSettings settings = settingsFor(*m_server);
    settings.maxRetries = 0; // every failure reaches the form
    m_client = std::make_unique<pc::ApiClient>(settings);
    startWindow();
}

void TestOfferingForm::startWindow()
{
    m_window = std::make_unique<pc::MainWindow>(m_client.get(), QStringLiteral("test"));
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->offeringsModel()->rowCount() > 0);
}

void TestOfferingForm::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
}

void TestOfferingForm::screenshot(QWidget *widget, const QString &name)
{
    QVERIFY(testsupport::saveScreenshot(widget, name));
}

QList<sandbox::RecordedRequest> TestOfferingForm::writes() const
{
    QList<sandbox::RecordedRequest> list;
    for (const sandbox::RecordedRequest &request : m_server->requests()) {
        if (request.method != "GET")
            list.append(request);
    }
    return list;
}

void TestOfferingForm::type(OfferingForm *form, const QString &field, const QString &text, bool replace)
{
    QWidget *control = form->control(field);
    if (auto *line = qobject_cast<QLineEdit *>(control)) {
        if (replace)
            line->selectAll();
        // As typed (textEdited), including characters QTest cannot key in.
        if (text.isEmpty())
            line->del();
        else
            line->insert(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(control)) {
        if (replace)
            plain->selectAll();
        plain->insertPlainText(text);
        if (replace && text.isEmpty())
            plain->textCursor().removeSelectedText();
    } else {
        QFAIL(qPrintable(QStringLiteral("no text control for %1").arg(field)));
    }
}

OfferingForm *TestOfferingForm::openExisting(qint64 id)
{
    OfferingForm *form = m_window->editOffering(id);
    // Callers check isLoaded() themselves (QTRY_ cannot return a value here).
    for (int waited = 0; form && !form->isLoaded() && waited < 10000; waited += 20)
        QTest::qWait(20);
    return form;
}

QTableView *TestOfferingForm::standOnOffering(qint64 id)
{
    m_window->showArea(0);
    QTableView *table = m_window->offeringsView()->table();
    int row = 0;
    while (m_window->offeringsModel()->offering(row).id != id)
        ++row;
    table->setCurrentIndex(table->model()->index(row, 0));
    return table;
}

void TestOfferingForm::fillRequired(OfferingForm *form, const QString &name)
{
    type(form, QStringLiteral("name"), name);
    auto *picker = qobject_cast<pc::ReferencePicker *>(form->control(QStringLiteral("service_instance")));
    QVERIFY(picker);
    Q_EMIT picker->referenceChosen(2, QStringLiteral("Service two"));
    auto *alg = qobject_cast<QComboBox *>(form->control(QStringLiteral("policy_jwt_alg")));
    alg->setCurrentIndex(alg->findData(QStringLiteral("es256")));
    type(form, QStringLiteral("webhook_uri_template"),
         QStringLiteral("https://hooks.example.com/{account}/in"));
}

void TestOfferingForm::rulesShowAsYouType()
{
    m_window->action(QStringLiteral("newOffering"))->trigger();
    QCOMPARE(m_window->offeringForms().size(), 1);
    OfferingForm *form = m_window->offeringForms().first();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QVERIFY(!form->saveButton()->isEnabled());
    // Nothing is shouted at before the user has typed.
    QVERIFY(form->messageLabel(QStringLiteral("name"))->isHidden());

    type(form, QStringLiteral("name"), QStringLiteral("Ticket Sync"));
    QCOMPARE(qobject_cast<QLineEdit *>(form->control(QStringLiteral("reference")))->text(),
             QStringLiteral("wdc_ticket_sync"));
    QCOMPARE(form->counterLabel(QStringLiteral("name"))->text(), QStringLiteral("11 / 128"));
    // Characters, not bytes or UTF-16 units: 128 emoji fit, 129 do not.
    type(form, QStringLiteral("name"), QString(128, QChar(0x2603)));
    QVERIFY(form->messageLabel(QStringLiteral("name"))->isHidden());
    QString emoji;
    for (int i = 0; i < 129; ++i)
        emoji += QStringLiteral("🎫");
    type(form, QStringLiteral("name"), emoji);
    QVERIFY(form->messageLabel(QStringLiteral("name"))->isVisible());
    QVERIFY(form->messageLabel(QStringLiteral("name"))->text().contains(QStringLiteral("129")));
    QCOMPARE(form->counterLabel(QStringLiteral("name"))->text(), QStringLiteral("129 / 128"));
    type(form, QStringLiteral("webhook_uri_template"), QStringLiteral("ftp://hooks.example.com/{account}"));
    QVERIFY(form->messageLabel(QStringLiteral("webhook_uri_template"))
                ->text()
                .contains(QStringLiteral("https://")));
    // Plain http is a warning, not an error (tst_plainhttpwebhook).
    type(form, QStringLiteral("webhook_uri_template"), QStringLiteral("http://hooks.example.com/{account}"));
    QCOMPARE(form->messageLabel(QStringLiteral("webhook_uri_template"))->property("kind").toString(),
             QStringLiteral("warning"));
    const QString preview = form->previewLabel(QStringLiteral("webhook_uri_template"))->text();
    QVERIFY2(preview.contains(QStringLiteral("http://hooks.example.com/<span")) &&
                 preview.contains(QStringLiteral(">acme</span>")) &&
                 preview.contains(QStringLiteral(">{account}</span>")),
             qPrintable(preview));
    type(form, QStringLiteral("policy_jwt_claim_expires_in"), QStringLiteral("1530"));
    QCOMPARE(form->previewLabel(QStringLiteral("policy_jwt_claim_expires_in"))->text(),
             QStringLiteral("= 1 d 1 h 30 min"));
    type(form, QStringLiteral("policy_jwt_claim_expires_in"), QStringLiteral("soon"));
    QVERIFY(form->messageLabel(QStringLiteral("policy_jwt_claim_expires_in"))->isVisible());
    auto *alg = qobject_cast<QComboBox *>(form->control(QStringLiteral("policy_jwt_alg")));
    QCOMPARE(alg->count(), 7); // a prompt and the six algorithms
    QVERIFY(alg->itemText(alg->findData(QStringLiteral("es256"))).contains(QStringLiteral("P-256")));

    // Save with problems: every message shows, the first field gets the focus.
    form->save();
    QVERIFY(form->banner()->isVisible());
    QVERIFY(form->messageLabel(QStringLiteral("service_instance"))->isVisible());
    QVERIFY(form->messageLabel(QStringLiteral("policy_jwt_alg"))->isVisible());
    QVERIFY(writes().isEmpty());
    screenshot(form, QStringLiteral("offering-form-invalid.png"));
}

void TestOfferingForm::createReviewedAndPosted()
{
    OfferingForm::setReviewBeforeSaving(true);
    OfferingForm *form = m_window->newOffering();
    fillRequired(form, QStringLiteral("Standup Bot"));
    type(form, QStringLiteral("description"), QStringLiteral("Posts the standup.\nEvery day."));
    QVERIFY(form->saveButton()->isEnabled());
    m_server->clearRequests();
    // Offscreen, the main window keeps the activation unless told otherwise.
    QApplication::setActiveWindow(form);
    QTRY_VERIFY(form->isActiveWindow());
    QTest::keySequence(form, QKeySequence::Save);
    QTRY_VERIFY(form->openDialog());
    auto *review = form->openDialog()->findChild<QTableWidget *>(QStringLiteral("reviewTable"));
    QVERIFY(review);
    QStringList fields;
    for (int row = 0; row < review->rowCount(); ++row)
        fields.append(review->item(row, 0)->text());
    QVERIFY2(fields.contains(QStringLiteral("Name")) && fields.contains(QStringLiteral("Service instance")),
             qPrintable(fields.join(QLatin1Char(','))));
    screenshot(form->openDialog(), QStringLiteral("offering-save-review.png"));
    QVERIFY(writes().isEmpty()); // nothing before the confirmation
    qobject_cast<QDialog *>(form->openDialog())->accept();
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("ok"));
    QCOMPARE(writes().size(), 1);
    QCOMPARE(writes().first().method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(writes().first().body).object();
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Standup Bot"));
    QCOMPARE(body.value(QStringLiteral("reference")).toString(), QStringLiteral("wdc_standup_bot"));
    QCOMPARE(body.value(QStringLiteral("service_instance_id")).toInteger(), 2);
    QCOMPARE(body.value(QStringLiteral("policy_jwt_alg")).toString(), QStringLiteral("es256"));
    QVERIFY(body.contains(QStringLiteral("webhook_uri_template")));
    QVERIFY(!form->isDirty());
    QVERIFY(form->offeringId() > 0);
    // The new offering is on top of the table, as the server has it.
    QCOMPARE(m_window->offeringsModel()->offering(0).id, form->offeringId());
    QCOMPARE(m_window->journal()->readAll().size(), 1);
}

void TestOfferingForm::editPatchesExactlyTheChanges()
{
    const qint64 id = ownOfferingIds(*m_server).at(3);
    // F2 on the current row opens it.
    QTableView *table = standOnOffering(id);
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_COMPARE(m_window->offeringForms().size(), 1);
    OfferingForm *form = m_window->offeringForms().first();
    QTRY_VERIFY(form->isLoaded());
    QCOMPARE(form->offeringId(), id);
    QVERIFY(!form->isDirty());
    QVERIFY(form->previewLabel(QStringLiteral("reference"))
                ->text()
                .contains(QStringLiteral("can no longer change")));
    // F2 again raises the same form.
    QCOMPARE(m_window->editOffering(id), form);

    type(form, QStringLiteral("card_description"), QStringLiteral("Now with ⚡"));
    auto *disabled = qobject_cast<QCheckBox *>(form->control(QStringLiteral("disabled")));
    disabled->toggle();
    QVERIFY(form->isDirty());
    QVERIFY(form->windowTitle().startsWith(QStringLiteral("● ")));
    m_server->clearRequests();
    form->save();
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("ok"));
    QCOMPARE(writes().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(writes().first().body).object(),
             (QJsonObject{{QStringLiteral("card_description"), QStringLiteral("Now with ⚡")},
                          {QStringLiteral("disabled"), disabled->isChecked()}}));
    QCOMPARE(m_server->offering(id).value(QStringLiteral("card_description")).toString(),
             QStringLiteral("Now with ⚡"));
    // The table row shows the server's answer.
    QCOMPARE(m_window->offeringsModel()->offering(table->currentIndex().row()).disabled,
             disabled->isChecked());
}

void TestOfferingForm::serverRejectionsLandAtTheirFields()
{
    const qint64 id = ownOfferingIds(*m_server).at(4);
    const QString taken =
        m_server->offering(ownOfferingIds(*m_server).at(5)).value(QStringLiteral("reference")).toString();
    OfferingForm *form = openExisting(id);
    QVERIFY(form && form->isLoaded());
    type(form, QStringLiteral("reference"), taken);
    auto *picker = qobject_cast<pc::ReferencePicker *>(form->control(QStringLiteral("service_instance")));
    Q_EMIT picker->referenceChosen(987654, QStringLiteral("Gone"));
    form->save();
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("error"));
    QVERIFY(form->messageLabel(QStringLiteral("reference"))->isVisible());
    QVERIFY(!form->messageLabel(QStringLiteral("reference"))->text().isEmpty());
    QVERIFY(form->messageLabel(QStringLiteral("service_instance"))->isVisible());
    // Every value is still there, the form still dirty, the record unchanged.
    QCOMPARE(qobject_cast<QLineEdit *>(form->control(QStringLiteral("reference")))->text(), taken);
    QCOMPARE(form->edit().value(QStringLiteral("service_instance")).toInteger(), 987654);
    QVERIFY(form->isDirty());
    QVERIFY(m_server->offering(id).value(QStringLiteral("reference")).toString() != taken);
    screenshot(form, QStringLiteral("offering-form-422.png"));
    // Editing the field clears the server's message there.
    type(form, QStringLiteral("reference"), QStringLiteral("something_free"));
    QVERIFY(form->messageLabel(QStringLiteral("reference"))->isHidden());
}

void TestOfferingForm::failedSavesKeepTheFormUntilOneSucceeds()
{
    const qint64 id = ownOfferingIds(*m_server).at(6);
    OfferingForm *form = openExisting(id);
    QVERIFY(form && form->isLoaded());
    type(form, QStringLiteral("features"), QStringLiteral("Fast.\nSafe."));
    type(form, QStringLiteral("source"), QStringLiteral("console"));
    const QJsonObject expected = form->edit().requestBody();

    sandbox::Fault drop;
    drop.kind = sandbox::Fault::Kind::DropConnection;
    drop.method = "PATCH";
    drop.times = 2; // QNetworkAccessManager re-sends a dropped request once by itself
    m_server->addFault(drop);
    form->save();
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("error"));
    QVERIFY(form->retryButton()->isVisible());
    QVERIFY(form->isDirty());
    QCOMPARE(form->edit().requestBody(), expected);
    QVERIFY(form->control(QStringLiteral("features"))->isEnabled());

    sandbox::Fault unavailable;
    unavailable.kind = sandbox::Fault::Kind::Status;
    unavailable.status = 503;
    unavailable.method = "PATCH";
    unavailable.body = R"({"message":"Service unavailable"})";
    m_server->addFault(unavailable);
    m_server->clearRequests();
    QTest::mouseClick(form->retryButton(), Qt::LeftButton);
    QTRY_VERIFY(!form->isSaving());
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("error"));
    QVERIFY(form->banner()->text().contains(QStringLiteral("503")) ||
            form->banner()->text().contains(QStringLiteral("unavailable")));
    QCOMPARE(form->edit().requestBody(), expected);

    m_server->clearRequests();
    QTest::mouseClick(form->retryButton(), Qt::LeftButton);
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("ok"));
    QCOMPARE(QJsonDocument::fromJson(writes().last().body).object(), expected);
    QVERIFY(!form->isDirty());
    QCOMPARE(m_server->offering(id).value(QStringLiteral("source")).toString(), QStringLiteral("console"));
    // The journal has what happened: two failed writes and the one that landed.
    const auto entries = m_window->journal()->readAll();
    QCOMPARE(entries.size(), 3);
    QVERIFY(!entries.at(0).ok && !entries.at(1).ok && entries.at(2).ok);
    QCOMPARE(entries.at(1).httpStatus, 503);
}

void TestOfferingForm::conflictIsResolvedAsChosen_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<QJsonObject>("expectedBody"); // empty: nothing sent
    QTest::addColumn<QString>("finalName");
    QTest::newRow("keep mine") << int(pc::ConflictDialog::Resolution::KeepMine)
                               << QJsonObject{{QStringLiteral("name"), QStringLiteral("Mine")},
                                              {QStringLiteral("source"), QStringLiteral("form")}}
                               << QStringLiteral("Mine");
    QTest::newRow("take the server's")
        << int(pc::ConflictDialog::Resolution::TakeServers) << QJsonObject() << QStringLiteral("Theirs");
    QTest::newRow("merge: their name, my source")
        << int(pc::ConflictDialog::Resolution::Merge)
        << QJsonObject{{QStringLiteral("source"), QStringLiteral("form")}} << QStringLiteral("Theirs");
}

void TestOfferingForm::conflictIsResolvedAsChosen()
{
    QFETCH(int, resolution);
    QFETCH(QJsonObject, expectedBody);
    QFETCH(QString, finalName);
    const qint64 id = ownOfferingIds(*m_server).at(7);
    OfferingForm *form = openExisting(id);
    QVERIFY(form && form->isLoaded());
    type(form, QStringLiteral("name"), QStringLiteral("Mine"));
    type(form, QStringLiteral("source"), QStringLiteral("form"));
    // A colleague saves first.
    QVERIFY(
        m_server->updateOffering(id, {{QStringLiteral("name"), QStringLiteral("Theirs")},
                                      {QStringLiteral("card_description"), QStringLiteral("Their card")}}));
    m_server->clearRequests();
    form->save();
    QTRY_VERIFY(qobject_cast<pc::ConflictDialog *>(form->openDialog()));
    auto *dialog = qobject_cast<pc::ConflictDialog *>(form->openDialog());
    QVERIFY(writes().isEmpty());              // nothing overwritten while the user decides
    QCOMPARE(dialog->table()->rowCount(), 3); // name, card description, source
    screenshot(dialog, QStringLiteral("offering-conflict.png"));
    switch (static_cast<pc::ConflictDialog::Resolution>(resolution)) {
    case pc::ConflictDialog::Resolution::KeepMine:
        QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
        break;
    case pc::ConflictDialog::Resolution::TakeServers:
        QTest::mouseClick(dialog->takeServersButton(), Qt::LeftButton);
        break;
    case pc::ConflictDialog::Resolution::Merge:
        QVERIFY(dialog->pickBox(QStringLiteral("name")));
        QVERIFY(dialog->pickBox(QStringLiteral("source")));
        QVERIFY(!dialog->pickBox(QStringLiteral("card_description"))); // only they changed it
        dialog->pickBox(QStringLiteral("name"))->setCurrentIndex(1);   // the server's
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        break;
    }
    if (expectedBody.isEmpty()) {
        QTRY_VERIFY(!form->openDialog());
        QCOMPARE(form->banner()->property("kind").toString(), QStringLiteral("info"));
        QVERIFY(writes().isEmpty());
    } else {
        QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("ok"));
        QCOMPARE(writes().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(writes().first().body).object(), expectedBody);
    }
    QVERIFY(!form->isDirty());
    const QJsonObject now = m_server->offering(id);
    QCOMPARE(now.value(QStringLiteral("name")).toString(), finalName);
    QCOMPARE(now.value(QStringLiteral("card_description")).toString(), QStringLiteral("Their card"));
    QCOMPARE(qobject_cast<QLineEdit *>(form->control(QStringLiteral("card_description")))->text(),
             QStringLiteral("Their card"));
}

void TestOfferingForm::draftsSurviveACrash()
{
    const qint64 id = ownOfferingIds(*m_server).at(8);
    OfferingForm *form = openExisting(id);
    QVERIFY(form && form->isLoaded());
    type(form, QStringLiteral("compliance"), QStringLiteral("SOC 2 type II, audited yearly."));
    OfferingForm *fresh = m_window->newOffering();
    type(fresh, QStringLiteral("name"), QStringLiteral("Half made"));
    // The timer writes the drafts within a few seconds.
    pc::DraftStore *drafts = m_window->drafts();
    QTRY_COMPARE_WITH_TIMEOUT(drafts->drafts(m_window->draftScope()).size(), 2, 10000);
    // A crash: the window goes without any closing question.
    m_window.reset();
    QCOMPARE(pc::DraftStore().drafts(QStringLiteral("wdc@127.0.0.1:%1").arg(m_server->port())).size(), 2);
    startWindow();
    QVERIFY(m_window->draftsBar());
    QVERIFY(m_window->offeringForms().isEmpty());
    screenshot(m_window.get(), QStringLiteral("drafts-bar.png"));
    // F2 on the offering with a draft opens the draft, not the server's copy.
    OfferingForm *viaF2 = m_window->editOffering(id);
    QVERIFY(viaF2->isLoaded());
    QVERIFY(viaF2->isDirty());
    QVERIFY(m_window->draftsBar()); // the other one is still on offer
    m_window->restoreDrafts();
    QCOMPARE(m_window->offeringForms().size(), 2);
    QVERIFY(!m_window->draftsBar());
    OfferingForm *restored = nullptr;
    OfferingForm *restoredNew = nullptr;
    for (OfferingForm *candidate : m_window->offeringForms())
        (candidate->offeringId() == id ? restored : restoredNew) = candidate;
    QVERIFY(restored && restoredNew);
    QVERIFY(restored->isDirty());
    QCOMPARE(qobject_cast<QPlainTextEdit *>(restored->control(QStringLiteral("compliance")))->toPlainText(),
             QStringLiteral("SOC 2 type II, audited yearly."));
    QCOMPARE(qobject_cast<QLineEdit *>(restoredNew->control(QStringLiteral("reference")))->text(),
             QStringLiteral("wdc_half_made"));
    // Each opens where the user was: in the field they last changed.
    QVERIFY(activate(restored));
    QCOMPARE(QApplication::focusWidget(), restored->control(QStringLiteral("compliance")));
    QVERIFY(activate(restoredNew));
    QCOMPARE(QApplication::focusWidget(), restoredNew->control(QStringLiteral("name")));
    // It saves as if never interrupted, and its draft goes.
    m_server->clearRequests();
    restored->save();
    QTRY_COMPARE(restored->banner()->property("kind").toString(), QStringLiteral("ok"));
    QCOMPARE(QJsonDocument::fromJson(writes().first().body).object(),
             (QJsonObject{{QStringLiteral("compliance"), QStringLiteral("SOC 2 type II, audited yearly.")}}));
    drafts = m_window->drafts();
    QCOMPARE(drafts->drafts(m_window->draftScope()).size(), 1);
    // No draft holds the token.
    QDirIterator files(pc::DraftStore::defaultDirectory(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_server->options().token.toUtf8()));
    }
}

void TestOfferingForm::closingADirtyFormAsks()
{
    OfferingForm *form = openExisting(ownOfferingIds(*m_server).at(9));
    QVERIFY(form && form->isLoaded());
    type(form, QStringLiteral("source"), QStringLiteral("x"));
    QPointer<OfferingForm> guard(form);
    form->close();
    QTRY_VERIFY(qobject_cast<QMessageBox *>(form->openDialog()));
    auto *box = qobject_cast<QMessageBox *>(form->openDialog());
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!form->openDialog());
    QVERIFY(form->isVisible());
    QVERIFY(form->isDirty());

    form->writeDraft();
    QCOMPARE(m_window->drafts()->drafts(m_window->draftScope()).size(), 1);
    form->close();
    QTRY_VERIFY(qobject_cast<QMessageBox *>(form->openDialog()));
    qobject_cast<QMessageBox *>(form->openDialog())->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!guard);
    QVERIFY(writes().isEmpty());
    QVERIFY(m_window->drafts()->drafts(m_window->draftScope()).isEmpty());

    // Save from the question: it saves, then closes.
    form = openExisting(ownOfferingIds(*m_server).at(10));
    QVERIFY(form && form->isLoaded());
    guard = form;
    type(form, QStringLiteral("source"), QStringLiteral("y"));
    form->close();
    QTRY_VERIFY(qobject_cast<QMessageBox *>(form->openDialog()));
    qobject_cast<QMessageBox *>(form->openDialog())->button(QMessageBox::Save)->click();
    QTRY_VERIFY(!guard);
    QCOMPARE(m_server->offering(ownOfferingIds(*m_server).at(10)).value(QStringLiteral("source")).toString(),
             QStringLiteral("y"));
}

void TestOfferingForm::quittingWithDirtyFormsAsks()
{
    OfferingForm *form = openExisting(ownOfferingIds(*m_server).at(11));
    QVERIFY(form && form->isLoaded());
    type(form, QStringLiteral("source"), QStringLiteral("z"));
    m_window->close();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("quitWithDirtyForms"))));
    QVERIFY(m_window->isVisible());
    screenshot(box, QStringLiteral("quit-dirty.png"));
    QAbstractButton *keep = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("drafts")))
            keep = button;
    }
    QVERIFY(keep);
    keep->click();
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_window->drafts()->drafts(m_window->draftScope()).size(), 1);
    QVERIFY(writes().isEmpty());
}

void TestOfferingForm::aLostCreateAnswerIsLookedUpBeforeCreatingAgain()
{
    OfferingForm *form = m_window->newOffering();
    fillRequired(form, QStringLiteral("Lost Answer"));
    sandbox::Fault drop;
    drop.kind = sandbox::Fault::Kind::DropConnection;
    drop.method = "POST";
    drop.times = 2; // QNetworkAccessManager re-sends once by itself
    m_server->addFault(drop);
    form->save();
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("error"));
    QVERIFY2(form->banner()->text().contains(QStringLiteral("may or may not")),
             qPrintable(form->banner()->text()));
    QVERIFY(form->retryButton()->isVisible());
    // Meanwhile it turns out to exist (as if the lost request had landed).
    pc::ApiClient other(settingsFor(*m_server));
    QJsonObject body = form->edit().requestBody();
    pc::ApiCall *call = other.post(QStringLiteral("app_offerings"), body);
    QSignalSpy created(call, &pc::ApiCall::finished);
    QVERIFY(created.wait(5000));
    const qint64 id = created.first()
                          .first()
                          .value<pc::ApiResponse>()
                          .json.object()
                          .value(QStringLiteral("id"))
                          .toInteger();
    QVERIFY(id > 0);
    const int offeringsBefore = m_server->offeringCount();
    m_server->clearRequests();
    QTest::mouseClick(form->retryButton(), Qt::LeftButton);
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("ok"));
    QVERIFY(writes().isEmpty()); // found by its reference: not created twice
    QCOMPARE(m_server->offeringCount(), offeringsBefore);
    QCOMPARE(form->offeringId(), id);
    QVERIFY(!form->isDirty());

    // And when it does not exist, Retry creates it.
    OfferingForm *second = m_window->newOffering();
    fillRequired(second, QStringLiteral("Really Lost"));
    m_server->addFault(drop);
    second->save();
    QTRY_COMPARE(second->banner()->property("kind").toString(), QStringLiteral("error"));
    m_server->clearRequests();
    QTest::mouseClick(second->retryButton(), Qt::LeftButton);
    QTRY_COMPARE(second->banner()->property("kind").toString(), QStringLiteral("ok"));
    QCOMPARE(writes().size(), 1);
    QVERIFY(second->offeringId() > 0);
}

void TestOfferingForm::aWaitBeforeAPatchMeansANewCheck()
{
    const qint64 id = ownOfferingIds(*m_server).at(12);
    OfferingForm *form = openExisting(id);
    QVERIFY(form && form->isLoaded());
    type(form, QStringLiteral("card_description"), QStringLiteral("Mine, after a wait"));
    sandbox::Fault limited;
    limited.kind = sandbox::Fault::Kind::RateLimit;
    limited.method = "PATCH";
    limited.retryAfterSeconds = 1;
    m_server->addFault(limited);
    // A colleague saves while the console waits out the 429.
    connect(m_server.get(), &sandbox::SandboxServer::requestReceived, this,
            [this, id](const QByteArray &method, const QString &) {
                if (method == "PATCH")
                    m_server->updateOffering(
                        id, {{QStringLiteral("card_description"), QStringLiteral("Theirs")}});
            });
    form->save();
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<pc::ConflictDialog *>(form->openDialog()), 10000);
    disconnect(m_server.get(), &sandbox::SandboxServer::requestReceived, this, nullptr);
    QCOMPARE(m_server->offering(id).value(QStringLiteral("card_description")).toString(),
             QStringLiteral("Theirs"));
    qobject_cast<QDialog *>(form->openDialog())->reject();
    QVERIFY(form->isDirty());
}

void TestOfferingForm::aLandedPatchIsRecognisedOnRetry()
{
    const qint64 id = ownOfferingIds(*m_server).at(13);
    OfferingForm *form = openExisting(id);
    QVERIFY(form && form->isLoaded());
    type(form, QStringLiteral("source"), QStringLiteral("landed"));
    // The change lands but the answer is lost: the server has it already.
    QVERIFY(m_server->updateOffering(id, {{QStringLiteral("source"), QStringLiteral("landed")}}));
    m_server->clearRequests();
    form->save();
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("ok"));
    QVERIFY(form->banner()->text().contains(QStringLiteral("Already saved")));
    QVERIFY(writes().isEmpty());
    QVERIFY(!form->isDirty());
}

void TestOfferingForm::thePictureNeverCarriesTheToken()
{
    PictureServer host(QHostAddress(QStringLiteral("127.0.0.2")));
    OfferingForm *form = m_window->newOffering();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    auto *image = form->findChild<QLabel *>(QStringLiteral("picturePreview"));
    QVERIFY(image);
    QLabel *note = form->previewLabel(QStringLiteral("picture_uri"));
    // A picture elsewhere: fetched and shown, without the token.
    type(form, QStringLiteral("picture_uri"), host.url(QStringLiteral("/logo.png")));
    QTRY_VERIFY(image->isVisible());
    QVERIFY(!image->pixmap().isNull());
    QVERIFY(note->isHidden());
    QCOMPARE(host.heads.size(), 1);
    QVERIFY(host.heads.first().startsWith("get /logo.png "));
    const QByteArray token = m_server->options().token.toUtf8().toLower();
    QVERIFY(!host.heads.first().contains("authorization") && !host.heads.first().contains(token));
    QVERIFY(!host.heads.first().contains("x-xurrent-account") &&
            !host.heads.first().contains("x-4me-account"));
    form->findChild<QScrollArea *>()->ensureWidgetVisible(image);
    screenshot(form, QStringLiteral("offering-form-picture.png"));

    // Not even on the API's own host: the sandbox is asked without it.
    m_server->clearRequests();
    type(form, QStringLiteral("picture_uri"),
         m_server->baseUrl().toString() + QStringLiteral("/picture.png"));
    QTRY_VERIFY(note->text().startsWith(QStringLiteral("No preview")));
    QVERIFY(image->isHidden());
    QList<sandbox::RecordedRequest> asked;
    for (const sandbox::RecordedRequest &request : m_server->requests()) {
        if (request.path == QLatin1String("/v1/picture.png"))
            asked.append(request);
    }
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().header("authorization").isEmpty());
    QVERIFY(asked.first().header("x-xurrent-account").isEmpty());
}

// What a window manager does for a window that opens: activate it (the
// offscreen platform leaves that to the program).
bool TestOfferingForm::activate(QWidget *window)
{
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    if (QApplication::activeWindow() != window)
        window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

void TestOfferingForm::aNewFormTakesTheTypedName()
{
    QVERIFY(activate(m_window.get()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(m_window->offeringForms().size(), 1);
    OfferingForm *form = m_window->offeringForms().first();
    QVERIFY(activate(form));
    QCOMPARE(QApplication::focusWidget(), form->control(QStringLiteral("name")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Standup Bot"));
    QCOMPARE(qobject_cast<QLineEdit *>(form->control(QStringLiteral("name")))->text(),
             QStringLiteral("Standup Bot"));
    QCOMPARE(qobject_cast<QLineEdit *>(form->control(QStringLiteral("reference")))->text(),
             QStringLiteral("wdc_standup_bot"));
    QVERIFY(form->isDirty());
}

void TestOfferingForm::aRenameByKeyboardPatchesTheNameAlone()
{
    OfferingForm::setReviewBeforeSaving(true);
    const qint64 id = ownOfferingIds(*m_server).at(2);
    QTableView *table = standOnOffering(id);
    table->setFocus();
    QVERIFY(activate(m_window.get()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QTRY_COMPARE(m_window->offeringForms().size(), 1);
    OfferingForm *form = m_window->offeringForms().first();
    QTRY_VERIFY(form->isLoaded());
    QVERIFY(activate(form));
    QTRY_COMPARE(QApplication::focusWidget(), form->control(QStringLiteral("name")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Renamed by keys"));
    m_server->clearRequests();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(form->openDialog());
    QVERIFY(activate(form->openDialog()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("ok"));
    QCOMPARE(writes().size(), 1);
    QCOMPARE(writes().first().method, QByteArray("PATCH"));
    QCOMPARE(QJsonDocument::fromJson(writes().first().body).object(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed by keys")}}));
    QCOMPARE(m_server->offering(id).value(QStringLiteral("name")).toString(),
             QStringLiteral("Renamed by keys"));
}

QTEST_MAIN(TestOfferingForm)
