#pragma once

#include <QDateTime>
#include <QStringView>

namespace pc {

// Parses the API's time values: `2021-04-13T04:19:49-05:00`, `…Z`, with or
// without seconds or fractions, offsets as ±hh:mm, ±hhmm or ±hh, and plain
// dates. The offset is kept (Qt::OffsetFromUTC) so the raw value can be shown
// as the server sent it. Returns an invalid QDateTime for anything else.
QDateTime parseApiTimestamp(QStringView text);

// The form the API writes: 2021-04-13T04:19:49-05:00 (Z for UTC).
QString formatApiTimestamp(const QDateTime &value);

} // namespace pc
