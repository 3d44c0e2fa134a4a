#pragma once

// Rate limiting as the API documents it: a rolling hourly quota per token
// (3600 by default) and a short burst limit (20 requests per 2 s). Windows
// slide on a monotonic clock; x-ratelimit-reset is reported in epoch seconds.
//
// Decision (undocumented): a request answered with 429 is not counted, so a
// client that waits retry-after seconds is let through exactly then.

#include <QElapsedTimer>

#include <deque>

namespace sandbox {

class RateLimiter
{
public:
    RateLimiter();

    void setHourlyLimit(int limit) { m_hourlyLimit = limit; }
    int hourlyLimit() const { return m_hourlyLimit; }
    void setBurst(bool enabled, int requests, int windowMs);
    void setBurstEnabled(bool enabled) { m_burstEnabled = enabled; }

    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // >= 1 when not allowed
        bool hourlyExhausted = false;
    };
    // Checks one request and counts it when it is allowed.
    Decision admit(bool count = true);

    int limitHeader() const;
    int remaining();
    qint64 resetEpochSeconds();

private:
    void expire(qint64 now);

    QElapsedTimer m_clock;
    int m_hourlyLimit = 3600;
    bool m_burstEnabled = true;
    int m_burstRequests = 20;
    int m_burstWindowMs = 2000;
    std::deque<qint64> m_hour;  // ms timestamps of counted requests, last hour
    std::deque<qint64> m_burst; // ms timestamps within the burst window
};

} // namespace sandbox
