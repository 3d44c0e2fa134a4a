// Resilience (issue 6) as the user sees it, offscreen, against the sandbox's
// fault injection: the window keeps its rows and says what went wrong in the
// banner, with Retry where asking again can help; the offering form keeps
// every value through the save faults tst_offeringform does not cover (it
// has a dropped connection, a 503, a lost create answer and a 429 with a
// colleague's save), and the journal has what happened; a token refused in
// the middle of the work asks once for a new one and resumes what stopped.

#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/windowtour.h"
#include "ui/actions/instanceactiondialog.h"
#include "ui/connections/tokendialog.h"
#include "ui/editing/offeringform.h"
#include "ui/records/recordview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>

using namespace testsupport;
using sandbox::Fault;

Q_DECLARE_METATYPE(sandbox::Fault)

namespace {

const QByteArray kToken = "resilience-ui-token-a81f";
const QByteArray kNewToken = "resilience-ui-token-new-39cd";

Fault fault(Fault::Kind kind, const QByteArray &method, int times = 1)
{
    Fault f;
    f.kind = kind;
    f.method = method;
    f.times = times;
    return f;
}

QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(pc::PagedTableModel::RecordIdRole).toLongLong());
    return ids;
}

const QByteArray kHtml502 = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                            "<body><h1>Bad Gateway</h1></body></html>";

} // namespace

class TestResilienceUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void windowKeepsRowsAndSaysWhy_data();
    void windowKeepsRowsAndSaysWhy();
    void windowThroughARefusedConnection();
    void formSurvivesSaveFaults_data();
    void formSurvivesSaveFaults();
    void refusedTokenMidWalkAsksAndResumes();
    void cancellingTheTokenKeepsRowsAndMessage();
    void refusedTokenDuringASave();
    void refusedTokenDuringABulkActionAsksOnce();

private:
    void startWindow(int area);
    pc::OfferingForm *openExisting(qint64 id);
    QWidget *banner() const;
    QString bannerText() const;
    QPushButton *retryButton() const;
    QList<qint64> allInstanceIds() const;
    QList<sandbox::RecordedRequest> writes() const;
    QStringList journalLines() const;
    void enterToken(pc::TokenDialog *dialog, const QByteArray &token, bool store);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<pc::ApiClient> m_client;
    std::unique_ptr<pc::MainWindow> m_window;
    QTcpServer m_foreign; // 127.0.0.2: nothing may ever arrive here
    int m_foreignConnections = 0;
};

void TestResilienceUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.warning=false"));
    QVERIFY(m_foreign.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
    connect(&m_foreign, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_foreign.nextPendingConnection()) {
            ++m_foreignConnections;
            socket->abort();
            socket->deleteLater();
        }
    });
}

void TestResilienceUi::init()
{
    forgetEarlierSessions();
    sandbox::SandboxOptions options;
    options.burstLimit = false;
    options.instanceCount = 450;
    options.token = QString::fromLatin1(kToken);
    m_server = startSandbox(options);
    pc::ConnectionSettings settings = settingsFor(*m_server);
    settings.maxRetries = 0; // every failure shows
    settings.transferTimeoutMs = 400;
    settings.maxRateLimitWaitS = 1;
    settings.paceBurst = false;
    m_client = std::make_unique<pc::ApiClient>(settings);
}

void TestResilienceUi::cleanup()
{
    m_window.reset();
    m_client.reset();
    m_server.reset();
    QTest::qWait(0);
    QCOMPARE(m_foreignConnections, 0);
}

void TestResilienceUi::startWindow(int area)
{
    m_window = std::make_unique<pc::MainWindow>(m_client.get(), QStringLiteral("wdc @ 127.0.0.1"));
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showArea(area);
    // Generous: a sanitized build on a loaded machine takes seconds for the first pages.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->offeringsModel()->rowCount() > 0 && m_window->instancesModel()->rowCount() >= 100, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->instancesModel()->isLoading() && !m_window->offeringsModel()->isLoading(), 30000);
}

QWidget *TestResilienceUi::banner() const
{
    return m_window->instancesView()->findChild<QWidget *>(QStringLiteral("errorBanner"));
}

QString TestResilienceUi::bannerText() const
{
    const QLabel *label = banner()->findChild<QLabel *>();
    return label ? label->text() : QString();
}

QPushButton *TestResilienceUi::retryButton() const
{
    return banner()->findChild<QPushButton *>();
}

