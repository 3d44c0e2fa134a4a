#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>
#include <QVariant>

namespace pc::indentedjson {

// JSON text written piece by piece, byte for byte as QJsonDocument::toJson()
// writes it in its Indented format, without building a QJsonArray and a
// QJsonObject per row first: an export of 100,000 rows spent most of its
// time there, in the allocator.
//
// `depth` counts the levels of indentation (four spaces each) of the value
// written: 1 for the top array's items.
void appendString(QByteArray &json, QStringView text);
// A value as QJsonValue::fromVariant() would make it: text, a boolean, a
// number, a map as an object (its keys in order), a list as an array, null
// for an invalid or null variant.
void appendVariant(QByteArray &json, const QVariant &value, int depth);
void appendJsonValue(QByteArray &json, const QJsonValue &value, int depth);
void appendIndent(QByteArray &json, int depth);

} // namespace pc::indentedjson
