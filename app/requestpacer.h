#pragma once

#include <QtGlobal>

#include <deque>

namespace pc {

// Keeps a client under the API's burst limit (about 20 requests per 2 s) by
// handing out send times: a sliding window of at most `maxRequests` sends per
// `windowMs`. Reservations are made up front, so several requests started
// together are spread out instead of all going at once. After a 429 the whole
// pacer is blocked until the server's retry-after has passed.
class RequestPacer
{
public:
    RequestPacer(int maxRequests = 19, int windowMs = 2000);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Reserves a slot for one request and returns when it may be sent (a
    // monotonic time in ms, >= nowMs).
    qint64 reserve(qint64 nowMs);
    // Gives back a slot reserve() handed out and that will not be used (the
    // request was cancelled or rescheduled), so it delays nobody.
    void release(qint64 reservedAt);
    void blockUntil(qint64 timeMs);
    qint64 blockedUntil() const { return m_blockedUntil; }

private:
    int m_maxRequests;
    int m_windowMs;
    bool m_enabled = true;
    qint64 m_blockedUntil = 0;
    std::deque<qint64> m_sendTimes; // ascending
};

} // namespace pc
