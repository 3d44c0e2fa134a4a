#include "app/net/requestpacer.h"

#include <algorithm>

namespace pc {

RequestPacer::RequestPacer(int maxRequests, int windowMs)
    : m_maxRequests(std::max(1, maxRequests))
    , m_windowMs(std::max(1, windowMs))
    // Rounded down: rule 1 alone then keeps the long-run rate at exactly N
    // per W (rounding up, to 106 ms, would lose 0.7 % of it to the grid).
    , m_spacingMs(std::max(1, m_windowMs / m_maxRequests))
{
}

void RequestPacer::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_sendTimes.clear();
}

qint64 RequestPacer::reserve(qint64 nowMs)
{
    const qint64 at = std::max(nowMs, m_blockedUntil);
    if (!m_enabled)
        return at;
    // Sends older than the longer window of rule 2 bind nothing any more.
    // Whole runs of equal times go together, so release() never mistakes a
    // kept slot for one forgotten here.
    while (!m_sendTimes.empty() && m_sendTimes.front() <= at - m_windowMs - m_spacingMs)
        m_sendTimes.pop_front();

    const size_t count = m_sendTimes.size();
    const auto limit = static_cast<size_t>(m_maxRequests);
    qint64 sendAt = at;
    if (count >= limit) // rule 1: the N-th send back leaves the window
        sendAt = std::max(sendAt, m_sendTimes[count - limit] + m_windowMs);
    if (count >= limit + 1) // rule 2: the (N+1)-th leaves the longer one
        sendAt = std::max(sendAt, m_sendTimes[count - limit - 1] + m_windowMs + m_spacingMs);
    if (sendAt > at && count > 0) // rule 3: it waits for the window, so spread
        sendAt = std::max(sendAt, m_sendTimes.back() + m_spacingMs);
    if (count > 0)
        sendAt = std::max(sendAt, m_sendTimes.back()); // keep the list ascending
    m_sendTimes.push_back(sendAt);
    return sendAt;
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
