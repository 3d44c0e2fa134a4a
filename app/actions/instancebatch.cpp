#include "app/actions/instancebatch.h"

#include "app/net/apiclient.h"

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::InstanceBatch).
class InstanceBatch { Q_OBJECT };
#endif

InstanceBatch::InstanceBatch(ApiClient *client, Action action, const QList<AppInstance> &targets,
                             const QString &suspensionComment, ActionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_action(action)
    , m_comment(suspensionComment)
    , m_journal(journal)
{
    for (const AppInstance &instance : targets) {
        Item item;
        item.before = instance;
        if (changeFor(instance).isEmpty())
            item.outcome = Outcome::Skipped;
        m_items.append(item);
    }
    // The reason each skipped item is skipped, as the dry run says it.
    const QStringList lines = plan();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].outcome == Outcome::Skipped)
            m_items[i].message = lines.at(i);
    }
}

InstanceBatch::~InstanceBatch()
{
    if (m_call)
        m_call->cancel();
}

QString InstanceBatch::verb(Action action)
{
    switch (action) {
    case Action::Suspend: return tr("suspended");
    case Action::Resume: return tr("resumed");
    case Action::Disable: return tr("disabled");
    case Action::Enable: return tr("enabled");
    }
    return {};
}

QJsonObject InstanceBatch::changeFor(const AppInstance &instance) const
{
    QJsonObject change;
    switch (m_action) {
    case Action::Suspend:
        // An instance already suspended with the same comment has nothing to change.
        if (!instance.suspended || instance.suspensionComment != m_comment) {
            change.insert(QStringLiteral("suspended"), true);
            change.insert(QStringLiteral("suspension_comment"), m_comment);
        }
        break;
    case Action::Resume:
        // The comment stays unless the user cleared it on purpose.
        if (instance.suspended)
            change.insert(QStringLiteral("suspended"), false);
        break;
    case Action::Disable:
        if (!instance.disabled)
            change.insert(QStringLiteral("disabled"), true);
        break;
    case Action::Enable:
        if (instance.disabled)
            change.insert(QStringLiteral("disabled"), false);
        break;
    }
    return change;
}

QStringList InstanceBatch::plan() const
{
    QStringList lines;
    for (const Item &item : m_items) {
        const AppInstance &instance = item.before;
        const QString who = tr("#%1 (%2)").arg(instance.id).arg(instance.customerAccount.displayText());
        const QJsonObject change = changeFor(instance);
        if (change.isEmpty()) {
            switch (m_action) {
            case Action::Suspend: lines.append(tr("%1: already suspended with this comment: skipped").arg(who)); break;
            case Action::Resume: lines.append(tr("%1: not suspended: skipped").arg(who)); break;
            case Action::Disable: lines.append(tr("%1: already disabled: skipped").arg(who)); break;
            case Action::Enable: lines.append(tr("%1: not disabled: skipped").arg(who)); break;
            }
            continue;
        }
        QStringList parts;
        for (auto it = change.begin(); it != change.end(); ++it) {
            QString old;
            if (it.key() == QLatin1String("suspended"))
                old = instance.suspended ? QStringLiteral("true") : QStringLiteral("false");
            else if (it.key() == QLatin1String("disabled"))
                old = instance.disabled ? QStringLiteral("true") : QStringLiteral("false");
            else
                old = instance.suspensionComment.isEmpty() ? tr("(empty)") : instance.suspensionComment.left(40);
            const QString value = it.value().isBool() ? (it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                      : it.value().toString().left(40);
            parts.append(tr("%1: %2 → %3").arg(it.key(), old, value));
        }
        lines.append(tr("%1: %2").arg(who, parts.join(QStringLiteral("; "))));
    }
    return lines;
}

void InstanceBatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_cursor = 0;
    next();
}

void InstanceBatch::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true; // the request in flight is let finish: its result is real
    if (!m_call)
        next();
}

void InstanceBatch::retryFailed()
{
    if (m_running)
        return;
    for (Item &item : m_items) {
        if (item.outcome == Outcome::Failed || item.outcome == Outcome::Cancelled) {
            item.outcome = Outcome::Pending;
            item.message.clear();
        }
    }
    start();
}

int InstanceBatch::count(Outcome outcome) const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [outcome](const Item &item) { return item.outcome == outcome; }));
}

QString InstanceBatch::summary() const
{
    QStringList parts;
    parts.append(tr("%1 %2").arg(count(Outcome::Done)).arg(verb(m_action)));
    if (const int failed = count(Outcome::Failed))
        parts.append(tr("%n failed", nullptr, failed));
    if (const int skipped = count(Outcome::Skipped))
        parts.append(tr("%n skipped", nullptr, skipped));
    if (const int cancelled = count(Outcome::Cancelled))
        parts.append(tr("%n cancelled", nullptr, cancelled));
    return parts.join(QStringLiteral(", "));
}

