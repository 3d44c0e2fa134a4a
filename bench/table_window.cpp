// table_window: a reference beside figures 10 and 5, not their floor. Qt's
// stock table (a QTableView over a QStandardItemModel, drawn by its
// QStyledItemDelegate), the window the console's size, offscreen. It quits
// once the table has painted its rows. Two ways to fill it:
//
//   table_window CELLS.json
//       figure 10: the console's first screen of instances, the same strings
//       as the console's model words them, in the same columns and widths
//       (pc_bench writes them to a file). CELLS.json is
//       {"headers": [..], "widths": [..], "rows": [[..], ..]}
//   table_window --first-page API_URL ACCOUNT
//       figure 5: the least a Qt program does for its first screen from the
//       API. One request (the first page of offerings, as the floor's curl
//       asks for it; the token from PROVIDER_CONSOLE_TOKEN) leaves, the table
//       is made meanwhile, and shown once the answer's rows are in. Its
//       columns are the console's first ones (name, reference, service
//       instance, JWT algorithm, webhook template, disabled), as plain text.
//
// It prints one JSON line on stdout, as minimal_window does:
//   {"painted_monotonic_ns": N}

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <ctime>

namespace {

qint64 monotonicNow()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Takes the table's first paint, paints it, then prints the time: the time
// is that of the paint's end.
class FirstTablePaint : public QObject
{
public:
    explicit FirstTablePaint(QWidget *viewport)
        : QObject(viewport)
    {
        viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        watched->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event);
        std::printf("{\"painted_monotonic_ns\": %lld}\n", static_cast<long long>(monotonicNow()));
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
        return true;
    }
};

// The console's table settings that change what is drawn (its rows'
// height, no row numbers, the last column stretched), its window's size.
void setUpLikeTheConsole(QTableView &table, const QList<int> &widths)
{
    table.setWordWrap(false);
    table.setAlternatingRowColors(true);
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.verticalHeader()->setVisible(false);
    table.verticalHeader()->setDefaultSectionSize(table.fontMetrics().height() + 8);
    table.horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < widths.size(); ++column)
        table.setColumnWidth(column, widths.at(column));
    table.resize(1180, 720);
    new FirstTablePaint(table.viewport());
}

int showCells(const char *path)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "table_window: cannot read %s\n", path);
        return 1;
    }
    const QJsonObject cells = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray headers = cells.value(QStringLiteral("headers")).toArray();
    QStandardItemModel model(0, int(headers.size()));
    QStringList labels;
    for (const QJsonValue &header : headers)
        labels.append(header.toString());
    model.setHorizontalHeaderLabels(labels);
    for (const QJsonValue &row : cells.value(QStringLiteral("rows")).toArray()) {
        QList<QStandardItem *> items;
        for (const QJsonValue &cell : row.toArray())
            items.append(new QStandardItem(cell.toString()));
        model.appendRow(items);
    }
    QList<int> widths;
    for (const QJsonValue &width : cells.value(QStringLiteral("widths")).toArray())
        widths.append(width.toInt());
    QTableView table;
    table.setModel(&model);
    setUpLikeTheConsole(table, widths);
    table.show();
    return QApplication::exec();
}

QList<QStandardItem *> offeringRow(const QJsonObject &offering)
{
    const QJsonObject service = offering.value(QStringLiteral("service_instance")).toObject();
    const auto text = [&offering](const char *field) {
        return new QStandardItem(offering.value(QLatin1String(field)).toString());
    };
    return {text("name"),
            text("reference"),
            new QStandardItem(QStringLiteral("%1 (#%2)")
                                  .arg(service.value(QStringLiteral("name")).toString())
                                  .arg(service.value(QStringLiteral("id")).toInteger())),
            text("policy_jwt_alg"),
            text("webhook_uri_template"),
            new QStandardItem(offering.value(QStringLiteral("disabled")).toBool() ? QStringLiteral("Yes")
                                                                                  : QStringLiteral("No"))};
}

int showFirstPage(const char *apiUrl, const char *account)
{
    QNetworkAccessManager network;
    QUrl url(QString::fromLocal8Bit(apiUrl) + QStringLiteral("/app_offerings"));
    url.setQuery(QStringLiteral("per_page=100"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + qgetenv("PROVIDER_CONSOLE_TOKEN"));
    request.setRawHeader("X-Xurrent-Account", account);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network.get(request);

    QStandardItemModel model(0, 6);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Reference"),
                                     QStringLiteral("Service instance"), QStringLiteral("JWT algorithm"),
                                     QStringLiteral("Webhook URI template"), QStringLiteral("Disabled")});
    QTableView table;
    table.setModel(&model);
    setUpLikeTheConsole(table, {240, 240, 240, 160, 240, 80});
    QObject::connect(reply, &QNetworkReply::finished, &table, [reply, &model, &table] {
        if (reply->error() != QNetworkReply::NoError) {
            std::fprintf(stderr, "table_window: %s\n", qPrintable(reply->errorString()));
            QCoreApplication::exit(1);
            return;
        }
        for (const QJsonValue &offering : QJsonDocument::fromJson(reply->readAll()).array())
            model.appendRow(offeringRow(offering.toObject()));
        table.show();
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 2)
        return showCells(argv[1]);
    if (argc == 4 && qstrcmp(argv[1], "--first-page") == 0)
        return showFirstPage(argv[2], argv[3]);
    std::fputs("usage: table_window CELLS.json | table_window --first-page API_URL ACCOUNT\n", stderr);
    return 2;
}
