#include "app/models/celltext.h"
#include "app/records/timestamp.h"
#include "ui/records/detailpane.h"

#include <algorithm>

#include <QAction>
#include <QFontInfo>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

// The detail pane on its own, offscreen: what it shows for each field of an
// offering and an instance, and its keyboard and clipboard behaviour.
class TestDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offeringShowsEveryField();
    void offeringTimestampsAreLocalWithTheRawValueOnHover();
    void longDescriptionStaysResponsiveAndBounded();
    void rightToLeftNameIsNotForcedLeft();
    void instanceShowsFlagsAndReferences();
    void legacyInstanceShowsTheIntegrationReference();
    void nullAndMissingShowADash();
    void recordAsJsonRoundTrips();
    void ctrlShiftCCopiesTheJson();
    void escapeAndCloseButtonRequestClosing();
    void loadingAndErrorStates();
    void screenshots();

private:
    static QJsonObject offering();
    static QJsonObject instance();
};

namespace {

// The value widget of an API field, and the text it shows, whatever kind it is.
QWidget *valueWidget(const pc::DetailPane &pane, const QString &field)
{
    return pane.findChild<QWidget *>(QStringLiteral("value_") + field);
}

QString valueText(const pc::DetailPane &pane, const QString &field)
{
    QWidget *widget = valueWidget(pane, field);
    if (auto *label = qobject_cast<QLabel *>(widget))
        return label->text();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        return edit->toPlainText();
    return QStringLiteral("<no value_%1>").arg(field);
}

// Prose of `bytes` characters, in paragraphs or, to stress the layout, as one.
QString longText(int bytes, bool paragraphs = true)
{
    QString text;
    text.reserve(bytes);
    int paragraph = 0;
    while (text.size() < bytes) {
        text += QStringLiteral("Paragraph %1: the app dispatches notes to the provider's webhook and records the "
                               "answer on the request. ")
                    .arg(++paragraph);
        if (paragraphs && paragraph % 5 == 0)
            text += QLatin1String("\n\n");
    }
    text.truncate(bytes);
    return text;
}

QJsonObject parse(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

void TestDetailPane::initTestCase()
{
    // Dates in the expectations are computed the same way; a fixed zone keeps
    // the screenshots stable.
    qputenv("TZ", "Europe/Amsterdam");
}

QJsonObject TestDetailPane::offering()
{
    return parse(QStringLiteral(R"({
        "id": 12,
        "nodeID": "NG1lLmNvbS9BcHBPZmZlcmluZy8xMg",
        "name": "Log Note Dispatcher 📝",
        "reference": "wdc_log_note_dispatcher",
        "disabled": false,
        "service_instance": {"id": 83, "name": "Our Integration"},
        "ui_extension_version": {"id": 7, "name": "Dispatcher settings v3"},
        "policy_jwt_alg": "rs512",
        "policy_jwt_audience": "note-dispatcher",
        "policy_jwt_claim_expires_in": 12,
        "webhook_uri_template": "https://jfgd645.execute-api.eu-west-1.amazonaws.com/Prod/integration/?account={account}",
        "configuration_uri_template": "https://dispatcher.example.com/configure/{account}",
        "card_description": "Dispatches log notes to your chat channels ✨",
        "picture_uri": "https://cdn.example.com/apps/dispatcher.png",
        "source": "terraform",
        "sourceID": "dispatcher-main",
        "created_at": "2021-04-13T04:19:49-05:00",
        "updated_at": "2021-04-13T04:19:51-05:00",
        "description": "Sends every log note to the provider.\n\nRequires a webhook.",
        "features": "• Dispatch\n• Retry\n• Audit",
        "compliance": null,
        "openid_connect_discovery": true,
        "requires_enabled_oauth_person": false
    })"));
}

QJsonObject TestDetailPane::instance()
{
    return parse(QStringLiteral(R"({
        "id": 5,
        "nodeID": "NG1lLmNvbS9BcHBJbnN0YW5jZS81",
        "customer_account": {"id": "wdc", "name": "Widget Data Center"},
        "app_offering": {"id": 12, "name": "Log Note Dispatcher"},
        "enabled_by_customer": true,
        "suspended": true,
        "suspension_comment": "Paused while the customer's firewall is updated.\nResume after 1 May.",
        "disabled": false,
        "customer_representative": {"id": 44, "name": "Howard Tanner"},
        "webhook": {"id": 301, "name": "Log note dispatcher"},
        "webhook_policy": null,
        "custom_fields": [{"id": "channel", "value": "#ops-notes"}, {"id": "retries", "value": 3}],
        "created_at": "2021-04-13T04:36:10-05:00",
        "updated_at": "2021-04-13T09:36:10Z"
    })"));
}

void TestDetailPane::offeringShowsEveryField()
{
    pc::DetailPane pane;
    pane.showRecord(pc::DetailPane::RecordKind::Offering, offering());
    const auto *title = pane.findChild<QLabel *>(QStringLiteral("title"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Log Note Dispatcher 📝"));
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("subtitle"))->text().contains(QStringLiteral("#12")));

    QCOMPARE(valueText(pane, QStringLiteral("name")), QStringLiteral("Log Note Dispatcher 📝"));
    QCOMPARE(valueText(pane, QStringLiteral("reference")), QStringLiteral("wdc_log_note_dispatcher"));
    QCOMPARE(valueText(pane, QStringLiteral("disabled")), QStringLiteral("No"));
    QCOMPARE(valueText(pane, QStringLiteral("service_instance")), QStringLiteral("Our Integration (#83)"));
    QCOMPARE(valueText(pane, QStringLiteral("ui_extension_version")), QStringLiteral("Dispatcher settings v3 (#7)"));
    QCOMPARE(valueText(pane, QStringLiteral("policy_jwt_alg")), QStringLiteral("rs512 — RSA using SHA-512"));
    QCOMPARE(valueText(pane, QStringLiteral("policy_jwt_audience")), QStringLiteral("note-dispatcher"));
    QCOMPARE(valueText(pane, QStringLiteral("policy_jwt_claim_expires_in")), QStringLiteral("12 minutes"));
    QCOMPARE(valueText(pane, QStringLiteral("webhook_uri_template")),
             QStringLiteral("https://jfgd645.execute-api.eu-west-1.amazonaws.com/Prod/integration/?account={account}"));
    QCOMPARE(valueText(pane, QStringLiteral("configuration_uri_template")),
             QStringLiteral("https://dispatcher.example.com/configure/{account}"));
    QCOMPARE(valueText(pane, QStringLiteral("card_description")),
             QStringLiteral("Dispatches log notes to your chat channels ✨"));
    QCOMPARE(valueText(pane, QStringLiteral("picture_uri")), QStringLiteral("https://cdn.example.com/apps/dispatcher.png"));
    QCOMPARE(valueText(pane, QStringLiteral("source")), QStringLiteral("terraform"));
    QCOMPARE(valueText(pane, QStringLiteral("sourceID")), QStringLiteral("dispatcher-main"));
    QCOMPARE(valueText(pane, QStringLiteral("nodeID")), QStringLiteral("NG1lLmNvbS9BcHBPZmZlcmluZy8xMg"));
    QCOMPARE(valueText(pane, QStringLiteral("description")),
             QStringLiteral("Sends every log note to the provider.\n\nRequires a webhook."));
    QCOMPARE(valueText(pane, QStringLiteral("features")), QStringLiteral("• Dispatch\n• Retry\n• Audit"));
    QCOMPARE(valueText(pane, QStringLiteral("compliance")), QStringLiteral("—"));

    // Human labels, with the API name on hover.
    const auto *label = pane.findChild<QLabel *>(QStringLiteral("label_policy_jwt_claim_expires_in"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Claim expires in"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("label_service_instance"))->text(), QStringLiteral("Service instance"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("label_policy_jwt_alg"))->text(), QStringLiteral("JWT algorithm"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("label_webhook_uri_template"))->text(),
             QStringLiteral("Webhook URI template"));
    QVERIFY(label->toolTip().contains(QStringLiteral("policy_jwt_claim_expires_in")));

    // Fields this client does not know, under their API names, with their JSON values.
    QCOMPARE(valueText(pane, QStringLiteral("openid_connect_discovery")), QStringLiteral("true"));
    QCOMPARE(valueText(pane, QStringLiteral("requires_enabled_oauth_person")), QStringLiteral("false"));
    // The API name, with invisible break opportunities so it can wrap.
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("label_openid_connect_discovery"))->text().remove(QChar(0x200B)),
             QStringLiteral("openid_connect_discovery"));
    const QList<QLabel *> labels = pane.findChildren<QLabel *>();
    const auto section = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text() == QLatin1String("Other fields");
    });
    QVERIFY(section != labels.cend());
    // Known fields do not reappear there, and none is lost: one value per field.
    const QJsonObject record = offering();
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        QCOMPARE(pane.findChildren<QWidget *>(QStringLiteral("value_") + it.key()).size(), 1);
    }

    // Every value can be selected, with the mouse and the keyboard.
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("webhook_uri_template"),
                                QStringLiteral("description")}) {
        QWidget *widget = valueWidget(pane, field);
        Qt::TextInteractionFlags flags;
        if (auto *l = qobject_cast<QLabel *>(widget))
            flags = l->textInteractionFlags();
        else
            flags = qobject_cast<QPlainTextEdit *>(widget)->textInteractionFlags();
        QVERIFY2(flags.testFlag(Qt::TextSelectableByMouse) && flags.testFlag(Qt::TextSelectableByKeyboard),
                 qPrintable(field));
    }
    // Long texts are read-only views, never labels.
    auto *description = qobject_cast<QPlainTextEdit *>(valueWidget(pane, QStringLiteral("description")));
    QVERIFY(description);
    QVERIFY(description->isReadOnly());
    // A URL is not a label that would refuse to wrap and widen the pane.
    QVERIFY(qobject_cast<QPlainTextEdit *>(valueWidget(pane, QStringLiteral("webhook_uri_template"))));
}

