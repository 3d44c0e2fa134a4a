#pragma once

#include <QObject>
#include <QSet>

namespace pc {

class ApiClient;
class Pager;

// Which of the provider's offerings are drafts. A record does not say (a
// draft and a published version look alike); the API's `latest_internal`
// list holds the drafts. Reads its ids (ids only: a page of 100 ids is a few
// kilobytes; a provider has a handful of drafts), one page after another.
class DraftLookup : public QObject
{
    Q_OBJECT

public:
    explicit DraftLookup(ApiClient *client, QObject *parent = nullptr);

    // Reads the list (again); finished() follows. Does nothing while a read runs.
    void start();
    bool isRunning() const { return m_pager != nullptr; }
    bool isKnown() const { return m_known; }
    const QSet<qint64> &drafts() const { return m_drafts; }

Q_SIGNALS:
    // `ok` false: the list could not be read (the drafts stay as they were).
    void finished(bool ok);

private:
    ApiClient *m_client;
    Pager *m_pager = nullptr; // owned, while a read runs
    QSet<qint64> m_reading;
    QSet<qint64> m_drafts;
    bool m_known = false;
};

} // namespace pc
