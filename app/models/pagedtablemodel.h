#pragma once

#include "app/models/listquery.h"
#include "app/models/localquery.h"
#include "app/models/localrecordsource.h"
#include "app/models/pageloader.h"
#include "app/net/apiclient.h"
#include "app/net/apierror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>

namespace pc {

// The quick filter's test of one row, made once per needle (see
// PagedTableModel::matcher()).
class RowMatcher
{
public:
    virtual ~RowMatcher() = default;
    virtual bool matches(int row) const = 0;
};

// The common part of the record tables, in three parts: what to ask for (a
// ListQuery and the columns), how pages arrive (a PageLoader: page by page
// through canFetchMore()/fetchMore(), one request in flight, or every page at
// once for Load all, walking id ranges in parallel), and the rows, which the
// subclasses hold typed and this model announces to the views. A failed page
// leaves every loaded row in place; retry() asks for the same page again.
class PagedTableModel : public QAbstractTableModel, protected PageSink
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    // SortRole: the raw value for sorting and chips (a QVariant of the natural
    // type); RecordIdRole: the record's id; SearchTextRole: the whole text the
    // quick filter searches (a comment in full, not its first line);
    // ExportRole: the value as an export writes it (API field value: bool,
    // number, string; timestamps in the API's own form); ReferenceIdRole: in a
    // reference's column, the id of the record it refers to.
    enum Roles { SortRole = Qt::UserRole, RecordIdRole, SearchTextRole, ExportRole, ReferenceIdRole };

    explicit PagedTableModel(ApiClient *client, QObject *parent = nullptr);
    ~PagedTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The quick filter's and the local sort's fast paths: RecordFilterProxy
    // runs them over every loaded row (100,000 after Load all) per keystroke
    // or sort, where building a QVariant per cell would take far longer than
    // a frame. Both must agree with data(): the matcher with SearchTextRole
    // (case-insensitive containment), lessThan() with SortRole (ascending,
    // case-insensitive and locale-aware for text).
    // `needle`: trimmed and not empty; `columns`: source columns, all when empty.
    virtual std::unique_ptr<RowMatcher> matcher(const QString &needle, const QList<int> &columns) const;
    // Whether `left` sorts before `right` by `column`; nullopt when the model
    // has no fast path for the column (the proxy then compares SortRole values).
    virtual std::optional<bool> lessThan(int column, int left, int right) const;
    // For a whole sort: a number per row (by row) that orders the rows as
    // lessThan() does (equal numbers for rows it holds equal), so that each
    // of a sort's comparisons reads two numbers side by side rather than two
    // rows of the table: 100,000 rows are compared about 1.7 million times.
    // Empty when the model has none for the column.
    virtual QList<quint64> sortKeys(int column) const;

    const QList<ColumnSpec> &columns() const { return m_columns; }
    // The API's rules for this collection: the predefined filters it offers
    // (as it names them, "" first for none) and the fields it filters by
    // (?field=value). A saved view is read against them; the filter bar
    // offers them. By default none: the list as the API gives it.
    virtual QStringList predefinedFilters() const { return {QString()}; }
    virtual QStringList serverFilterFields() const { return {}; }
    // The column titles, the headers' tool tips and the cells' texts again,
    // in the language installed now: on QEvent::LanguageChange, which a
    // widget passes on to its children (the window owns its models).
    // Announced as headerDataChanged() and dataChanged() over every row.
    void retranslate();
    int columnForField(const QString &field) const;
    // Whether the server this model's client talks to sorts by `column`: what
    // it has said (ServerSorts: a sort it answered, one it refused with 400),
    // else what the model presumes of its generation (presumedServerSortable()).
    // Where it does not, a view sorts the loaded rows instead.
    bool sortsOnServer(int column) const;

    // The API fields the list request asks for (?fields=): those of the
    // visible columns, plus the ones the view depends on whatever is shown
    // (the state chips, bulk actions and drill-down read them).
    QStringList requestedFields() const;
    // Returns true when a reload is needed to show data not fetched yet.
    bool setVisibleFields(const QStringList &fields);
    // The fields of the columns a view shows; empty until one says (every field is asked for).
    QStringList visibleFields() const { return m_visibleFields; }

    // Conditions the server applies (`name=Slack`, `updated_at=>2024-01-01`):
    // each pair is a field and the value part with its operator. Reloads.
    QList<QPair<QString, QString>> serverConditions() const { return m_query.conditions; }
    void setServerConditions(const QList<QPair<QString, QString>> &conditions);