void TestDetailPane::offeringTimestampsAreLocalWithTheRawValueOnHover()
{
    pc::DetailPane pane;
    pane.showRecord(pc::DetailPane::RecordKind::Offering, offering());
    const QWidget *created = valueWidget(pane, QStringLiteral("created_at"));
    QVERIFY(created);
    QCOMPARE(created->toolTip(), QStringLiteral("2021-04-13T04:19:49-05:00"));
    const QString expected = pc::displayTimestamp(pc::parseApiTimestamp(u"2021-04-13T04:19:49-05:00"));
    QCOMPARE(valueText(pane, QStringLiteral("created_at")), expected);
    // 09:19 UTC is 11:19 in Amsterdam in April.
    QCOMPARE(expected, QStringLiteral("2021-04-13 11:19"));
    QCOMPARE(valueWidget(pane, QStringLiteral("updated_at"))->toolTip(), QStringLiteral("2021-04-13T04:19:51-05:00"));
}

void TestDetailPane::longDescriptionStaysResponsiveAndBounded()
{
    QJsonObject record = offering();
    const QString description = longText(64 * 1024);
    record.insert(QStringLiteral("description"), description);
    record.insert(QStringLiteral("compliance"), longText(64 * 1024, false));

    pc::DetailPane pane;
    pane.resize(400, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // Shown in bounded, scrolling text views (never a 64 KB label); how fast
    // that is belongs in the benchmarks, not here.
    pane.showRecord(pc::DetailPane::RecordKind::Offering, record);
    for (int width : {400, 900, 320, 600}) {
        pane.resize(width, 700);
        QCoreApplication::processEvents();
    }

    auto *view = qobject_cast<QPlainTextEdit *>(valueWidget(pane, QStringLiteral("description")));
    QVERIFY(view);
    QCOMPARE(view->toPlainText(), description);
    // About twelve lines high, and the rest scrolls inside the view.
    QVERIFY2(view->height() <= 14 * view->fontMetrics().height(), qPrintable(QString::number(view->height())));
    QVERIFY(view->height() >= 8 * view->fontMetrics().height());
    QVERIFY(view->verticalScrollBar()->maximum() > 0);
    auto *compliance = qobject_cast<QPlainTextEdit *>(valueWidget(pane, QStringLiteral("compliance")));
    QVERIFY(compliance);
    QVERIFY(compliance->height() <= 14 * compliance->fontMetrics().height());
    QVERIFY(compliance->height() >= 8 * compliance->fontMetrics().height());
    // No value is a label holding more than a short text.
    const QList<QLabel *> labels = pane.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY2(label->text().size() < 1000, qPrintable(label->objectName()));

    // A short text gets a short view.
    auto *features = qobject_cast<QPlainTextEdit *>(valueWidget(pane, QStringLiteral("features")));
    QVERIFY(features);
    QVERIFY2(features->height() < 6 * features->fontMetrics().height(), qPrintable(QString::number(features->height())));
    QVERIFY(features->height() >= 3 * features->fontMetrics().height());
}

void TestDetailPane::rightToLeftNameIsNotForcedLeft()
{
    QJsonObject record = offering();
    const QString hebrew = QStringLiteral("מפיץ הערות יומן");
    const QString arabic = QStringLiteral("موزع ملاحظات السجل");
    record.insert(QStringLiteral("name"), hebrew);
    record.insert(QStringLiteral("card_description"), arabic);
    pc::DetailPane pane;
    pane.resize(400, 700);
    pane.showRecord(pc::DetailPane::RecordKind::Offering, record);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(valueText(pane, QStringLiteral("name")), hebrew);
    auto *title = pane.findChild<QLabel *>(QStringLiteral("title"));
    QCOMPARE(title->text(), hebrew);

    // Where the ink lands: right-to-left text starts at the right edge of its
    // label, left-to-right text at the left.
    const auto inkSpan = [](QWidget *widget) {
        const QImage image = widget->grab().toImage();
        const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
        int first = image.width();
        int last = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != background) {
                    first = qMin(first, x);
                    last = qMax(last, x);
                }
            }
        }
        return std::pair{first / image.devicePixelRatio(), last / image.devicePixelRatio()};
    };
    for (QWidget *widget : {valueWidget(pane, QStringLiteral("name")), valueWidget(pane, QStringLiteral("card_description")),
                            static_cast<QWidget *>(title)}) {
        auto *label = qobject_cast<QLabel *>(widget);
        QVERIFY(label);
        // Not forced either way: the text layout picks the side per paragraph.
        QCOMPARE(label->alignment() & (Qt::AlignHorizontal_Mask | Qt::AlignAbsolute), Qt::AlignLeading);
        const auto [first, last] = inkSpan(label);
        QVERIFY2(first > label->width() / 4 && last >= label->width() - 4,
                 qPrintable(QStringLiteral("%1: ink %2..%3 of %4").arg(label->objectName()).arg(first).arg(last)
                                .arg(label->width())));
    }
    auto *source = qobject_cast<QLabel *>(valueWidget(pane, QStringLiteral("source")));
    QVERIFY(source);
    const auto [first, last] = inkSpan(source);
    QVERIFY2(first <= 2 && last < source->width() / 2, qPrintable(QStringLiteral("ink %1..%2").arg(first).arg(last)));
}