void InstanceBatch::next()
{
    while (m_cursor < m_items.size() && m_items.at(m_cursor).outcome != Outcome::Pending)
        ++m_cursor;
    if (m_cursor >= m_items.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    if (m_cancelled) {
        for (qsizetype i = m_cursor; i < m_items.size(); ++i) {
            if (m_items[i].outcome == Outcome::Pending) {
                m_items[i].outcome = Outcome::Cancelled;
                m_items[i].message = tr("Cancelled before it was sent.");
            }
        }
        m_cursor = static_cast<int>(m_items.size());
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const int index = m_cursor;
    const QJsonObject change = changeFor(m_items.at(index).before);
    m_call = m_client->patch(QStringLiteral("app_instances/%1").arg(m_items.at(index).before.id), change);
    connect(m_call, &ApiCall::finished, this, [this, index, change](const ApiResponse &response) {
        m_call = nullptr;
        ApiResponse outcome = response;
        // Accepted, but without a record this batch can read (empty, or its
        // fields of the wrong types): the change may or may not have been
        // applied, so it is not counted as done and the row is not updated
        // from a guess. Retry failed sends it again, which is harmless.
        if (response.isOk() && readableRecord(response, m_items.at(index).before.id, change).isEmpty())
            outcome.error = ApiError::make(ApiError::Kind::BadResponse,
                                           tr("The server answered %1 without a readable record, so whether the "
                                              "change was applied is not known. Refresh to see the instance.")
                                               .arg(response.httpStatus),
                                           response.httpStatus);
        journal(m_items.at(index), change, outcome);
        onFinished(index, outcome);
    });
}

// What the row is updated from, and only that (a quirk in a field the batch
// does not touch must not make a change look failed): the id and the fields
// sent, each of the type sent.
QJsonObject InstanceBatch::readableRecord(const ApiResponse &response, qint64 id, const QJsonObject &change)
{
    if (!response.isOk() || !response.json.isObject())
        return {};
    const QJsonObject record = response.json.object();
    const QJsonValue answerId = record.value(QStringLiteral("id"));
    if (!answerId.isDouble() || answerId.toInteger(-1) != id)
        return {};
    for (auto it = change.begin(); it != change.end(); ++it) {
        const QJsonValue answer = record.value(it.key());
        if (!answer.isUndefined() && !answer.isNull() && answer.type() != it.value().type())
            return {};
    }
    return record;
}

void InstanceBatch::onFinished(int index, const ApiResponse &response)
{
    Item &item = m_items[index];
    if (response.isOk()) {
        item.outcome = Outcome::Done;
        item.record = response.json.object();
        item.before = decodeInstance(item.record); // what a retry would start from
        Q_EMIT recordUpdated(item.record);
    } else if (response.error.kind == ApiError::Kind::Cancelled) {
        item.outcome = Outcome::Cancelled;
        item.message = tr("Cancelled.");
    } else {
        item.outcome = Outcome::Failed;
        item.message = response.error.message;
    }
    ++m_cursor;
    Q_EMIT itemFinished(index);
    int done = 0;
    for (const Item &each : m_items)
        done += each.outcome != Outcome::Pending;
    Q_EMIT progress(done, static_cast<int>(m_items.size()));
    next();
}

void InstanceBatch::journal(const Item &item, const QJsonObject &change, const ApiResponse &response)
{
    if (!m_journal || response.error.kind == ApiError::Kind::Cancelled)
        return;
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.host = m_client->settings().baseUrl.host();
    entry.account = m_client->settings().account;
    entry.recordType = QStringLiteral("app_instance");
    entry.recordId = item.before.id;
    switch (m_action) {
    case Action::Suspend: entry.action = QStringLiteral("suspend"); break;
    case Action::Resume: entry.action = QStringLiteral("resume"); break;
    case Action::Disable: entry.action = QStringLiteral("disable"); break;
    case Action::Enable: entry.action = QStringLiteral("enable"); break;
    }
    for (auto it = change.begin(); it != change.end(); ++it) {
        if (it.key() == QLatin1String("suspended"))
            entry.before.insert(it.key(), item.before.suspended);
        else if (it.key() == QLatin1String("disabled"))
            entry.before.insert(it.key(), item.before.disabled);
        else if (it.key() == QLatin1String("suspension_comment"))
            entry.before.insert(it.key(), item.before.suspensionComment);
        // After: what the server says now, or what was asked when it failed.
        entry.after.insert(it.key(), response.isOk() && response.json.isObject()
                                         ? response.json.object().value(it.key())
                                         : it.value());
    }
    entry.ok = response.isOk();
    entry.httpStatus = response.httpStatus;
    entry.message = response.isOk() ? QString() : response.error.message;
    m_journal->append(entry);
}

} // namespace pc
