#include "bench/overviewbench.h"

#include "app/models/instancesmodel.h"
#include "app/models/localrecordsource.h"
#include "app/models/offeringsmodel.h"
#include "app/overview/overview.h"
#include "ui/overview/overviewarea.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QPixmap>
#include <QStandardPaths>
#include <QTimer>

namespace bench {

namespace {

constexpr int Offerings = 45;

QList<QJsonObject> offeringRecords()
{
    QList<QJsonObject> records;
    for (int i = 1; i <= Offerings; ++i)
        records.append({{QStringLiteral("id"), i},
                        {QStringLiteral("name"), QStringLiteral("Offering %1").arg(i)},
                        {QStringLiteral("disabled"), i % 9 == 0},
                        {QStringLiteral("updated_at"), QStringLiteral("2025-01-01T00:00:00Z")}});
    return records;
}

// Offerings by a skewed share (a few large, a long tail), states mixed,
// installed over four years.
QList<QJsonObject> instanceRecords(int rows)
{
    QList<QJsonObject> records;
    records.reserve(rows);
    const qint64 start = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (int i = 1; i <= rows; ++i) {
        const int offering = 1 + (i * i) % Offerings % (1 + i % Offerings);
        records.append(
            {{QStringLiteral("id"), i},
             {QStringLiteral("app_offering"),
              QJsonObject{{QStringLiteral("id"), offering},
                          {QStringLiteral("name"), QStringLiteral("Offering %1").arg(offering)}}},
             {QStringLiteral("customer_account"),
              QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1").arg(i % 700)},
                          {QStringLiteral("name"), QStringLiteral("Customer %1").arg(i % 700)}}},
             {QStringLiteral("disabled"), i % 23 == 0},
             {QStringLiteral("suspended"), i % 11 == 0},
             {QStringLiteral("enabled_by_customer"), i % 4 != 0},
             {QStringLiteral("created_at"),
              QDateTime::fromSecsSinceEpoch(start + qint64(i) * 1200, Qt::UTC).toString(Qt::ISODate)}});
    }
    return records;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

QList<QJsonObject> figureOverview(int rows, int repeat, QString *error)
{
    QStandardPaths::setTestModeEnabled(true); // the last visit's file goes to a test folder
    // The rows as a complete local index hands them over (no server, no index).
    pc::OfferingsModel offerings(nullptr);
    pc::InstancesModel instances(nullptr);
    pc::RecordListSource offeringSource(offeringRecords());
    pc::RecordListSource instanceSource(instanceRecords(rows));
    offerings.setLocalSource(&offeringSource);
    instances.setLocalSource(&instanceSource);
    if (!waitFor([&] { return instances.rowCount() == rows && offerings.rowCount() == Offerings; }, 120000)) {
        *error = QStringLiteral("the rows did not reach the tables");
        return {};
    }
    pc::OverviewArea area(nullptr, &offerings, &instances, nullptr, QStringLiteral("pc_bench overview"));
    area.resize(1180, 680);
    area.show();
    area.recompute(); // the first visit: its snapshot written, untimed
    QList<QJsonObject> runs;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer timer;
        timer.start();
        area.recompute();
        const QPixmap drawn = area.grab();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (drawn.isNull() || area.overview()->figures().instances.total() != rows) {
            *error = QStringLiteral("the overview did not count every row");
            return {};
        }
        runs.append({{QStringLiteral("figure"), QStringLiteral("overview")},
                     {QStringLiteral("rows"), rows},
                     {QStringLiteral("overview_ms"), ms}});
    }
    return runs;
}

} // namespace bench
