#include "app/models/retranslation.h"

#include <QAbstractItemModel>

namespace pc {

void announceRetranslated(QAbstractItemModel *model)
{
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

} // namespace pc
