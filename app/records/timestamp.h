#pragma once

#include <QDateTime>
#include <QLatin1StringView>
#include <QStringView>

namespace pc {

// Parses the API's time values: `2021-04-13T04:19:49-05:00`, `…Z`, with or
// without seconds or fractions, offsets as ±hh:mm, ±hhmm or ±hh, and plain
// dates. The offset is kept (Qt::OffsetFromUTC) so the raw value can be shown
// as the server sent it. Returns an invalid QDateTime for anything else.
QDateTime parseApiTimestamp(QStringView text);
// The same from Latin-1 (ASCII, as the API writes them), without a QString.
QDateTime parseApiTimestamp(QLatin1StringView text);

// The form the API writes: 2021-04-13T04:19:49-05:00 (Z for UTC).
QString formatApiTimestamp(const QDateTime &value);

// The tables show times as `yyyy-MM-dd HH:mm` in the local time zone. Tables
// of 100,000 rows format and search these per keystroke, and QDateTime's
// conversion to local time asks the system's zone rules every time, so the
// local offset is looked up once per UTC day (exactly, per value, on the few
// days a zone changes its offset) and the text is written by hand.
// The offsets looked up are kept for a minute (a change of the system's zone
// shows within a minute); forgetLocalOffsets() drops them at once.
// Local offset from UTC in seconds at the instant `utcMs`.
int localOffsetSeconds(qint64 utcMs);
void forgetLocalOffsets();
// `utcMs` as 16 ASCII characters `yyyy-MM-dd HH:mm` of local time (no
// terminator); years outside 0..9999 are clamped.
void writeLocalMinute(qint64 utcMs, char out[16]);
QString localMinuteText(qint64 utcMs);

} // namespace pc