void TestDetailPane::instanceShowsFlagsAndReferences()
{
    pc::DetailPane pane;
    pane.showRecord(pc::DetailPane::RecordKind::Instance, instance());
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("title"))->text(), QStringLiteral("Instance #5 — Widget Data Center"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("subtitle"))->text(),
             QStringLiteral("App instance of Log Note Dispatcher (#12)"));
    QCOMPARE(valueText(pane, QStringLiteral("customer_account")), QStringLiteral("Widget Data Center (wdc)"));
    QCOMPARE(valueText(pane, QStringLiteral("app_offering")), QStringLiteral("Log Note Dispatcher (#12)"));
    QCOMPARE(valueText(pane, QStringLiteral("enabled_by_customer")), QStringLiteral("Yes"));
    QCOMPARE(valueText(pane, QStringLiteral("suspended")), QStringLiteral("Yes"));
    QCOMPARE(valueText(pane, QStringLiteral("disabled")), QStringLiteral("No"));
    QCOMPARE(valueText(pane, QStringLiteral("suspension_comment")),
             QStringLiteral("Paused while the customer's firewall is updated.\nResume after 1 May."));
    QVERIFY(qobject_cast<QPlainTextEdit *>(valueWidget(pane, QStringLiteral("suspension_comment"))));
    QCOMPARE(valueText(pane, QStringLiteral("customer_representative")), QStringLiteral("Howard Tanner (#44)"));
    QCOMPARE(valueText(pane, QStringLiteral("webhook")), QStringLiteral("Log note dispatcher (#301)"));
    QCOMPARE(valueText(pane, QStringLiteral("webhook_policy")), QStringLiteral("—"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("label_enabled_by_customer"))->text(),
             QStringLiteral("Enabled by customer"));

    // Who owns which switch is explained on hover.
    QVERIFY(valueWidget(pane, QStringLiteral("enabled_by_customer"))->toolTip().contains(QStringLiteral("customer's switch")));
    QVERIFY(valueWidget(pane, QStringLiteral("suspended"))->toolTip().contains(QStringLiteral("Either party")));
    QVERIFY(valueWidget(pane, QStringLiteral("disabled"))->toolTip().contains(QStringLiteral("provider's switch")));

    // Custom fields as indented JSON in a monospace view.
    auto *custom = qobject_cast<QPlainTextEdit *>(valueWidget(pane, QStringLiteral("custom_fields")));
    QVERIFY(custom);
    QVERIFY(custom->font().fixedPitch() || QFontInfo(custom->font()).fixedPitch());
    QVERIFY(custom->toPlainText().contains(QStringLiteral("\n    {")));
    QCOMPARE(QJsonDocument::fromJson(custom->toPlainText().toUtf8()).array(),
             instance().value(QStringLiteral("custom_fields")).toArray());

    QCOMPARE(valueWidget(pane, QStringLiteral("updated_at"))->toolTip(), QStringLiteral("2021-04-13T09:36:10Z"));
    QCOMPARE(valueText(pane, QStringLiteral("updated_at")), QStringLiteral("2021-04-13 11:36"));
    // Every field is known: no "Other fields" section.
    const QList<QLabel *> labels = pane.findChildren<QLabel *>();
    QVERIFY(std::none_of(labels.cbegin(), labels.cend(),
                         [](const QLabel *l) { return l->text() == QLatin1String("Other fields"); }));
}

