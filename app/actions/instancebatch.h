#pragma once

#include "app/journal/actionjournal.h"
#include "app/records/domain.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace pc {

class ApiCall;
class ApiClient;
struct ApiResponse;

// Suspend, resume, disable or enable a set of app instances: a dry run says
// what each would change; the run sends one PATCH at a time (the client paces
// them under the rate limit), records each result and a journal line, and can
// be cancelled (after the request in flight) and its failures retried.
// `enabled_by_customer` is the customer's switch and is never sent.
class InstanceBatch : public QObject
{
    Q_OBJECT

public:
    enum class Action { Suspend, Resume, Disable, Enable };
    Q_ENUM(Action)
    enum class Outcome { Pending, Skipped, Done, Failed, Cancelled };
    Q_ENUM(Outcome)

    struct Item
    {
        AppInstance before;   // the row as the table had it
        Outcome outcome = Outcome::Pending;
        QString message;      // why skipped, or the error
        QJsonObject record;   // the server's answer, when done
    };

    InstanceBatch(ApiClient *client, Action action, const QList<AppInstance> &targets,
                  const QString &suspensionComment = QString(), ActionJournal *journal = nullptr,
                  QObject *parent = nullptr);
    ~InstanceBatch() override;

    Action action() const { return m_action; }
    const QList<Item> &items() const { return m_items; }
    // The body each item would be sent: empty when it would be skipped.
    QJsonObject changeFor(const AppInstance &instance) const;
    // The dry run: one line per selected instance.
    QStringList plan() const;

    void start();
    void cancel();      // the request in flight finishes; the rest are cancelled
    void retryFailed(); // failed and cancelled items, again
    bool isRunning() const { return m_running; }
    int count(Outcome outcome) const;
    // "37 suspended, 2 failed, 1 skipped"
    QString summary() const;

    static QString verb(Action action); // "suspended", …

Q_SIGNALS:
    void itemFinished(int index);
    // The server's record after a successful change (the table takes it).
    void recordUpdated(const QJsonObject &record);
    void progress(int finished, int total);
    void finished();

private:
    void next();
    void onFinished(int index, const ApiResponse &response);
    void journal(const Item &item, const QJsonObject &change, const ApiResponse &response);
    // The answer's record when it is the instance with this id and holds the
    // changed fields with their types; empty otherwise.
    static QJsonObject readableRecord(const ApiResponse &response, qint64 id, const QJsonObject &change);

    ApiClient *m_client;
    Action m_action;
    QString m_comment;
    ActionJournal *m_journal;
    QList<Item> m_items;
    QPointer<ApiCall> m_call;
    int m_cursor = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace pc
