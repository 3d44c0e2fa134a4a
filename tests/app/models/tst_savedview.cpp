#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/savedview.h"
#include "app/net/apiclient.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// A view's saved query, read without a widget: what the API does not offer
// is dropped; what it does is put on the model before its first request,
// and the same query set again loads nothing.
class TestSavedView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripsAndAppliesBeforeTheFirstRequest();
    void dropsWhatTheApiDoesNotOffer();
    void withoutSavedFieldsEveryFieldIsAskedFor();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    // No server: nothing here may send a request (a request would fail the
    // model with a connection error, which the tests check for).
    static pc::ConnectionSettings nowhere()
    {
        pc::ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
        settings.account = QStringLiteral("acme");
        settings.token = QByteArrayLiteral("t");
        return settings;
    }
    pc::ApiClient m_client{nowhere()};
};

void TestSavedView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("views.ini")), QSettings::IniFormat);
}

void TestSavedView::roundTripsAndAppliesBeforeTheFirstRequest()
{
    pc::SavedView saved;
    saved.predefinedFilter = QStringLiteral("enabled");
    saved.sortField = QStringLiteral("created_at");
    saved.sortOrder = Qt::DescendingOrder;
    saved.conditions = {{QStringLiteral("updated_at"), QStringLiteral(">=2024-01-01")}};
    saved.visibleFields = QStringList{QStringLiteral("customer_account"), QStringLiteral("created_at")};
    saved.write(*m_settings);

    pc::InstancesModel model(&m_client);
    const pc::SavedView read = pc::SavedView::read(*m_settings, model);
    QCOMPARE(read.predefinedFilter, saved.predefinedFilter);
    QCOMPARE(read.sortField, saved.sortField);
    QCOMPARE(read.sortOrder, Qt::DescendingOrder);
    QCOMPARE(read.conditions, saved.conditions);
    QCOMPARE(read.visibleFields, saved.visibleFields);

    read.applyTo(model);
    QVERIFY(!model.isLoading()); // put on the model, nothing asked for yet
    QCOMPARE(model.requestPath(), QStringLiteral("app_instances/enabled"));
    const QUrlQuery query = model.requestQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-created_at"));
    QVERIFY(query.hasQueryItem(QStringLiteral("updated_at")));
    const QStringList fields = query.queryItemValue(QStringLiteral("fields")).split(QLatin1Char(','));
    QVERIFY(fields.contains(QStringLiteral("created_at")));
    QVERIFY2(!fields.contains(QStringLiteral("updated_at")), qPrintable(fields.join(u',')));

    // The view restored over it sets the same query again: no load starts.
    model.setQuery(read.predefinedFilter, read.sortField, read.sortOrder, read.conditions);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.lastError().kind, pc::ApiError::Kind::None);
}

void TestSavedView::dropsWhatTheApiDoesNotOffer()
{
    m_settings->setValue(QStringLiteral("predefined"), QStringLiteral("enabled")); // an instance filter
    m_settings->setValue(QStringLiteral("sortField"), QStringLiteral("no_such_field"));
    m_settings->setValue(QStringLiteral("conditions"),
                         QStringList{QStringLiteral("name\tSlack"), QStringLiteral("webhook_uri\tx"),
                                     QStringLiteral("no tab")});
    m_settings->setValue(QStringLiteral("visibleFields"),
                         QStringList{QStringLiteral("name"), QStringLiteral("gone_in_this_version")});
    pc::OfferingsModel offerings(&m_client);
    const pc::SavedView read = pc::SavedView::read(*m_settings, offerings);
    QCOMPARE(read.predefinedFilter, QString());
    QCOMPARE(read.sortField, QString());
    QCOMPARE(read.conditions, (QList<pc::Condition>{{QStringLiteral("name"), QStringLiteral("Slack")}}));
    QCOMPARE(read.visibleFields, std::optional<QStringList>(QStringList{QStringLiteral("name")}));
}

void TestSavedView::withoutSavedFieldsEveryFieldIsAskedFor()
{
    // Saved before the fields were kept: the first request asks for every
    // column's field, so whichever columns the view then shows have data.
    m_settings->setValue(QStringLiteral("sortField"), QStringLiteral("name"));
    pc::OfferingsModel offerings(&m_client);
    const pc::SavedView read = pc::SavedView::read(*m_settings, offerings);
    QVERIFY(!read.visibleFields);
    read.applyTo(offerings);
    const QStringList fields =
        offerings.requestQuery().queryItemValue(QStringLiteral("fields")).split(QLatin1Char(','));
    for (const pc::ColumnSpec &column : offerings.columns()) {
        if (!column.derived && !column.field.isEmpty() && column.field != QStringLiteral("id"))
            QVERIFY2(fields.contains(column.field), qPrintable(column.field));
    }
    // Writing it again keeps no fields (the defaults), not an empty list.
    read.write(*m_settings);
    QVERIFY(!m_settings->contains(QStringLiteral("visibleFields")));
}

QTEST_GUILESS_MAIN(TestSavedView)
#include "tst_savedview.moc"