void TestDetailPane::legacyInstanceShowsTheIntegrationReference()
{
    const QJsonObject legacy = parse(QStringLiteral(R"({
        "id": 1,
        "integration": {"reference": "note-dispatcher", "id": 1},
        "customer_account": {"id": "wdc", "name": "Widget Data Center"},
        "created_at": "2021-04-13T04:36:10-05:00",
        "updated_at": "2021-04-13T04:36:10-05:00",
        "enabled_by_customer": true
    })"));
    pc::DetailPane pane;
    pane.showRecord(pc::DetailPane::RecordKind::Instance, legacy);
    QCOMPARE(valueText(pane, QStringLiteral("integration")), QStringLiteral("note-dispatcher (#1)"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("label_integration"))->text(), QStringLiteral("App offering"));
    QVERIFY(valueWidget(pane, QStringLiteral("integration"))->toolTip().contains(QStringLiteral("older API")));
    QVERIFY(!valueWidget(pane, QStringLiteral("app_offering")));
    // Fields the list endpoint leaves out are shown as absent, not skipped.
    QCOMPARE(valueText(pane, QStringLiteral("suspended")), QStringLiteral("—"));
    QCOMPARE(valueWidget(pane, QStringLiteral("suspended"))->toolTip(), QStringLiteral("Not in the server's answer"));
    QCOMPARE(valueText(pane, QStringLiteral("enabled_by_customer")), QStringLiteral("Yes"));
}