QList<qint64> TestResilienceUi::allInstanceIds() const
{
    QList<qint64> ids = m_server->instanceIds();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<sandbox::RecordedRequest> TestResilienceUi::writes() const
{
    QList<sandbox::RecordedRequest> list;
    for (const sandbox::RecordedRequest &request : m_server->requests()) {
        if (request.method != "GET")
            list.append(request);
    }
    return list;
}

QStringList TestResilienceUi::journalLines() const
{
    QStringList lines;
    for (const pc::JournalEntry &entry : m_window->journal()->readAll())
        lines.append(QStringLiteral("%1 %2")
                         .arg(entry.ok ? QStringLiteral("ok") : QStringLiteral("failed"))
                         .arg(entry.httpStatus));
    return lines;
}

pc::OfferingForm *TestResilienceUi::openExisting(qint64 id)
{
    pc::OfferingForm *form = m_window->editOffering(id);
    // Callers check isLoaded() themselves (QTRY_ cannot return a value here).
    (void)QTest::qWaitFor([form] { return !form || form->isLoaded(); }, 10000);
    return form;
}

void TestResilienceUi::enterToken(pc::TokenDialog *dialog, const QByteArray &token, bool store)
{
    QTest::keyClicks(dialog->tokenEdit(), QString::fromLatin1(token));
    QVERIFY(dialog->sessionButton()->isEnabled());
    QTest::mouseClick(store ? dialog->storeButton() : dialog->sessionButton(), Qt::LeftButton);
}

void TestResilienceUi::windowKeepsRowsAndSaysWhy_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("retryOffered"); // false: Refresh (F5) starts over instead

    auto row = [](const char *name, Fault f, const QStringList &words, bool retry = true) {
        f.pathPattern = QStringLiteral("^/v1/app_instances$");
        QTest::newRow(name) << f << words << retry;
    };
    row("server never answers", fault(Fault::Kind::NeverAnswer, "GET", -1),
        {QStringLiteral("did not answer in time")});
    row("truncated body", fault(Fault::Kind::TruncatedBody, "GET", -1), {QStringLiteral("connection")});
    row("malformed JSON", fault(Fault::Kind::MalformedJson, "GET"), {QStringLiteral("not valid JSON")});
    Fault html = fault(Fault::Kind::Status, "GET", -1);
    html.status = 502;
    html.contentType = "text/html";
    html.body = kHtml502;
    row("HTML 502 page", html, {QStringLiteral("502 Bad Gateway"), QStringLiteral("try again")});
    row("empty 200 body", fault(Fault::Kind::EmptyBody, "GET"), {QStringLiteral("empty answer")});
    Fault forbidden = fault(Fault::Kind::Status, "GET", -1);
    forbidden.status = 403;
    row("403", forbidden, {QStringLiteral("403"), QStringLiteral("scopes")});
    Fault storm = fault(Fault::Kind::RateLimit, "GET", -1);
    storm.retryAfterSeconds = 1;
    row("429 storm beyond the wait allowed", storm,
        {QStringLiteral("rate limit"), QStringLiteral("Try again after")});
    row("link loop", fault(Fault::Kind::LinkLoop, "GET", -1), {QStringLiteral("loop")}, false);
    Fault foreign = fault(Fault::Kind::ForeignLink, "GET", -1);
    foreign.foreignBaseUrl = QUrl(QStringLiteral("http://127.0.0.2:%1").arg(m_foreign.serverPort()));
    row("link to a foreign host", foreign, {QStringLiteral("127.0.0.2"), QStringLiteral("token")}, false);
}

