#pragma once

// TestOfferingForm's class and what its files share: the tests are in tst_offeringform.cpp and
// tst_offeringform_webhook.cpp, one executable.

#include "app/editing/offeringsave.h"
#include "app/models/offeringsmodel.h"
#include "app/models/pagedtablemodel.h"
#include "tests/support/sandboxfixture.h"
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

using namespace testsupport;
using pc::OfferingForm;

namespace offeringformtest {

// A picture host: answers every request with a small PNG and keeps the
// request heads, to see what reached it.
class PictureServer : public QTcpServer
{
public:
    explicit PictureServer(const QHostAddress &address)
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        listen(address, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray head = socket->readAll();
                    if (!head.contains("\r\n\r\n"))
                        return;
                    heads.append(head.toLower());
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                                  QByteArray::number(m_png.size()) + "\r\nConnection: close\r\n\r\n" + m_png);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://%1:%2%3").arg(serverAddress().toString()).arg(serverPort()).arg(path);
    }
    QList<QByteArray> heads;

private:
    QByteArray m_png;
};

const QString kWebhook = QStringLiteral("webhook_uri_template");
const QString kPlainHttp = QStringLiteral("http://hooks.example.com/in?account={account}");

} // namespace offeringformtest

using namespace offeringformtest;

// The offering form in its window, offscreen, against the sandbox (which
// records every request): inline rules, review, POST/PATCH, 422s at their
// fields, failures that keep the form, conflicts, drafts after a crash and
// the questions before closing.
class TestOfferingForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rulesShowAsYouType();
    void createReviewedAndPosted();
    void editPatchesExactlyTheChanges();
    void serverRejectionsLandAtTheirFields();
    void failedSavesKeepTheFormUntilOneSucceeds();
    void conflictIsResolvedAsChosen_data();
    void conflictIsResolvedAsChosen();
    void draftsSurviveACrash();
    void closingADirtyFormAsks();
    void quittingWithDirtyFormsAsks();
    void aLostCreateAnswerIsLookedUpBeforeCreatingAgain();
    void aWaitBeforeAPatchMeansANewCheck();
    void aLandedPatchIsRecognisedOnRetry();
    void thePictureNeverCarriesTheToken();
    // Keyboard first: what a person types as the form opens.
    void aNewFormTakesTheTypedName();
    void aRenameByKeyboardPatchesTheNameAlone();
    // A webhook URI over plain http: a warning to accept, not an error.
    void aPlainHttpWebhookIsWarnedOfThenSent();
    void aDeclinedPlainHttpWebhookStaysUnsent();
    void aServerRefusingPlainHttpIsHeardAtTheField();

private:
    void startWindow();
    static bool activate(QWidget *window);
    OfferingForm *openExisting(qint64 id);
    // The offerings area shown, its table's current row the offering `id`.
    QTableView *standOnOffering(qint64 id);
    void fillRequired(OfferingForm *form, const QString &name);
    void type(OfferingForm *form, const QString &field, const QString &text, bool replace = true);
    // Ctrl+N from the window, the name typed where the focus is, the
    // required choices made, and a plain http webhook typed after a click in
    // its field.
    OfferingForm *newFormWithPlainHttpWebhook(const QString &name);
    // Ctrl+S, and the review that opens (also with the review turned off).
    pc::SaveReviewDialog *saveByKeyboard(OfferingForm *form);
    QList<sandbox::RecordedRequest> writes() const;
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<pc::MainWindow> m_window;
};
