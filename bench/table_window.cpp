// table_window: a reference beside figure 10, not its floor. Qt's stock
// table (a QTableView over a QStandardItemModel, drawn by its
// QStyledItemDelegate) showing the console's first screen of instances:
// the same strings, as the console's model words them, in the same columns
// and widths (pc_bench writes them to a file), the window the console's size,
// offscreen. It quits once the table has painted its rows.
//
//   table_window CELLS.json   where CELLS.json is
//   {"headers": [..], "widths": [..], "rows": [[..], ..]}
//
// It prints one JSON line on stdout, as minimal_window does:
//   {"painted_monotonic_ns": N}

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: table_window CELLS.json\n", stderr);
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "table_window: cannot read %s\n", argv[1]);
        return 1;
    }
    const QJsonObject cells = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray headers = cells.value(QStringLiteral("headers")).toArray();
    const QJsonArray widths = cells.value(QStringLiteral("widths")).toArray();

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

    QTableView table;
    table.setModel(&model);
    // The console's table settings that change what is drawn (its rows'
    // height, no row numbers, the last column stretched).
    table.setWordWrap(false);
    table.setAlternatingRowColors(true);
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.verticalHeader()->setVisible(false);
    table.verticalHeader()->setDefaultSectionSize(table.fontMetrics().height() + 8);
    table.horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < widths.size(); ++column)
        table.setColumnWidth(column, widths.at(column).toInt());
    table.resize(1180, 720);
    new FirstTablePaint(table.viewport());
    table.show();
    return QApplication::exec();
}
