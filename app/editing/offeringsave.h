#pragma once

#include "app/editing/offeringedit.h"
#include "app/net/apiclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pc {

class ActionJournal;

// Saves one offering form: POST for a new offering; for an existing one, the
// record is fetched first and its updated_at compared with the version the
// form was opened on, so a colleague's change is never overwritten silently
// (conflict() instead of a PATCH). Every write sent is journaled with what
// came of it, also a PATCH that failed on the way and is checked and sent
// again (it may have landed); a 429 was not processed and the check is not a
// write: neither is journaled. Transient failures and 429s are retried within
// the client's allowance (maxRetries, maxRateLimitWaitS) for the whole save.
class OfferingSave : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, Checking, Sending };
    Q_ENUM(Stage)

    OfferingSave(ApiClient *client, ActionJournal *journal, QObject *parent = nullptr);
    ~OfferingSave() override;

    // Starts a save of `edit` as it is now (the form may go on changing; what
    // is sent is fixed here). Ignored while a save is running.
    void start(const OfferingEdit &edit);
    // Stops the save; a PATCH or POST already on the wire may still land, so
    // a cancel while sending reports the outcome as unknown. A PATCH that
    // would have to wait (rate limit, retry back-off) is not sent late and
    // blind: the record is checked again after the wait, then sent.
    void cancel();
    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage != Stage::Idle; }

Q_SIGNALS:
    void stageChanged(pc::OfferingSave::Stage stage);
    // Someone changed the record since the form was opened: `server` is the
    // record now. Nothing was sent.
    void conflict(const QJsonObject &server);
    void saved(const QJsonObject &record);
    void failed(const pc::ApiError &error);
    void waiting(int seconds, pc::ApiCall::WaitReason reason);

private:
    void setStage(Stage stage);
    void check();
    void send();
    void recheckAfter(int seconds, ApiCall::WaitReason reason);
    void onSent(const ApiResponse &response);
    void journal(const ApiResponse &response, const QJsonObject &record);
    // The answer's record, when it is one this save can trust: an offering
    // whose fields have their types, with the id saved (any id for a create).
    // Empty otherwise.
    QJsonObject readableRecord(const ApiResponse &response) const;
    ApiCall *track(ApiCall *call);

    ApiClient *m_client;
    ActionJournal *m_journal;
    OfferingEdit m_edit;
    QJsonObject m_body;
    QPointer<ApiCall> m_call;
    QTimer m_recheckTimer;
    bool m_recheckPending = false; // a PATCH given up for a wait: check again, then send
    int m_rateLimitWaitedS = 0;    // over every PATCH of this save given up for a 429
    int m_retryRechecks = 0;       // PATCHes of this save given up for a transient failure
    Stage m_stage = Stage::Idle;
};

} // namespace pc
