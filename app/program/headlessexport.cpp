#include "app/program/headlessexport.h"

#include "app/index/collectionsync.h"
#include "app/models/instancesmodel.h"
#include "app/models/listquery.h"
#include "app/models/offeringsmodel.h"
#include "app/net/parallelwalk.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <cstdio>

namespace pc::program {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::program::ApiWalkExport).
class ApiWalkExport { Q_OBJECT };
#endif

namespace {

// The console's table model holding the records given, as if its pages had
// arrived: the cells (and so the CSV) are exactly the window's.
template<typename Model> class LoadedRows : public Model
{
public:
    explicit LoadedRows(ApiClient *client)
        : Model(client)
    {}
    void add(const QJsonArray &records) { this->appendRecords(records); }
};

template<typename Model>
bool writeCsv(QIODevice *device, const QList<QJsonObject> &records, ApiClient *client, QString *error)
{
    LoadedRows<Model> model(client);
    QJsonArray page;
    for (const QJsonObject &record : records) {
        page.append(record);
        if (page.size() == PagedTableModel::PageSize) {
            model.add(page);
            page = {};
        }
    }
    if (!page.isEmpty())
        model.add(page);
    // The default view shows every column in the model's order; the window's
    // Export writes the columns shown.
    QList<RecordExporter::Column> columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns.append({column, model.columns().at(column).field, model.columns().at(column).title});
    return RecordExporter::write(device, RecordExporter::Format::Csv, &model, columns, error);
}

bool writeBytes(QIODevice *device, const QByteArray &bytes, QString *error)
{
    if (device->write(bytes) == bytes.size())
        return true;
    *error = RecordsWriter::tr("The export could not be written: %1").arg(device->errorString());
    return false;
}

// One record a line, inside one array: valid JSON, and a line-oriented tool
// can still take it apart.
bool writeJson(QIODevice *device, const QList<QJsonObject> &records, QString *error)
{
    QByteArray bytes = "[\n";
    for (qsizetype i = 0; i < records.size(); ++i) {
        bytes += QJsonDocument(records.at(i)).toJson(QJsonDocument::Compact);
        bytes += i + 1 < records.size() ? ",\n" : "\n";
        if (bytes.size() > (1 << 20)) { // 100,000 records need not sit in memory twice
            if (!writeBytes(device, bytes, error))
                return false;
            bytes.clear();
        }
    }
    bytes += "]\n";
    return writeBytes(device, bytes, error);
}

bool writeTo(QIODevice *device, const ExportTarget &target, const QList<QJsonObject> &records,
             ApiClient *client, QString *error)
{
    if (target.format == RecordExporter::Format::Json)
        return writeJson(device, records, error);
    if (target.collection == IndexCollection::Offerings)
        return writeCsv<OfferingsModel>(device, records, client, error);
    return writeCsv<InstancesModel>(device, records, client, error);
}

} // namespace

bool RecordsWriter::write(const ExportTarget &target, const QList<QJsonObject> &records, ApiClient *client,
                          QString *error)
{
    if (target.path.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            *error = tr("The standard output could not be written: %1").arg(out.errorString());
            return false;
        }
        if (!writeTo(&out, target, records, client, error))
            return false;
        if (!out.flush()) { // the reader went away (a closed pipe), or the disk is full
            *error = tr("The standard output could not be written: %1").arg(out.errorString());
            return false;
        }
        return true;
    }
    // Written aside and renamed at the end: a failed export never leaves
    // half a file, nor replaces a good one.
    QSaveFile file(target.path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be opened for writing: %2").arg(target.path, file.errorString());
        return false;
    }
    if (!writeTo(&file, target, records, client, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(target.path, file.errorString());
        return false;
    }
    return true;
}

ApiWalkExport::ApiWalkExport(ApiClient *client, IndexCollection collection, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_collection(collection)
{}

ApiWalkExport::~ApiWalkExport()
{
    if (m_walk)
        m_walk->abort();
}

void ApiWalkExport::start()
{
    // The index's first walk, without the index: every field, in id order,
    // over parallel id ranges, paced by the client.
    const IndexSyncSettings settings;
    ListQuery query;
    query.sortField = QStringLiteral("id");
    m_walk = new ParallelWalk(
        m_client, indexCollectionPath(m_collection),
        query.urlQuery(CollectionSync::fieldsOf(m_collection), QString(), settings.perPage), this);
    m_walk->setCursorCount(settings.cursors);
    connect(m_walk, &ParallelWalk::pageArrived, this, [this](const QJsonArray &records) {
        for (const QJsonValue &record : records)
            m_records.append(normalizedRecord(m_collection, record.toObject()));
        const QLocale locale;
        m_progress.show(tr("%1: %2 of %3 records")
                            .arg(collectionTitle(m_collection), locale.toString(m_records.size()),
                                 locale.toString(m_walk->totalEntries())));
    });
    connect(m_walk, &ParallelWalk::failed, this, [this](const ApiError &error) {
        m_walk->abort();
        m_progress.clear();
        Q_EMIT finished(error);
    });
    connect(m_walk, &ParallelWalk::finished, this, [this](bool complete) {
        m_progress.clear();
        Q_EMIT finished(complete ? ApiError() : ApiError::cancelled());
    });
    m_walk->start();
}

} // namespace pc::program
