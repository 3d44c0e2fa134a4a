#include "app/editing/offeringsave.h"

#include "app/editing/offeringrules.h"
#include "app/journal/actionjournal.h"

#include <QDateTime>
#include <QLocale>
#include <QTime>

#include <algorithm>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::OfferingSave).
class OfferingSave { Q_OBJECT };
#endif

namespace {

// Whether the server's value for a field has the JSON type of the value sent
// (null fits every type: the API's blank).
bool fitsType(const QJsonValue &sent, const QJsonValue &answer)
{
    if (answer.isNull() || sent.isNull())
        return true;
    return sent.type() == answer.type();
}

} // namespace

OfferingSave::OfferingSave(ApiClient *client, ActionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
    m_recheckTimer.setSingleShot(true);
    connect(&m_recheckTimer, &QTimer::timeout, this, [this] {
        m_recheckPending = false;
        check();
    });
}

OfferingSave::~OfferingSave()
{
    if (m_call)
        m_call->cancel();
}

void OfferingSave::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

ApiCall *OfferingSave::track(ApiCall *call)
{
    m_call = call;
    connect(call, &ApiCall::waiting, this, &OfferingSave::waiting);
    return call;
}

void OfferingSave::start(const OfferingEdit &edit)
{
    if (isBusy())
        return;
    m_edit = edit;
    m_body = edit.requestBody();
    m_rateLimitWaitedS = 0;
    m_retryRechecks = 0;
    if (edit.isNew()) {
        send();
        return;
    }
    check();
}

void OfferingSave::check()
{
    // The check: has anyone changed it since the form was opened?
    setStage(Stage::Checking);
    ApiCall *call = track(m_client->get(m_edit.requestPath()));
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        m_call = nullptr;
        if (!response.isOk()) {
            setStage(Stage::Idle);
            Q_EMIT failed(response.error.kind == ApiError::Kind::Cancelled
                              ? ApiError::make(ApiError::Kind::Cancelled,
                                               tr("Saving was cancelled before anything was sent."))
                              : response.error);
            return;
        }
        const QJsonObject server = readableRecord(response);
        if (server.isEmpty()) {
            // A version that cannot be read cannot be compared: nothing is sent blind.
            setStage(Stage::Idle);
            Q_EMIT failed(ApiError::make(ApiError::Kind::BadResponse,
                                         tr("The server's current version of the offering could not be read, so "
                                            "nothing was sent. Retry checks again."),
                                         response.httpStatus));
            return;
        }
        if (server.value(QStringLiteral("updated_at")).toString() != m_edit.openedVersion()) {
            setStage(Stage::Idle);
            Q_EMIT conflict(server);
            return;
        }
        send();
    });
}

void OfferingSave::send()
{
    setStage(Stage::Sending);
    ApiCall *call = track(m_edit.isNew() ? m_client->post(m_edit.requestPath(), m_body)
                                         : m_client->patch(m_edit.requestPath(), m_body));
    connect(call, &ApiCall::finished, this, &OfferingSave::onSent);
    if (!m_edit.isNew()) {
        // A PATCH that has to wait is not sent after the wait without a new
        // check: a colleague may save meanwhile. Nothing is on the wire now.
        connect(call, &ApiCall::waiting, this, &OfferingSave::recheckAfter);
    }
}

void OfferingSave::recheckAfter(int seconds, ApiCall::WaitReason reason)
{
    if (m_stage != Stage::Sending || !m_call)
        return;
    const ApiResponse attempt = m_call->retriedResponse();
    // Gives the save up with `error` (the call is dropped, not sent again).
    auto giveUp = [this](const ApiError &error) {
        ApiCall *call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->cancel();
        setStage(Stage::Idle);
        Q_EMIT failed(error);
    };
    if (reason == ApiCall::WaitReason::RateLimit) {
        // A 429 was not processed: nothing happened, nothing to journal.
        // Each PATCH given up is a new request with its own allowance, so
        // the save as a whole waits no longer than one request may: a 429
        // storm ends in a clear error instead of checking forever.
        m_rateLimitWaitedS += std::max(0, seconds);
        if (m_rateLimitWaitedS > m_client->settings().maxRateLimitWaitS) {
            giveUp(ApiError::make(ApiError::Kind::RateLimited,
                                  tr("The API rate limit was reached again and again: this save waited %1 s, as long "
                                     "as it may, and nothing was changed. Try again after %2.")
                                      .arg(m_rateLimitWaitedS - seconds)
                                      .arg(QLocale().toString(QTime::currentTime().addSecs(seconds),
                                                              QLocale::ShortFormat)),
                                  429));
            return;
        }
    } else {
        // A transient failure of a PATCH that was sent: it may have landed
        // (its answer lost), so it is journaled as what it was. As many
        // checked attempts as the client would retry one request, then the
        // save fails with that error.
        journal(attempt, {});
        if (++m_retryRechecks > m_client->settings().maxRetries) {
            giveUp(attempt.error);
            return;
        }
    }
    m_recheckPending = true;
    setStage(Stage::Checking);
    m_call->cancel();
    m_recheckTimer.start(std::max(0, seconds) * 1000);
}