void TestResilienceUi::windowKeepsRowsAndSaysWhy()
{
    QFETCH(Fault, fault);
    QFETCH(QStringList, words);
    QFETCH(bool, retryOffered);
    startWindow(1);
    pc::InstancesModel *model = m_window->instancesModel();
    const QList<qint64> before = idsOf(*model);
    QCOMPARE(before, allInstanceIds().mid(0, 100));

    // End goes to the last row and asks for the next page, as scrolling down does.
    m_server->addFault(fault);
    QTest::keyClick(m_window->instancesView()->table(), Qt::Key_End);
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 10000);
    QTRY_VERIFY(!model->isLoading());
    for (const QString &word : words)
        QVERIFY2(bannerText().contains(word, Qt::CaseInsensitive), qPrintable(bannerText()));
    QVERIFY(!bannerText().contains(QString::fromLatin1(kToken)));
    QVERIFY(!bannerText().contains(QLatin1Char('<')));
    QCOMPARE(retryButton()->isVisible(), retryOffered);
    // The rows stay, in place; what came with a refused link is the next part of the list.
    const QList<qint64> kept = idsOf(*model);
    QCOMPARE(kept.mid(0, 100), before);
    QCOMPARE(kept, allInstanceIds().mid(0, kept.size()));
    QVERIFY(m_window->instancesView()->statusText().contains(QStringLiteral("%1 of").arg(kept.size())));
    // The window goes on working: the other area is there and answers.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), 1);

    // The fault ends: Retry (or Refresh) and Load all bring everything, once.
    m_server->clearFaults();
    if (retryOffered)
        QTest::mouseClick(retryButton(), Qt::LeftButton);
    else
        m_window->action(QStringLiteral("refresh"))->trigger();
    QTRY_VERIFY(!banner()->isVisible());
    m_window->action(QStringLiteral("loadAll"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 450, 15000);
    QTRY_VERIFY(!model->isLoading() && !model->isLoadingAll());
    QCOMPARE(idsOf(*model), allInstanceIds());
    QVERIFY(!banner()->isVisible());
}

