#pragma once

// Small helpers shared by the sandbox's parts: timestamps, nodeIDs, boolean
// input and the character counting the validation rules need.

#include <QByteArray>
#include <QString>

namespace sandbox {

// The fixed offset every timestamp is rendered in, as the API examples show
// ("2021-04-13T04:19:49-05:00").
constexpr int kRenderOffsetSeconds = -5 * 3600;

// 2021-04-13T04:19:49-05:00, the base of all seeded timestamps.
constexpr qint64 kSeedEpoch = 1618305589;

QString formatTimestamp(qint64 epochSeconds);
// Accepts ISO 8601 with "Z" or "±hh:mm" (a "+" decoded to a space is
// tolerated), with or without seconds, and plain dates (midnight UTC).
bool parseTimestamp(const QString &text, qint64 *epochSeconds);

// GraphQL style id: base64 of "4me.com/<Type>/<id>" without padding.
QString nodeId(const QString &type, qint64 id);
// A path's :id accepts the numeric id or the nodeID. Returns -1 when neither.
qint64 idFromPathSegment(const QString &segment, const QString &type);

// Boolean input is true for 1/T/Y/TRUE/YES/ON (case-insensitive).
bool isTrueInput(const QString &text);

// Lengths count Unicode code points, not UTF-16 units or bytes.
int characterCount(const QString &text);

// "webhook_uri_template" -> "Webhook uri template", as Rails' messages do.
QString humanize(const QString &field);

QByteArray base64UrlEncode(const QByteArray &data);
QByteArray base64UrlDecode(const QByteArray &data, bool *ok);

} // namespace sandbox
