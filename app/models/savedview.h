#pragma once

#include "app/models/listquery.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

namespace pc {

class PagedTableModel;

// What a table view keeps between sessions that decides what it asks the API
// for: the predefined filter, the server sort, the conditions and the fields
// of the visible columns. Read without a widget, so the window's first
// requests leave before its views are built (see TableStart); RecordView
// writes it and restores the rest (the header, the splitter) over it.
struct SavedView
{
    QString predefinedFilter;
    QString sortField;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QList<Condition> conditions;
    // The API fields of the visible columns; nullopt when the view was saved
    // without them (before they were kept) or never: the columns' defaults.
    std::optional<QStringList> visibleFields;

    // Read from `settings` (in the view's group) by the API's rules for
    // `model`'s collection: a predefined filter, a condition's field or a sort
    // it does not offer (saved by an older version, or edited by hand) is
    // dropped, as the view would drop it.
    static SavedView read(const QSettings &settings, const PagedTableModel &model);
    void write(QSettings &settings) const;
    // The query and the fields on `model`, before its first request.
    void applyTo(PagedTableModel &model) const;
};

} // namespace pc
