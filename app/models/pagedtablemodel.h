#pragma once

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

#include <memory>
#include <optional>

namespace pc {

class Pager;
class ParallelWalk;

// The quick filter's test of one row, made once per needle (see
// PagedTableModel::matcher()).
class RowMatcher
{
public:
    virtual ~RowMatcher() = default;
    virtual bool matches(int row) const = 0;
};

// A column of a record table: the API field it shows (what ?fields= asks for
// and ?sort= names) and whether the API can sort by it.
struct ColumnSpec
{
    QString field;
    QString title;
    bool serverSortable = false;
};

// The common part of the record tables: rows arrive page by page through
// canFetchMore()/fetchMore(), one request in flight, and are inserted when a
// page arrives. A failed page leaves every loaded row in place; retry() asks
// for the same page again. Subclasses hold the typed rows.
// Load all on a list in id order walks the rest with several cursors at once
// over id ranges (ParallelWalk), rows still appended in id order.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    // Qt::UserRole: the raw value for sorting and filtering (a QVariant of the
    // natural type); RecordIdRole: the record's id.
    // SortRole: the raw value for sorting and chips (a QVariant of the natural
    // type); RecordIdRole: the record's id; SearchTextRole: the whole text the
    // quick filter searches (a comment in full, not its first line);
    // ExportRole: the value as an export writes it (API field value: bool,
    // number, string; timestamps in the API's own form).
    enum Roles { SortRole = Qt::UserRole, RecordIdRole, SearchTextRole, ExportRole };

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

    const QList<ColumnSpec> &columns() const { return m_columns; }
    int columnForField(const QString &field) const;

    // The API fields the list request asks for (?fields=): those of the
    // visible columns, plus the ones the view depends on whatever is shown
    // (the state chips, bulk actions and drill-down read them).
    QStringList requestedFields() const;
    // Returns true when a reload is needed to show data not fetched yet.
    bool setVisibleFields(const QStringList &fields);

    // Conditions the server applies (`name=Slack`, `updated_at=>2024-01-01`):
    // each pair is a field and the value part with its operator. Reloads.
    QList<QPair<QString, QString>> serverConditions() const { return m_conditions; }
    void setServerConditions(const QList<QPair<QString, QString>> &conditions);

    // Predefined filter ("latest_internal", "enabled", …), empty for all.
    QString predefinedFilter() const { return m_predefinedFilter; }
    void setPredefinedFilter(const QString &filter);
    // Server-side sort by an API field ("" for the API's default order).
    QString sortField() const { return m_sortField; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setServerSort(const QString &field, Qt::SortOrder order);

    // The request the model makes for its first page.
    QString requestPath() const;
    QUrlQuery requestQuery() const;

    // Sets the predefined filter, the server sort and the conditions at once
    // (restoring a saved view), with one reload if anything was loaded.
    void setQuery(const QString &predefinedFilter, const QString &sortField, Qt::SortOrder sortOrder,
                  const QList<QPair<QString, QString>> &conditions);

    // Drops the rows and loads the first page again; with `minimumRows`, keeps
    // loading until at least that many rows are back (a refresh that keeps
    // the user's place).
    void reload(int minimumRows = 0);
    // Loads every remaining page, paced by the client. Cancel keeps what
    // arrived. On a list in id order (see canLoadAllInParallel()) the rest is
    // walked by several cursors at once, continuing after the last record
    // loaded; otherwise one page after another.
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }
    // How many cursors Load all may walk at once (ParallelWalk::DefaultCursors
    // unless set); 1 keeps it to one page after another.
    int loadAllCursors() const { return m_loadAllCursors; }
    void setLoadAllCursors(int count);
    // True while Load all walks id ranges in parallel (or waits for Retry).
    bool isWalkingInParallel() const;
    // Records received so far, including ones a local drill-down did not keep.
    qint64 recordsScanned() const;
    // Asks again for the page that failed (after a parallel Load all failed:
    // for what failed, and goes on to the end).
    void retry();

    bool isLoading() const;
    bool atEnd() const;
    qint64 totalEntries() const;     // -1 until the first page arrived
    bool isThrottled() const;
    ApiError lastError() const; // the error that stopped loading, if any
    ApiClient *client() const { return m_client; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void errorOccurred(const pc::ApiError &error);
    void waiting(int seconds, pc::ApiCall::WaitReason reason);
    void statusChanged(); // counts, totals, loading or error changed
    void loadAllFinished(bool complete); // complete: every page is in

protected:
    void setColumns(const QList<ColumnSpec> &columns);
    virtual QString collectionPath() const = 0;
    virtual QStringList essentialFields() const { return {}; }
    // The sort asked for when no server sort is chosen ("": none, the API's
    // default order). A collection the API lists unsorted by default can name
    // "id" here: its rows then come in id order, which Load all can walk in
    // parallel. Offerings must not: their default order is by name.
    virtual QString implicitSortField() const { return {}; }
    // Whether Load all may walk the rest with several cursors over id ranges.
    // Needs the list in id order (server sort, or implicitSortField(), "id"
    // ascending) and no condition on id; a subclass whose rows could not be
    // continued by id can opt out. A local filter in appendRecords() is fine:
    // the walk continues after the last record received, kept or not.
    virtual bool canLoadAllInParallel() const;
    // A failure the model can recover from by itself (a server without a
    // nested collection, say); returns true when it has.
    virtual bool recoverFrom(const ApiError &error);
    // Decode and append one page (between beginInsertRows/endInsertRows).
    virtual void appendRecords(const QJsonArray &records) = 0;
    // Forget every row (inside a model reset).
    virtual void clearRows() = 0;
    // Room for `rows` rows in all (Load all knows the total): the rows are not
    // copied again and again as the list grows.
    virtual void reserveRows(qint64 rows) { Q_UNUSED(rows); }
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
    void startPager();
    void installPager(const QUrlQuery &query);
    void continueLoading();
    void takePage(const QJsonArray &records);
    void onPageArrived(const QJsonArray &records);
    void onFailed(const ApiError &error);
    void startWalk();
    void dropWalk();
    void onWalkPage(const QJsonArray &records);
    void onWalkFailed(const ApiError &error);
    void onWalkFinished(bool complete);
    void onWalkPageHeld(int key, const QJsonArray &records);
    void onWalkHeldPageReleased(int key);
    void countScanned(const QJsonArray &records);

    ApiClient *m_client;
    QList<ColumnSpec> m_columns;
    QPointer<Pager> m_pager;
    QPointer<ParallelWalk> m_walk;
    QString m_path;    // what the current pager and walk ask for
    QUrlQuery m_query;
    QString m_predefinedFilter;
    QString m_sortField;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QStringList m_visibleFields;
    QStringList m_fetchedFields; // what the current pager asks for
    QList<QPair<QString, QString>> m_conditions;
    bool m_loadingAll = false;
    int m_minimumRows = 0;
    int m_loadAllCursors;
    qint64 m_recordsScanned = 0;
    qint64 m_lastScannedId = -1;  // the highest id received, kept by a local filter or not
    qint64 m_scannedBefore = 0;   // records scanned before the current pager or walk began
    qint64 m_knownTotal = -1;     // the total when the current pager or walk began
    bool m_throttled = false;
    bool m_walkDone = false;      // a parallel walk loaded everything: the pager is stale
    bool m_walkRefused = false;   // the server refused an id range or sort=id
    QHash<int, QJsonArray> m_heldRecords; // the default holdRecords()
    // Per held page: the records received and the highest id among them,
    // counted as scanned when the page is released (in order).
    QHash<int, QPair<qint64, qint64>> m_heldScan;
};

} // namespace pc
