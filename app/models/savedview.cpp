#include "app/models/savedview.h"

#include "app/models/pagedtablemodel.h"

#include <QSettings>

namespace pc {

namespace {

const QString kPredefined = QStringLiteral("predefined");
const QString kSortField = QStringLiteral("sortField");
const QString kSortDescending = QStringLiteral("sortDescending");
const QString kConditions = QStringLiteral("conditions");
const QString kVisibleFields = QStringLiteral("visibleFields");

} // namespace

SavedView SavedView::read(const QSettings &settings, const PagedTableModel &model)
{
    SavedView view;
    const QString predefined = settings.value(kPredefined).toString();
    if (model.predefinedFilters().contains(predefined))
        view.predefinedFilter = predefined;
    const QStringList filterFields = model.serverFilterFields();
    for (const QString &line : settings.value(kConditions).toStringList()) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab > 0 && filterFields.contains(line.left(tab)))
            view.conditions.append({line.left(tab), line.mid(tab + 1)});
    }
    const QString sortField = settings.value(kSortField).toString();
    if (model.sortsOnServer(model.columnForField(sortField)))
        view.sortField = sortField;
    view.sortOrder = settings.value(kSortDescending).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (settings.contains(kVisibleFields)) {
        QStringList fields;
        for (const QString &field : settings.value(kVisibleFields).toStringList()) {
            if (model.columnForField(field) >= 0)
                fields.append(field);
        }
        if (!fields.isEmpty())
            view.visibleFields = fields;
    }
    return view;
}

void SavedView::write(QSettings &settings) const
{
    settings.setValue(kPredefined, predefinedFilter);
    settings.setValue(kSortField, sortField);
    settings.setValue(kSortDescending, sortOrder == Qt::DescendingOrder);
    QStringList lines;
    for (const auto &[field, value] : conditions)
        lines.append(field + QLatin1Char('\t') + value);
    settings.setValue(kConditions, lines);
    if (visibleFields)
        settings.setValue(kVisibleFields, *visibleFields);
    else
        settings.remove(kVisibleFields);
}

void SavedView::applyTo(PagedTableModel &model) const
{
    model.setQuery(predefinedFilter, sortField, sortOrder, conditions);
    if (visibleFields)
        model.setVisibleFields(*visibleFields);
}

} // namespace pc
