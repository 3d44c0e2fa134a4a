#pragma once

// Fault injection: which fault (if any) a request gets, and the textual
// --fault spec of provider-sandbox.

#include "sandbox/sandboxserver.h"

#include <QList>
#include <QRegularExpression>

#include <optional>

namespace sandbox {

class FaultList
{
public:
    void add(const Fault &fault);
    void clear() { m_entries.clear(); }

    // Every fault that matches the request counts it (its own skip/times
    // window); the first one, in insertion order, whose window covers this
    // request wins.
    std::optional<Fault> take(const QByteArray &method, const QString &path);

private:
    struct Entry
    {
        Fault fault;
        QRegularExpression pattern;
        int matched = 0;
    };
    QList<Entry> m_entries;
};

// The --fault grammar (also printed by --help):
//
//   KIND[:OPTION]...
//
// KIND is one of status, ratelimit, malformed, empty, truncate, reset, drop,
// never, drip, foreign-link, link-loop, wrong-types, drop-fields, latency,
// revoke-token, huge.
// OPTION is either key=value or a positional shorthand:
//   a number 100..599        -> status=N
//   an upper-case word       -> method=WORD (GET, PATCH, …)
//   a word starting with ^ or / -> path=REGEX
//   skip=N  times=N (-1 = forever)  ms=N (latency / drip interval)
//   bytes=N (huge: the least size of the body)  chunk=N (drip: bytes a tick)
//   retry-after=N  content-type=TYPE
//   body=TEXT and foreign=URL take the rest of the spec (they may contain ":"), so put them last.
// Examples: status:503:GET:^/v1/app_instances$:skip=2:times=1
//           ratelimit:retry-after=1   drop:times=-1   latency:ms=300
//           foreign-link:foreign=http://127.0.0.2:8080
bool parseFaultSpec(const QString &spec, Fault *fault, QString *error);
QString faultSpecHelp();

} // namespace sandbox