    // Predefined filter ("latest_internal", "enabled", …), empty for all.
    QString predefinedFilter() const { return m_query.predefinedFilter; }
    void setPredefinedFilter(const QString &filter);
    // Server-side sort by an API field ("" for the API's default order).
    QString sortField() const { return m_query.sortField; }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder; }
    void setServerSort(const QString &field, Qt::SortOrder order);

    // The request the model makes for its first page.
    QString requestPath() const;
    QUrlQuery requestQuery() const;

    // Sets the predefined filter, the server sort and the conditions at once
    // (restoring a saved view), with one reload if anything was loaded and
    // the query is not the one loaded already.
    void setQuery(const QString &predefinedFilter, const QString &sortField, Qt::SortOrder sortOrder,
                  const QList<QPair<QString, QString>> &conditions);

    // Drops the rows and loads the first page again; with `minimumRows`, keeps
    // loading until at least that many rows are back (a refresh that keeps
    // the user's place).
    void reload(int minimumRows = 0);
    // Loads every remaining page, paced by the client. Cancel keeps what
    // arrived. On a list in id order (see PageLoader::canWalkInParallel()) the rest is
    // walked by several cursors at once, continuing after the last record
    // loaded; otherwise one page after another.
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const;
    // How many cursors Load all may walk at once (ParallelWalk::DefaultCursors
    // unless set); 1 keeps it to one page after another.
    int loadAllCursors() const;
    void setLoadAllCursors(int count);
    // True while Load all walks id ranges in parallel (or waits for Retry).
    bool isWalkingInParallel() const;
    // Records received so far, including ones a local drill-down did not keep.
    qint64 recordsScanned() const;
    // Asks again for the page that failed (after a parallel Load all failed:
    // for what failed, and goes on to the end).
    void retry();

    // A local copy of the whole collection (the local index, app/index/):
    // while one is set, the model takes its rows from it instead of pages
    // whenever the query can be answered here (every condition and sort the
    // API allows; a predefined filter or drill-down only as localFilter()
    // can judge it), and pages as before otherwise. Setting or clearing it
    // reloads. The rows arrive the way a page does (inserted, pageLoaded()),
    // so a refresh's place is kept the same way.
    void setLocalSource(LocalRecordSource *source);
    LocalRecordSource *localSource() const { return m_localSource; }
    // The rows come from the local copy now (or are being read from it).
    bool isLocal() const { return m_local; }
    // Until the local copy says whether it is complete (it opens on its own
    // thread), nothing is fetched: the view's first fetchMore() would
    // otherwise spend a request on a page the copy holds. isLoading() is
    // true meanwhile. Cleared by setLocalSource(), reload() or false here.
    void setAwaitingLocalSource(bool awaiting);
    // A record the local copy holds now (added or changed there): its row
    // takes it in place, or goes when it no longer matches the query; a new
    // one that matches is appended. Ignored while the model pages (and while
    // the copy is being read: the read includes it).
    void applyLocalRecord(const QJsonObject &record);
    // Records the local copy no longer holds (a reconcile found them gone).
    void removeLocalRecords(const QList<qint64> &ids);
    // The query as the local copy answers it, with localFilter() (which
    // must have a value: see isLocal()).
    LocalQuery localQuery() const;

    bool isLoading() const;
    bool atEnd() const;
    qint64 totalEntries() const; // -1 until the first page arrived
    bool isThrottled() const;
    ApiError lastError() const; // the error that stopped loading, if any
    ApiClient *client() const { return m_client; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void errorOccurred(const pc::ApiError &error);
    void waiting(int seconds, pc::ApiCall::WaitReason reason);
    void statusChanged();                // counts, totals, loading or error changed
    void loadAllFinished(bool complete); // complete: every page is in
    // The server refused to sort by `column` (400 "Sorting not allowed on
    // fields"): the model dropped the server sort and reloads in the server's
    // own order; a view sorts the loaded rows by `column` in `order` instead.
    void serverSortRefused(int column, Qt::SortOrder order);

protected:
    // The columns, their titles in the current language (tr()): a subclass
    // sets them from its constructor (setColumns(columnSpecs())), and
    // retranslate() reads the titles again.
    void setColumns(const QList<ColumnSpec> &columns);
    virtual QList<ColumnSpec> columnSpecs() const = 0;
    bool event(QEvent *event) override;
    virtual QString collectionPath() const = 0;
    virtual QStringList essentialFields() const { return {}; }
    // The sort asked for when no server sort is chosen ("": none, the API's
    // default order). A collection the API lists unsorted by default can name
    // "id" here: its rows then come in id order, which Load all can walk in
    // parallel. Offerings must not: their default order is by name.
    virtual QString implicitSortField() const { return {}; }
    // The field the API orders the list by when no sort is asked for; the
    // local copy gives its rows in that order ("": id order).
    virtual QString defaultOrderField() const { return implicitSortField(); }
    // Whether the server sorts by `field` when it has not said (see
    // sortsOnServer()); the default: the column's serverSortable.
    virtual bool presumedServerSortable(const ColumnSpec &column) const { return column.serverSortable; }
    // A failure the model can recover from by itself (a server without a
    // nested collection, a sort the server refused); returns true when it
    // has. Subclasses call this one first.
    bool recoverFrom(const ApiError &error) override;
    // Decode and append one page (between beginInsertRows/endInsertRows).
    virtual void appendRecords(const QJsonArray &records) = 0;
    // The same for records read from the local copy (the default goes
    // through appendRecords()).
    virtual void appendRecordObjects(const QList<QJsonObject> &records);
    // What the local copy cannot tell from the query's conditions: whether a
    // record belongs to the predefined filter (and a drill-down). An empty
    // predicate keeps every record; nullopt means only the server knows,
    // and the model pages. The default knows the list without a predefined
    // filter only.
    virtual std::optional<RecordPredicate> localFilter() const;
    // A quicker way to the local copy's rows than every record as JSON (the
    // instances: straight into their table). Returns false to have the
    // records read; otherwise reads them itself and, when they arrive while
    // `current()` still holds, hands them over through takeLocalRows().
    virtual bool readLocalQuickly(const std::function<bool()> &current);
    // Takes the local copy's rows: `insert` adds them (announcing them) and
    // says how many; then the read is over, as a page's arrival would say.
    void takeLocalRows(const std::function<int()> &insert);
    // The row of the record `id`, -1 when it is not loaded.
    virtual int rowOfId(qint64 id) const = 0;
    // Replaces a row's record, announcing it (dataChanged).
    virtual void replaceRecord(int row, const QJsonObject &record) = 0;
    // Drops a row (called between beginRemoveRows and endRemoveRows).
    virtual void removeRecordRow(int row) = 0;
    // Forget every row (inside a model reset).
    virtual void clearRows() = 0;
    // Puts the loaded rows in `order` as one layout change (see permuteRows()),
    // so a view keeps its selection and current row; false when the model
    // cannot, and reads the local copy again instead. The default cannot.
    virtual bool reorderRows(const LocalQuery &order);
    // For reorderRows(): announces a layout change in which row i takes what
    // row from[i] held, with `move` putting the stored rows in that order.
    void permuteRows(const QList<int> &from, const std::function<void()> &move);
    // Room for `rows` rows in all (Load all knows the total): the rows are not
    // copied again and again as the list grows.
    void reserveRows(qint64 rows) override { Q_UNUSED(rows); }
    // A page Load all received ahead of its turn (a later id range), kept
    // until releaseHeld() in whatever form the model keeps rows: the walk would
    // otherwise hold most of a collection as JSON, several times the size of
    // the rows. `key` is unique while the rows are not reset. The default
    // keeps the records and appends them on release.
    virtual void holdRecords(int key, const QJsonArray &records);
    // Appends a held page (between beginInsertRows/endInsertRows); returns
    // false when no page is held under `key`.
    virtual bool releaseHeld(int key);
    // Forgets every held page (the walk was dropped).
    virtual void dropHeld();

    // Decodes a page into `rows`, announcing the new rows to the views. An
    // entry that is not a record at all is skipped (and logged), not shown
    // as a blank row.
    template<typename Row, typename Decode>
    void appendDecoded(QList<Row> &rows, const QJsonArray &records, Decode decode)
    {
        QList<Row> decoded;
        decoded.reserve(records.size());
        for (const QJsonValue &value : records) {
            if (value.isObject())
                decoded.append(decode(value.toObject()));
        }
        if (decoded.size() != records.size())
            warnSkipped(records.size() - decoded.size());
        if (decoded.isEmpty())
            return;
        const int first = static_cast<int>(rows.size());
        beginInsertRows({}, first, first + static_cast<int>(decoded.size()) - 1);
        rows.append(std::move(decoded));
        endInsertRows();
    }
    static void warnSkipped(qsizetype count);

private:
    // PageSink: what the loader hands over becomes rows.
    int loadedRows() const override { return rowCount(); }
    void appendPage(const QJsonArray &records) override { appendRecords(records); }
    void holdPage(int key, const QJsonArray &records) override { holdRecords(key, records); }
    void releasePage(int key) override { releaseHeld(key); }
    void dropHeldPages() override { dropHeld(); }

    void startLoader();
    bool answersLocally() const;
    void readLocal();
    void takeLocalRecords(const QList<QJsonObject> &records);
    void serverKnowledgeChanged();

    ApiClient *m_client;
    QList<ColumnSpec> m_columns;
    ListQuery m_query;
    PageLoader *m_loader;
    QStringList m_visibleFields;
    QStringList m_fetchedFields;          // what the current loader asks for
    QHash<int, QJsonArray> m_heldRecords; // the default holdRecords()
    QPointer<LocalRecordSource> m_localSource;
    bool m_local = false;         // the rows come from m_localSource
    bool m_awaitingLocal = false; // see setAwaitingLocalSource()
    bool m_localReading = false;  // a read of the local copy is on its way
    bool m_localLoadAll = false;  // Load all asked during that read: it finishes with it
    int m_localRead = 0;          // which read is the current one
    QString m_localOrderField;    // the default order the local rows were read in
};

} // namespace pc
