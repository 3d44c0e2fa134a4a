#pragma once

class QAbstractItemModel;

namespace pc {

// Every header and cell of `model` reads differently now: another language
// was installed, and its texts come from tr() as they are read. Announced as
// headerDataChanged() over the columns and dataChanged() over every cell, so
// the views (and the proxies between) read them again; nothing is reset, so
// a view keeps its selection and its scroll position.
void announceRetranslated(QAbstractItemModel *model);

} // namespace pc
