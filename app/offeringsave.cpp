#include "offeringsave.h"

#include "actionjournal.h"
#include "offeringrules.h"

#include <QDateTime>

#include <algorithm>

namespace pc {

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
        const QJsonObject server = response.json.object();
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
        connect(call, &ApiCall::waiting, this, [this](int seconds) { recheckAfter(seconds); });
    }
}

void OfferingSave::recheckAfter(int seconds)
{
    if (m_stage != Stage::Sending || !m_call)
        return;
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
        journal(unknown);
        setStage(Stage::Idle);
        Q_EMIT failed(unknown.error);
        return;
    }
    journal(response);
    setStage(Stage::Idle);
    if (response.isOk() && response.json.isObject())
        Q_EMIT saved(response.json.object());
    else if (response.isOk()) // accepted, but the answer is not the record: show what the server has
        Q_EMIT failed(ApiError::make(ApiError::Kind::BadResponse,
                                     tr("The server accepted the save but did not send the offering back. "
                                        "Refresh to see what it holds before saving again.")));
    else
        Q_EMIT failed(response.error);
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

void OfferingSave::journal(const ApiResponse &response)
{
    if (!m_journal)
        return;
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.host = m_client->settings().baseUrl.host();
    entry.account = m_client->settings().account;
    entry.recordType = QStringLiteral("app_offering");
    entry.action = m_edit.isNew() ? QStringLiteral("create") : QStringLiteral("update");
    const QJsonObject answer = response.isOk() ? response.json.object() : QJsonObject();
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