void TestResilienceUi::windowThroughARefusedConnection()
{
    startWindow(1);
    pc::InstancesModel *model = m_window->instancesModel();
    const QList<qint64> before = idsOf(*model);
    const QList<qint64> all = allInstanceIds();
    const quint16 port = m_server->port();
    sandbox::SandboxOptions options = m_server->options();
    m_server.reset(); // the server is gone: connections are refused
    m_window->action(QStringLiteral("loadAll"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 10000);
    QVERIFY2(bannerText().contains(QStringLiteral("refused the connection")), qPrintable(bannerText()));
    QVERIFY(retryButton()->isVisible());
    QCOMPARE(idsOf(*model), before);
    QVERIFY(!model->isLoadingAll()); // Load all ended, its progress with it

    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QCOMPARE(m_server->listen(QHostAddress::LocalHost, port), port);
    QTest::mouseClick(retryButton(), Qt::LeftButton);
    QTRY_VERIFY(!banner()->isVisible());
    m_window->action(QStringLiteral("loadAll"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 450, 15000);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(idsOf(*model), all);
}

void TestResilienceUi::formSurvivesSaveFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("journal"); // what the fault left in it
    QTest::addColumn<bool>("applied");        // the server has the change after the fault

    auto row = [](const char *name, Fault f, const QStringList &words, const QStringList &journal,
                  bool applied) {
        f.pathPattern = QStringLiteral("^/v1/app_offerings/\\d+$");
        QTest::newRow(name) << f << words << journal << applied;
    };
    row("check: server never answers", fault(Fault::Kind::NeverAnswer, "GET", -1),
        {QStringLiteral("in time")}, {}, false);
    row("check: records of the wrong types", fault(Fault::Kind::WrongTypes, "GET"),
        {QStringLiteral("could not be read"), QStringLiteral("nothing was sent")}, {}, false);
    row("PATCH: server never answers", fault(Fault::Kind::NeverAnswer, "PATCH", -1),
        {QStringLiteral("may or may not have been applied")}, {QStringLiteral("failed 0")}, false);
    row("PATCH: truncated answer", fault(Fault::Kind::TruncatedBody, "PATCH", -1),
        {QStringLiteral("may or may not have been applied")}, {QStringLiteral("failed 0")}, true);
    row("PATCH: malformed JSON", fault(Fault::Kind::MalformedJson, "PATCH"),
        {QStringLiteral("not valid JSON")}, {QStringLiteral("failed 200")}, false);
    Fault html = fault(Fault::Kind::Status, "PATCH", -1);
    html.status = 502;
    html.contentType = "text/html";
    html.body = kHtml502;
    row("PATCH: HTML 502 page", html, {QStringLiteral("Not saved"), QStringLiteral("502 Bad Gateway")},
        {QStringLiteral("failed 502")}, false);
    row("PATCH: empty 200 body", fault(Fault::Kind::EmptyBody, "PATCH"),
        {QStringLiteral("answered 200"), QStringLiteral("not known")}, {QStringLiteral("failed 200")}, false);
    row("PATCH: answer of the wrong types", fault(Fault::Kind::WrongTypes, "PATCH"),
        {QStringLiteral("readable offering"), QStringLiteral("nothing is overwritten")},
        {QStringLiteral("failed 200")}, true);
    Fault broken = fault(Fault::Kind::Status, "PATCH");
    broken.status = 500;
    row("PATCH: 500", broken, {QStringLiteral("Not saved"), QStringLiteral("500")},
        {QStringLiteral("failed 500")}, false);
    Fault forbidden = fault(Fault::Kind::Status, "PATCH", -1);
    forbidden.status = 403;
    row("PATCH: 403", forbidden, {QStringLiteral("403"), QStringLiteral("scopes")},
        {QStringLiteral("failed 403")}, false);
    Fault storm = fault(Fault::Kind::RateLimit, "PATCH", -1);
    storm.retryAfterSeconds = 1;
    // The PATCH that must wait is given up and checked again after the wait;
    // a storm that outlasts it ends the save without a write.
    row("PATCH: 429 storm", storm, {QStringLiteral("rate limit")}, {}, false);
}

void TestResilienceUi::formSurvivesSaveFaults()
{
    QFETCH(Fault, fault);
    QFETCH(QStringList, words);
    QFETCH(QStringList, journal);
    QFETCH(bool, applied);
    startWindow(0);
    const qint64 id = ownOfferingIds(*m_server).at(4);
    pc::OfferingForm *form = openExisting(id);
    QVERIFY(form && form->isLoaded());
    auto *card = qobject_cast<QLineEdit *>(form->control(QStringLiteral("card_description")));
    auto *features = qobject_cast<QPlainTextEdit *>(form->control(QStringLiteral("features")));
    QVERIFY(card && features);
    card->selectAll();
    card->insert(QStringLiteral("Survives faults ✓"));
    features->selectAll();
    features->insertPlainText(QStringLiteral("One.\nTwo."));
    const QJsonObject expected = form->edit().requestBody();
    QCOMPARE(expected.size(), 2);

    m_server->addFault(fault);
    m_server->clearRequests();
    form->save();
    QTRY_VERIFY_WITH_TIMEOUT(!form->isSaving(), 10000);
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("error"));
    for (const QString &word : words)
        QVERIFY2(form->banner()->text().contains(word, Qt::CaseInsensitive),
                 qPrintable(form->banner()->text()));
    QVERIFY(!form->banner()->text().contains(QString::fromLatin1(kToken)));
    // The form is intact: every value as typed, editable, dirty, with Retry.
    QCOMPARE(form->edit().requestBody(), expected);
    QCOMPARE(card->text(), QStringLiteral("Survives faults ✓"));
    QCOMPARE(features->toPlainText(), QStringLiteral("One.\nTwo."));
    QVERIFY(card->isEnabled() && features->isEnabled());
    QVERIFY(form->isDirty());
    QVERIFY(form->retryButton()->isVisible());
    QCOMPARE(journalLines(), journal);
    QCOMPARE(m_server->offering(id).value(QStringLiteral("card_description")).toString() ==
                 QStringLiteral("Survives faults ✓"),
             applied);

    // The fault ends: Retry saves, or sees that the server already has it.
    m_server->clearFaults();
    m_server->clearRequests();
    QTest::mouseClick(form->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(form->banner()->property("kind").toString(), QStringLiteral("ok"), 10000);
    QVERIFY(!form->isDirty());
    const QJsonObject now = m_server->offering(id);
    QCOMPARE(now.value(QStringLiteral("card_description")).toString(), QStringLiteral("Survives faults ✓"));
    QCOMPARE(now.value(QStringLiteral("features")).toString(), QStringLiteral("One.\nTwo."));
    if (applied) {
        QVERIFY2(form->banner()->text().contains(QStringLiteral("Already saved")),
                 qPrintable(form->banner()->text()));
        QVERIFY(writes().isEmpty()); // nothing sent over it again
        QCOMPARE(journalLines(), journal);
    } else {
        QCOMPARE(writes().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(writes().first().body).object(), expected);
        QCOMPARE(journalLines(), journal + QStringList{QStringLiteral("ok 200")});
    }
    // The table shows what the server has.
    const pc::OfferingsModel *offerings = m_window->offeringsModel();
    for (int row = 0; row < offerings->rowCount(); ++row) {
        if (offerings->offering(row).id == id)
            QCOMPARE(offerings->offering(row).cardDescription, QStringLiteral("Survives faults ✓"));
    }
}

void TestResilienceUi::refusedTokenMidWalkAsksAndResumes()
{
    startWindow(1);
    pc::InstancesModel *model = m_window->instancesModel();
    const QList<qint64> before = idsOf(*model);
    QSignalSpy replaced(m_window.get(), &pc::MainWindow::tokenReplaced);
    // The token is revoked while Load all walks: its second request meets it.
    Fault revoke = fault(Fault::Kind::RevokeToken, "GET");
    revoke.pathPattern = QStringLiteral("^/v1/app_instances$");
    revoke.skip = 1;
    m_server->addFault(revoke);
    m_window->action(QStringLiteral("loadAll"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tokenDialog(), 10000);
    pc::TokenDialog *dialog = m_window->tokenDialog();
    QTRY_VERIFY(dialog->isVisible());
    QTRY_VERIFY(!model->isLoading());
    // Asked once, with the connection named and the token hidden while typed.
    QCOMPARE(m_window->findChildren<pc::TokenDialog *>().size(), 1);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("tokenIntro"))
                ->text()
                .contains(QStringLiteral("wdc @ 127.0.0.1")));
    QCOMPARE(dialog->tokenEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->sessionButton()->isEnabled()); // nothing typed yet
    QVERIFY(!dialog->storeButton()->isVisible());   // no keychain behind a bare window
    // Meanwhile the rows stay and the banner says why.
    QVERIFY(banner()->isVisible());
    QVERIFY2(bannerText().contains(QStringLiteral("401")), qPrintable(bannerText()));
    const QList<qint64> kept = idsOf(*model);
    QCOMPARE(kept.mid(0, 100), before);
    QCOMPARE(kept, allInstanceIds().mid(0, kept.size()));
    dialog->resize(dialog->sizeHint());
    QVERIFY(dialog->grab().save(QDir::temp().filePath(QStringLiteral("pc-token-dialog.png"))));

    // A new token on the server, the same typed in: Load all goes on from where it stopped.
    m_server->setToken(QString::fromLatin1(kNewToken));
    m_server->clearRequests();
    enterToken(dialog, kNewToken, false);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced.first().at(0).toByteArray(), kNewToken);
    QCOMPARE(replaced.first().at(1).toBool(), false);
    QCOMPARE(m_client->settings().token, kNewToken);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 450, 15000);
    QTRY_VERIFY(!model->isLoading() && !model->isLoadingAll());
    QCOMPARE(idsOf(*model), allInstanceIds()); // nothing lost, nothing twice
    QVERIFY(!banner()->isVisible());
    QVERIFY(!m_window->tokenDialog());
    for (const auto &request : m_server->requests()) {
        QCOMPARE(request.header("authorization"), QByteArray("Bearer " + kNewToken));
        // It continued: no list request started over from the first page.
        if (request.path == QLatin1String("/v1/app_instances"))
            QVERIFY2(request.query.hasQueryItem(QStringLiteral("id")) ||
                         request.query.hasQueryItem(QStringLiteral("search_after")),
                     qPrintable(request.url.toString()));
    }
}

