#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace pc {

// Parses an RFC 8288 `link` header such as
//   <https://h/v1/x?fields=id,name&search_after=abc>; rel="next", <…>; rel=first
// URLs may contain unencoded commas (the 4me server writes `fields=a,b` that
// way), so entries are split only at a comma outside <…>. Parameters may come
// in any order, quoted or not; a rel may name several relations ("prev first").
// The result maps each relation (lower case) to its URL, resolved against
// `base` when relative; the first occurrence of a relation wins.
QHash<QString, QUrl> parseLinkHeader(const QByteArray &header, const QUrl &base = {});

} // namespace pc