void OfferingSave::onSent(const ApiResponse &response)
{
    m_call = nullptr;
    if (m_recheckPending && response.error.kind == ApiError::Kind::Cancelled)
        return; // given up for a wait; the check comes again after it
    if (response.error.kind == ApiError::Kind::Cancelled) {
        ApiResponse unknown = response;
        unknown.error.message = tr("Saving was cancelled while the request was on its way: the server may or may "
                                   "not have applied it.");
        journal(unknown, {});
        setStage(Stage::Idle);
        Q_EMIT failed(unknown.error);
        return;
    }
    const QJsonObject record = readableRecord(response);
    ApiResponse outcome = response;
    // Accepted, but the answer is not a record the form could take (empty,
    // or fields of the wrong types): whether and how it was applied is not
    // known, so the form keeps its values and the journal says so.
    if (response.isOk() && record.isEmpty())
        outcome.error = ApiError::make(ApiError::Kind::BadResponse,
                                       tr("The server answered %1 but did not send back a readable offering, so "
                                          "whether the save was applied is not known. Refresh to see what it holds "
                                          "before saving again.")
                                           .arg(response.httpStatus),
                                       response.httpStatus);
    journal(outcome, record);
    setStage(Stage::Idle);
    if (outcome.isOk())
        Q_EMIT saved(record);
    else
        Q_EMIT failed(outcome.error);
}

// What the save relies on, and only that (a quirk in a field it does not
// touch must not block saving): the id, the version to compare, and the
// fields it sends, each of the type sent (a reference as an object).
QJsonObject OfferingSave::readableRecord(const ApiResponse &response) const
{
    if (!response.isOk() || !response.json.isObject())
        return {};
    const QJsonObject record = response.json.object();
    const QJsonValue id = record.value(QStringLiteral("id"));
    if (!id.isDouble() || id.toInteger(-1) <= 0 || (!m_edit.isNew() && id.toInteger() != m_edit.id()))
        return {};
    if (!record.value(QStringLiteral("updated_at")).isString())
        return {};
    for (auto it = m_body.begin(); it != m_body.end(); ++it) {
        const QString field = OfferingRules::fieldForApiError(it.key()); // service_instance_id → service_instance
        if (!record.contains(field))
            continue;
        const QJsonValue answer = record.value(field);
        const bool fits = field != it.key() ? (answer.isObject() || answer.isNull()) : fitsType(it.value(), answer);
        if (!fits)
            return {};
    }
    return record;
}

void OfferingSave::cancel()
{
    if (m_recheckPending) {
        m_recheckPending = false;
        m_recheckTimer.stop();
        setStage(Stage::Idle);
        Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled, tr("Saving was cancelled before anything was sent.")));
        return;
    }
    if (m_call)
        m_call->cancel(); // finished() follows, with Cancelled
}

void OfferingSave::journal(const ApiResponse &response, const QJsonObject &answer)
{
    if (!m_journal)
        return;
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.host = m_client->settings().baseUrl.host();
    entry.account = m_client->settings().account;
    entry.recordType = QStringLiteral("app_offering");
    entry.action = m_edit.isNew() ? QStringLiteral("create") : QStringLiteral("update");
    entry.recordId = m_edit.isNew() ? answer.value(QStringLiteral("id")).toInteger() : m_edit.id();
    for (auto it = m_body.begin(); it != m_body.end(); ++it) {
        const QString field = OfferingRules::fieldForApiError(it.key()); // service_instance_id → service_instance
        if (!m_edit.isNew())
            entry.before.insert(it.key(), m_edit.originalValue(field));
        // After: what the server says now (a reference as its id), or what was asked.
        QJsonValue now = answer.contains(field) ? answer.value(field) : it.value();
        if (now.isObject())
            now = now.toObject().value(QStringLiteral("id"));
        entry.after.insert(it.key(), now);
    }
    entry.ok = response.isOk();
    entry.httpStatus = response.httpStatus;
    entry.message = response.isOk() ? QString() : response.error.message;
    m_journal->append(entry);
}

} // namespace pc
