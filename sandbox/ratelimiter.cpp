#include "sandbox/ratelimiter.h"

#include <QDateTime>

#include <algorithm>

namespace sandbox {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

int ceilSeconds(qint64 ms)
{
    return int(std::max<qint64>(1, (ms + 999) / 1000));
}
} // namespace

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::setBurst(bool enabled, int requests, int windowMs)
{
    m_burstEnabled = enabled;
    m_burstRequests = std::max(1, requests);
    m_burstWindowMs = std::max(1, windowMs);
}

void RateLimiter::expire(qint64 now)
{
    while (!m_hour.empty() && m_hour.front() <= now - kHourMs)
        m_hour.pop_front();
    while (!m_burst.empty() && m_burst.front() <= now - m_burstWindowMs)
        m_burst.pop_front();
}

RateLimiter::Decision RateLimiter::admit(bool count)
{
    const qint64 now = m_clock.elapsed();
    expire(now);
    Decision d;
    if (m_hourlyLimit > 0 && int(m_hour.size()) >= m_hourlyLimit) {
        d.allowed = false;
        d.hourlyExhausted = true;
        d.retryAfterSeconds = ceilSeconds(m_hour.at(m_hour.size() - size_t(m_hourlyLimit)) + kHourMs - now);
        return d;
    }
    if (m_burstEnabled && int(m_burst.size()) >= m_burstRequests) {
        d.allowed = false;
        d.retryAfterSeconds = ceilSeconds(m_burst.at(m_burst.size() - size_t(m_burstRequests)) + m_burstWindowMs - now);
        return d;
    }
    if (count) {
        m_hour.push_back(now);
        m_burst.push_back(now);
    }
    return d;
}

int RateLimiter::limitHeader() const
{
    // With the hourly limit switched off the documented default is shown.
    return m_hourlyLimit > 0 ? m_hourlyLimit : 3600;
}

int RateLimiter::remaining()
{
    if (m_hourlyLimit <= 0)
        return limitHeader();
    expire(m_clock.elapsed());
    return std::max(0, m_hourlyLimit - int(m_hour.size()));
}

qint64 RateLimiter::resetEpochSeconds()
{
    const qint64 now = m_clock.elapsed();
    expire(now);
    const qint64 wall = QDateTime::currentSecsSinceEpoch();
    if (m_hourlyLimit <= 0 || m_hour.empty())
        return wall;
    // When the oldest counted request leaves the rolling hour.
    return wall + (m_hour.front() + kHourMs - now + 999) / 1000;
}

} // namespace sandbox
