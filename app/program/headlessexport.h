#pragma once

#include "app/index/recordcodec.h"
#include "app/models/recordexporter.h"
#include "app/net/apierror.h"
#include "app/program/headlesssync.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace pc {
class ApiClient;
class ParallelWalk;
} // namespace pc

// The writing part of `provider-console export`: records as the index keeps
// them (the API's own JSON) written to a file or standard output.
namespace pc::program {

struct ExportTarget
{
    IndexCollection collection = IndexCollection::Instances;
    RecordExporter::Format format = RecordExporter::Format::Csv;
    QString path; // empty: standard output
};

class RecordsWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordsWriter)

public:
    // JSON: an array of the records whole, one a line. CSV: RecordExporter
    // over the console's own table model, every column of its default view
    // in order, so the file is what the window's Export writes. To a file
    // through QSaveFile (nothing replaced unless complete). `client` is only
    // the table model's (it sends nothing). False with *error set on failure.
    static bool write(const ExportTarget &target, const QList<QJsonObject> &records, ApiClient *client,
                      QString *error);
};

// An export without the index (a profile with "Keep a local copy" off): the
// collection walked as the index's first copy walks it, every field, kept in
// memory only and handed over once complete.
class ApiWalkExport : public QObject
{
    Q_OBJECT

public:
    ApiWalkExport(ApiClient *client, IndexCollection collection, QObject *parent = nullptr);
    ~ApiWalkExport() override;

    void start();
    const QList<QJsonObject> &records() const { return m_records; }

Q_SIGNALS:
    // `error` is None when every record arrived.
    void finished(const pc::ApiError &error);

private:
    ApiClient *m_client;
    IndexCollection m_collection;
    QPointer<ParallelWalk> m_walk;
    QList<QJsonObject> m_records;
    TerminalProgress m_progress;
};

} // namespace pc::program