void TestDetailPane::nullAndMissingShowADash()
{
    QJsonObject record = offering();
    record.insert(QStringLiteral("policy_jwt_claim_expires_in"), QJsonValue::Null);
    record.insert(QStringLiteral("ui_extension_version"), QJsonValue::Null);
    record.insert(QStringLiteral("sourceID"), QString());
    record.remove(QStringLiteral("source"));
    pc::DetailPane pane;
    pane.showRecord(pc::DetailPane::RecordKind::Offering, record);
    for (const QString &field : {QStringLiteral("policy_jwt_claim_expires_in"), QStringLiteral("ui_extension_version"),
                                QStringLiteral("sourceID"), QStringLiteral("source")})
        QCOMPARE(valueText(pane, field), QStringLiteral("—"));
    QCOMPARE(valueWidget(pane, QStringLiteral("ui_extension_version"))->toolTip(), QStringLiteral("Blank"));
    // The dash is dimmed like the labels, not black like a value.
    auto *dash = qobject_cast<QLabel *>(valueWidget(pane, QStringLiteral("source")));
    QCOMPARE(dash->foregroundRole(), QPalette::PlaceholderText);

    // Singular and plural read right.
    record.insert(QStringLiteral("policy_jwt_claim_expires_in"), 1);
    pane.showRecord(pc::DetailPane::RecordKind::Offering, record);
    QCOMPARE(valueText(pane, QStringLiteral("policy_jwt_claim_expires_in")), QStringLiteral("1 minute"));
    record.insert(QStringLiteral("policy_jwt_claim_expires_in"), 90);
    pane.showRecord(pc::DetailPane::RecordKind::Offering, record);
    QCOMPARE(valueText(pane, QStringLiteral("policy_jwt_claim_expires_in")), QStringLiteral("90 minutes"));
    // An algorithm this client does not know is shown as sent.
    record.insert(QStringLiteral("policy_jwt_alg"), QStringLiteral("ps256"));
    pane.showRecord(pc::DetailPane::RecordKind::Offering, record);
    QCOMPARE(valueText(pane, QStringLiteral("policy_jwt_alg")), QStringLiteral("ps256"));
}

