#include "requestpacer.h"

#include <algorithm>

namespace pc {

RequestPacer::RequestPacer(int maxRequests, int windowMs)
    : m_maxRequests(std::max(1, maxRequests))
    , m_windowMs(std::max(1, windowMs))
{
}

void RequestPacer::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_sendTimes.clear();
}

qint64 RequestPacer::reserve(qint64 nowMs)
{
    qint64 at = std::max(nowMs, m_blockedUntil);
    if (!m_enabled)
        return at;
    while (!m_sendTimes.empty() && m_sendTimes.front() <= at - m_windowMs)
        m_sendTimes.pop_front();
    if (static_cast<int>(m_sendTimes.size()) >= m_maxRequests) {
        const qint64 oldestInWindow = m_sendTimes[m_sendTimes.size() - static_cast<size_t>(m_maxRequests)];
        at = std::max(at, oldestInWindow + m_windowMs);
    }
    if (!m_sendTimes.empty())
        at = std::max(at, m_sendTimes.back()); // keep the list ascending
    m_sendTimes.push_back(at);
    return at;
}

void RequestPacer::release(qint64 reservedAt)
{
    const auto it = std::find(m_sendTimes.begin(), m_sendTimes.end(), reservedAt);
    if (it != m_sendTimes.end())
        m_sendTimes.erase(it);
}

void RequestPacer::blockUntil(qint64 timeMs)
{
    m_blockedUntil = std::max(m_blockedUntil, timeMs);
}

} // namespace pc
