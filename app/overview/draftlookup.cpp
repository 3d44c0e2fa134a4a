#include "app/overview/draftlookup.h"

#include "app/net/pager.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <utility>

namespace pc {

DraftLookup::DraftLookup(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void DraftLookup::start()
{
    if (m_pager || !m_client)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id"));
    m_reading.clear();
    m_pager = new Pager(m_client, QStringLiteral("app_offerings/latest_internal"), query, this);
    connect(m_pager, &Pager::pageArrived, this, [this](const QJsonArray &records) {
        for (const QJsonValue &record : records)
            m_reading.insert(record.toObject().value(QStringLiteral("id")).toInteger());
        if (m_pager->lastError().isError())
            return; // failed() follows
        if (m_pager->atEnd()) {
            m_drafts = m_reading;
            m_known = true;
            std::exchange(m_pager, nullptr)->deleteLater();
            Q_EMIT finished(true);
        } else {
            m_pager->fetchNext();
        }
    });
    connect(m_pager, &Pager::failed, this, [this] {
        if (!m_pager)
            return;
        std::exchange(m_pager, nullptr)->deleteLater();
        Q_EMIT finished(false);
    });
    m_pager->fetchNext();
}

} // namespace pc
