// TestOfferingForm: the rest of its tests (the class: tst_offeringform.h).

#include "app/editing/offeringsave.h"
#include "app/models/offeringsmodel.h"
#include "app/models/pagedtablemodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/ui/editing/tst_offeringform.h"
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

OfferingForm *TestOfferingForm::newFormWithPlainHttpWebhook(const QString &name)
{
    if (!activate(m_window.get()))
        return nullptr;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    if (!QTest::qWaitFor([this] { return m_window->offeringForms().size() == 1; }, 5000))
        return nullptr;
    OfferingForm *form = m_window->offeringForms().first();
    if (!activate(form) || QApplication::focusWidget() != form->control(QStringLiteral("name")))
        return nullptr;
    QTest::keyClicks(QApplication::focusWidget(), name);
    // The choosers have tests of their own (tst_referencepicker).
    auto *picker = qobject_cast<pc::ReferencePicker *>(form->control(QStringLiteral("service_instance")));
    Q_EMIT picker->referenceChosen(2, QStringLiteral("Service two"));
    auto *algorithm = qobject_cast<QComboBox *>(form->control(QStringLiteral("policy_jwt_alg")));
    algorithm->setCurrentIndex(algorithm->findData(QStringLiteral("rs256")));
    QTest::mouseClick(form->control(kWebhook), Qt::LeftButton);
    if (QApplication::focusWidget() != form->control(kWebhook))
        return nullptr;
    QTest::keyClicks(QApplication::focusWidget(), kPlainHttp);
    return form;
}

pc::SaveReviewDialog *TestOfferingForm::saveByKeyboard(OfferingForm *form)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    if (!QTest::qWaitFor([form] { return form->openDialog() != nullptr; }, 5000))
        return nullptr;
    auto *review = qobject_cast<pc::SaveReviewDialog *>(form->openDialog());
    return review && activate(review) ? review : nullptr;
}

// A webhook URI over plain http, as a user meets it: a warning (not an
// error) as it is typed, one question in the save review (shown though the
// review is off), then sent as it is and kept by the sandbox (whose rules,
// like the source documents, do not forbid it).
void TestOfferingForm::aPlainHttpWebhookIsWarnedOfThenSent()
{
    OfferingForm *form = newFormWithPlainHttpWebhook(QStringLiteral("Plain Hook"));
    QVERIFY(form);
    QCOMPARE(qobject_cast<QLineEdit *>(form->control(kWebhook))->text(), kPlainHttp);
    // A warning at the field, not an error: Save is offered.
    QLabel *message = form->messageLabel(kWebhook);
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("kind").toString(), QStringLiteral("warning"));
    QVERIFY2(message->text().contains(
                 QStringLiteral("Plain http sends the webhook's payload and JWT unencrypted")),
             qPrintable(message->text()));
    QVERIFY(!form->control(kWebhook)->property("invalid").toBool());
    QVERIFY(form->saveButton()->isEnabled());
    screenshot(form, QStringLiteral("offering-form-plain-http.png"));

    m_server->clearRequests();
    pc::SaveReviewDialog *review = saveByKeyboard(form);
    QVERIFY(review);
    QVERIFY(review->warnings());
    QVERIFY(review->warnings()->text().contains(kPlainHttp));
    QVERIFY(!review->reviewAgain()); // the review stays off for the next saves
    // The question has the focus; Enter alone sends nothing.
    QCOMPARE(QApplication::focusWidget(), review->acceptWarnings());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(review->isVisible());
    QVERIFY(writes().isEmpty());
    screenshot(review, QStringLiteral("offering-save-review-plain-http.png"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(review->acceptWarnings()->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("ok"));
    QCOMPARE(writes().size(), 1);
    QCOMPARE(writes().first().method, QByteArray("POST"));
    QCOMPARE(QJsonDocument::fromJson(writes().first().body).object().value(kWebhook).toString(), kPlainHttp);
    // The sandbox keeps it as sent.
    QVERIFY(form->offeringId() > 0);
    QCOMPARE(m_server->offering(form->offeringId()).value(kWebhook).toString(), kPlainHttp);
    QVERIFY(!OfferingForm::reviewBeforeSaving());

    // Asked once: a later change of another field is saved without a question.
    QVERIFY(activate(form));
    QTest::mouseClick(form->control(QStringLiteral("card_description")), Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Over plain http"));
    m_server->clearRequests();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(writes().size(), 1);
    QVERIFY(!form->openDialog());
    QCOMPARE(QJsonDocument::fromJson(writes().first().body).object(),
             (QJsonObject{{QStringLiteral("card_description"), QStringLiteral("Over plain http")}}));
}

// Declined in the review: nothing is sent and nothing lost.
void TestOfferingForm::aDeclinedPlainHttpWebhookStaysUnsent()
{
    OfferingForm *form = newFormWithPlainHttpWebhook(QStringLiteral("Declined Hook"));
    QVERIFY(form);
    m_server->clearRequests();
    pc::SaveReviewDialog *review = saveByKeyboard(form);
    QVERIFY(review);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!form->openDialog());
    QVERIFY(writes().isEmpty());
    QVERIFY(form->isDirty());
    QCOMPARE(qobject_cast<QLineEdit *>(form->control(kWebhook))->text(), kPlainHttp);
    QCOMPARE(form->edit().value(kWebhook).toString(), kPlainHttp);
    QCOMPARE(form->edit().value(QStringLiteral("name")).toString(), QStringLiteral("Declined Hook"));
    QCOMPARE(form->messageLabel(kWebhook)->property("kind").toString(), QStringLiteral("warning"));

    // Saving again asks again; Retry cannot go round the question either.
    QVERIFY(activate(form));
    review = saveByKeyboard(form);
    QVERIFY(review);
    QVERIFY(!review->acceptWarnings()->isChecked());
    review->reject();
    QTRY_VERIFY(!form->openDialog());
    form->retry();
    QTRY_VERIFY(form->openDialog());
    qobject_cast<QDialog *>(form->openDialog())->reject();
    QTRY_VERIFY(!form->openDialog());
    QVERIFY(writes().isEmpty());
    QVERIFY(form->isDirty());
}

// The sandbox, like the source documents, accepts plain http; a real server
// may not. Its 422 lands at the field, as an error, and the value stays.
void TestOfferingForm::aServerRefusingPlainHttpIsHeardAtTheField()
{
    sandbox::Fault refusal;
    refusal.kind = sandbox::Fault::Kind::Status;
    refusal.method = "POST";
    refusal.pathPattern = QStringLiteral("^/v1/app_offerings$");
    refusal.status = 422;
    refusal.body =
        R"({"message":"Validation Failed","errors":[["webhook_uri_template","Webhook uri template must use https"]]})";
    m_server->addFault(refusal);
    OfferingForm *form = newFormWithPlainHttpWebhook(QStringLiteral("Refused Hook"));
    QVERIFY(form);
    pc::SaveReviewDialog *review = saveByKeyboard(form);
    QVERIFY(review);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("error"));
    QLabel *message = form->messageLabel(kWebhook);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Webhook uri template must use https"));
    QCOMPARE(message->property("kind").toString(), QStringLiteral("error"));
    QVERIFY(form->control(kWebhook)->property("invalid").toBool());
    QCOMPARE(form->edit().value(kWebhook).toString(), kPlainHttp);
    QVERIFY(form->isDirty());
    QCOMPARE(form->focusWidget(), form->control(kWebhook));
    screenshot(form, QStringLiteral("offering-form-plain-http-422.png"));
}