void TestDetailPane::recordAsJsonRoundTrips()
{
    pc::DetailPane pane;
    QVERIFY(pane.recordAsJson().isEmpty());
    QVERIFY(!pane.copyAction()->isEnabled());
    for (const QJsonObject &record : {offering(), instance()}) {
        pane.showRecord(record.contains(QLatin1String("app_offering")) ? pc::DetailPane::RecordKind::Instance
                                                                      : pc::DetailPane::RecordKind::Offering,
                        record);
        QCOMPARE(pane.record(), record);
        QCOMPARE(parse(pane.recordAsJson()), record);
        // Indented, for reading in a paste.
        QVERIFY(pane.recordAsJson().contains(QStringLiteral("\n    \"id\"")));
    }
    pane.clear();
    QVERIFY(pane.record().isEmpty());
    QVERIFY(!pane.copyAction()->isEnabled());
}

// The pane's Copy button; the key (Ctrl+Shift+C) is the window's Copy as
// JSON action, which copies the pane when it shows the current row (tested
// in tst_browsing): a second binding here would make the key ambiguous.
void TestDetailPane::ctrlShiftCCopiesTheJson()
{
    QWidget window;
    auto *pane = new pc::DetailPane(&window);
    pane->resize(400, 700);
    window.resize(400, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    pane->showRecord(pc::DetailPane::RecordKind::Offering, offering());
    QVERIFY(pane->copyAction()->shortcut().isEmpty());
    QVERIFY(pane->copyAction()->isEnabled());

    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    pane->copyAction()->trigger(); // the header's Copy as JSON button
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), pane->recordAsJson());
    QCOMPARE(parse(QGuiApplication::clipboard()->text()), offering());
}