void TestResilienceUi::cancellingTheTokenKeepsRowsAndMessage()
{
    startWindow(1);
    pc::InstancesModel *model = m_window->instancesModel();
    const QList<qint64> before = idsOf(*model);
    m_server->revokeToken();
    QTest::keyClick(m_window->instancesView()->table(), Qt::Key_End);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tokenDialog(), 10000);
    QTRY_VERIFY(!model->isLoading());
    QTest::mouseClick(m_window->tokenDialog()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->tokenDialog());
    // Cancel: the rows, the message and Retry stay; the status bar says how to ask again.
    QCOMPARE(idsOf(*model), before);
    QVERIFY(banner()->isVisible());
    QVERIFY2(bannerText().contains(QStringLiteral("token")), qPrintable(bannerText()));
    QVERIFY(retryButton()->isVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Enter a new API token")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_client->settings().token, kToken);

    // Retry with the same refused token: refused again, but not asked again.
    QSignalSpy rejected(m_client.get(), &pc::ApiClient::tokenRejected);
    QTest::mouseClick(retryButton(), Qt::LeftButton);
    QVERIFY(rejected.wait(5000));
    // The window's slot ran in the same emission: had it asked, the dialog would be there.
    QVERIFY(!m_window->tokenDialog());
    QTRY_VERIFY(banner()->isVisible());

    // File → Enter a new API token… asks, and what stopped resumes.
    m_server->setToken(QString::fromLatin1(kNewToken));
    m_window->action(QStringLiteral("replaceToken"))->trigger();
    QTRY_VERIFY(m_window->tokenDialog() && m_window->tokenDialog()->isVisible());
    enterToken(m_window->tokenDialog(), kNewToken, false);
    QTRY_VERIFY(!banner()->isVisible());
    QTRY_COMPARE(model->rowCount(), 200);
    QCOMPARE(idsOf(*model), allInstanceIds().mid(0, 200));
}

