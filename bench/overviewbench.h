#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Figure 9 of bench/README.md: the overview (issue 14) over N instances of
// 45 offerings, already in the tables (as from a complete local index: the
// rows are handed to the models as records of a local source, no server):
//   overview_ms  counting everything (figures, installs per offering by
//                state, adoption, the snapshot and its comparison with the
//                last visit) and drawing the area with its charts, once per
//                repetition
// Returns one object per repetition, or sets *error and returns none.
namespace bench {

QList<QJsonObject> figureOverview(int rows, int repeat, QString *error);

} // namespace bench