void TestDetailPane::escapeAndCloseButtonRequestClosing()
{
    pc::DetailPane pane;
    pane.resize(400, 700);
    pane.showRecord(pc::DetailPane::RecordKind::Instance, instance());
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QSignalSpy closed(&pane, &pc::DetailPane::closeRequested);

    // From a value deep inside the scroll area…
    QWidget *value = valueWidget(pane, QStringLiteral("suspension_comment"));
    value->setFocus();
    QTRY_VERIFY(value->hasFocus());
    QTest::keyClick(value, Qt::Key_Escape);
    QTRY_COMPARE(closed.size(), 1);
    // …from the pane itself, as after it opens…
    pane.setFocus();
    QTRY_VERIFY(pane.hasFocus());
    QTest::keyClick(&pane, Qt::Key_Escape);
    QTRY_COMPARE(closed.size(), 2);
    // …and with the header's button.
    auto *button = pane.findChild<QToolButton *>(QStringLiteral("closeButton"));
    QVERIFY(button);
    QVERIFY(!button->toolTip().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(closed.size(), 3);
}

void TestDetailPane::loadingAndErrorStates()
{
    pc::DetailPane pane;
    auto *placeholder = pane.findChild<QLabel *>(QStringLiteral("placeholder"));
    auto *banner = pane.findChild<QWidget *>(QStringLiteral("errorBanner"));
    auto *bannerText = pane.findChild<QLabel *>(QStringLiteral("errorText"));
    auto *title = pane.findChild<QLabel *>(QStringLiteral("title"));
    QVERIFY(placeholder && banner && bannerText && title);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    pane.showLoading(pc::DetailPane::RecordKind::Offering, 12);
    QCOMPARE(placeholder->text(), QStringLiteral("Loading offering #12…"));
    QVERIFY(placeholder->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Loading offering #12…"));
    QVERIFY(!banner->isVisible());
    QVERIFY(!pane.copyAction()->isEnabled());

    // An error with nothing loaded yet: the banner says what failed.
    pane.showError(QStringLiteral("Not found"));
    QVERIFY(banner->isVisible());
    QCOMPARE(bannerText->text(), QStringLiteral("Could not load offering #12. Not found"));

    // A record arrives: the banner goes.
    pane.showLoading(pc::DetailPane::RecordKind::Offering, 12);
    pane.showRecord(pc::DetailPane::RecordKind::Offering, offering());
    QVERIFY(!banner->isVisible());
    QVERIFY(!placeholder->isVisible());
    QVERIFY(pane.copyAction()->isEnabled());

    // Loading another one that fails keeps the last record visible below the
    // banner, which says that it is the earlier one.
    pane.showLoading(pc::DetailPane::RecordKind::Instance, 5);
    QCOMPARE(placeholder->text(), QStringLiteral("Loading instance #5…"));
    QVERIFY(placeholder->isVisible());
    pane.showError(QStringLiteral("The server did not answer."));
    QVERIFY(banner->isVisible());
    QCOMPARE(bannerText->text(), QStringLiteral("Could not load instance #5. The server did not answer.\n"
                                                "Below: offering #12, shown earlier."));
    QVERIFY(!placeholder->isVisible());
    QCOMPARE(valueText(pane, QStringLiteral("name")), QStringLiteral("Log Note Dispatcher 📝"));
    QCOMPARE(title->text(), QStringLiteral("Log Note Dispatcher 📝"));
    QCOMPARE(pane.record(), offering());

    // Refreshing the same record that then fails needs no such note.
    pane.showLoading(pc::DetailPane::RecordKind::Offering, 12);
    pane.showError(QStringLiteral("Rate limited."));
    QCOMPARE(bannerText->text(), QStringLiteral("Could not load offering #12. Rate limited."));

    pane.clear();
    QVERIFY(!banner->isVisible());
    QVERIFY(placeholder->isVisible());
    QVERIFY(!valueWidget(pane, QStringLiteral("name")));
}

void TestDetailPane::screenshots()
{
    const auto save = [](pc::DetailPane &pane, const QString &path) {
        pane.resize(400, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCoreApplication::processEvents();
        const QImage image = pane.grab().toImage();
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(400, 700));
        QVERIFY(image.save(path));
        // Nothing is wider than the pane: no horizontal scrolling of the form.
        auto *scroll = pane.findChild<QScrollArea *>();
        QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    };
    pc::DetailPane offeringPane;
    offeringPane.showRecord(pc::DetailPane::RecordKind::Offering, offering());
    save(offeringPane, QStringLiteral("/tmp/detail-offering.png"));
    pc::DetailPane instancePane;
    instancePane.showRecord(pc::DetailPane::RecordKind::Instance, instance());
    save(instancePane, QStringLiteral("/tmp/detail-instance.png"));
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
