#pragma once

#include <QtGlobal>

#include <deque>

namespace pc {

// Keeps a client under the API's burst limit (20 requests per 2 s, counted by
// the server when each request arrives) by handing out send times.
// Reservations are made up front, so several requests started together are
// spread out instead of all going at once. Time is whatever monotonic
// millisecond clock the caller passes in (the client's, a test's fake one).
//
// The rules, with N = maxRequests and W = windowMs:
//  1. at most N sends in any W (one under the server's 20);
//  2. at most N + 1 sends in any W + W/N: any N + 2 sends (enough for the
//     server's 21st) are at least W + W/N apart, so the server still sees at
//     most its 20 when their arrivals are shifted against each other by up to
//     W/N (~105 ms) of network latency, timer lateness and clock rounding;
//  3. once the window is full, a request goes no sooner than W/N after the one
//     before it: a saturated pacer hands out an even grid at its full rate
//     instead of releasing a whole waiting group at once W later (where the
//     server's sliding window, seeing some of them early, would refuse one).
// Rules 2 and 3 cost no throughput: an even grid at W/N meets all three.
// Before any of them, after a 429 the whole pacer is blocked until the
// server's retry-after has passed.
class RequestPacer
{
public:
    RequestPacer(int maxRequests = 19, int windowMs = 2000);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Reserves a slot for one request and returns when it may be sent (on the
    // caller's clock, >= nowMs).
    qint64 reserve(qint64 nowMs);
    // Gives back a slot reserve() handed out and that will not be used (the
    // request was cancelled or rescheduled), so it delays nobody.
    void release(qint64 reservedAt);
    void blockUntil(qint64 timeMs);
    qint64 blockedUntil() const { return m_blockedUntil; }

    int maxRequests() const { return m_maxRequests; }
    int windowMs() const { return m_windowMs; }
    // W/N, rounded down: the spacing of rule 3 and the margin of rule 2.
    int spacingMs() const { return m_spacingMs; }

private:
    int m_maxRequests;
    int m_windowMs;
    int m_spacingMs;
    bool m_enabled = true;
    qint64 m_blockedUntil = 0;
    std::deque<qint64> m_sendTimes; // ascending
};

} // namespace pc