void TestResilienceUi::refusedTokenDuringASave()
{
    startWindow(0);
    const qint64 id = ownOfferingIds(*m_server).at(5);
    pc::OfferingForm *form = openExisting(id);
    QVERIFY(form && form->isLoaded());
    auto *card = qobject_cast<QLineEdit *>(form->control(QStringLiteral("card_description")));
    card->selectAll();
    card->insert(QStringLiteral("After a new token"));
    const QJsonObject expected = form->edit().requestBody();
    Fault revoke = fault(Fault::Kind::RevokeToken, "PATCH");
    m_server->addFault(revoke);
    m_server->clearRequests();
    form->save();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tokenDialog(), 10000);
    QTRY_COMPARE(form->banner()->property("kind").toString(), QStringLiteral("error"));
    QVERIFY(form->banner()->text().contains(QStringLiteral("401")));
    QCOMPARE(form->edit().requestBody(), expected);
    QCOMPARE(journalLines(), QStringList{QStringLiteral("failed 401")});

    m_server->setToken(QString::fromLatin1(kNewToken));
    enterToken(m_window->tokenDialog(), kNewToken, false);
    QTRY_VERIFY(!m_window->tokenDialog());
    // A refused write is not sent again by itself: the form waits for Retry
    // (a save started by the new token would show at once as saving).
    QVERIFY(!form->isSaving());
    QCOMPARE(writes().size(), 1);
    QVERIFY(form->isDirty());
    QVERIFY(form->retryButton()->isVisible());
    QTest::mouseClick(form->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(form->banner()->property("kind").toString(), QStringLiteral("ok"), 10000);
    QCOMPARE(writes().size(), 2);
    QCOMPARE(writes().last().header("authorization"), QByteArray("Bearer " + kNewToken));
    QCOMPARE(m_server->offering(id).value(QStringLiteral("card_description")).toString(),
             QStringLiteral("After a new token"));
    QCOMPARE(journalLines(), (QStringList{QStringLiteral("failed 401"), QStringLiteral("ok 200")}));
}

void TestResilienceUi::refusedTokenDuringABulkActionAsksOnce()
{
    startWindow(1);
    pc::InstancesModel *model = m_window->instancesModel();
    QList<int> rows;
    for (int row = 0; row < model->rowCount() && rows.size() < 6; ++row) {
        if (!model->instance(row).suspended)
            rows.append(row);
    }
    QTableView *table = m_window->instancesView()->table();
    for (int row : std::as_const(rows))
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // The third PATCH meets the revocation: it and the rest are refused.
    Fault revoke = fault(Fault::Kind::RevokeToken, "PATCH");
    revoke.skip = 2;
    m_server->addFault(revoke);
    QSignalSpy rejected(m_client.get(), &pc::ApiClient::tokenRejected);
    pc::InstanceActionDialog *dialog = m_window->startInstanceAction(pc::InstanceBatch::Action::Suspend);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->commentEdit()->setPlainText(QStringLiteral("Revoked midway"));
    QSignalSpy finished(dialog->batch(), &pc::InstanceBatch::finished);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(dialog->summaryText(), QStringLiteral("2 suspended, 4 failed"));
    QCOMPARE(rejected.size(), 4);
    QVERIFY(m_window->tokenDialog());
    QCOMPARE(m_window->findChildren<pc::TokenDialog *>().size(), 1); // asked once for the four refusals
    QCOMPARE(journalLines(), (QStringList{QStringLiteral("ok 200"), QStringLiteral("ok 200"),
                                          QStringLiteral("failed 401"), QStringLiteral("failed 401"),
                                          QStringLiteral("failed 401"), QStringLiteral("failed 401")}));

    m_server->setToken(QString::fromLatin1(kNewToken));
    enterToken(m_window->tokenDialog(), kNewToken, false);
    QTRY_VERIFY(!m_window->tokenDialog());
    QVERIFY(dialog->retryButton()->isVisible());
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(dialog->summaryText(), QStringLiteral("6 suspended"));
    QCOMPARE(journalLines().size(), 10);
    for (int row : std::as_const(rows))
        QVERIFY(m_server->instance(model->instance(row).id).value(QStringLiteral("suspended")).toBool());
    dialog->reject();
}

QTEST_MAIN(TestResilienceUi)
#include "tst_resilience_ui.moc"
