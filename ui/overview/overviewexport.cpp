// The overview's exports: the area as a picture (PNG, or SVG for print and
// slides) and its numbers as CSV, one section per table.

#include "app/models/recordexporter.h"
#include "app/overview/overview.h"
#include "ui/overview/overviewarea.h"

#include <QFileDialog>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextStream>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::OverviewArea).
class OverviewArea { Q_OBJECT };
#endif

bool OverviewArea::exportPng(const QString &path) const
{
    return m_content->grab().save(path, "PNG");
}

bool OverviewArea::exportSvg(const QString &path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_content->size());
    generator.setViewBox(m_content->rect());
    generator.setTitle(tr("Provider Console overview"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren | QWidget::DrawWindowBackground);
    return painter.end();
}

bool OverviewArea::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray text("\xEF\xBB\xBF"); // as the tables' CSV: spreadsheets read accents and CJK right
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(RecordExporter::csvField(field));
        text += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    // Each table under its name, its numbers plain (no thousands separators).
    const QList<QPair<QString, QAbstractItemModel *>> tables = {
        {tr("Figures"), m_overview->figuresModel()},
        {tr("Installs per offering, by state"), m_overview->barsModel()},
        {tr("Adoption over time"), m_overview->adoptionModel()},
        {tr("Since your last visit"), m_overview->changesModel()},
    };
    for (const auto &[title, model] : tables) {
        line({title});
        QStringList header;
        for (int column = 0; column < model->columnCount(); ++column)
            header.append(model->headerData(column, Qt::Horizontal).toString());
        line(header);
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList fields;
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QVariant raw = index.data(Qt::UserRole);
                const bool number = raw.typeId() == QMetaType::LongLong && index.column() > 0;
                fields.append(number ? QString::number(raw.toLongLong()) : index.data().toString());
            }
            line(fields);
        }
        line({});
    }
    if (file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void OverviewArea::exportWithDialog()
{
    const QString png = tr("PNG picture (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString csv = tr("The numbers as CSV (*.csv)");
    auto *dialog = new QFileDialog(window(), tr("Export the overview"), QString(),
                                   png + QStringLiteral(";;") + svg + QStringLiteral(";;") + csv);
    dialog->setObjectName(QStringLiteral("overviewExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(QStringLiteral("overview.png"));
    const QPointer<OverviewArea> self(this);
    connect(dialog, &QFileDialog::fileSelected, this, [self, dialog, png, svg](QString path) {
        if (!self || path.isEmpty())
            return;
        const QString filter = dialog->selectedNameFilter();
        const QString suffix = filter == png   ? QStringLiteral(".png")
                               : filter == svg ? QStringLiteral(".svg")
                                               : QStringLiteral(".csv");
        if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) &&
            !path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) &&
            !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
            path += suffix;
        QString error;
        bool ok = false;
        if (path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
            ok = self->exportPng(path);
        else if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
            ok = self->exportSvg(path);
        else
            ok = self->exportCsv(path, &error);
        Q_EMIT self->exportFinished(ok, ok ? tr("Exported the overview to %1").arg(path)
                                           : tr("Export failed: %1").arg(error.isEmpty() ? path : error));
    });
    dialog->open();
}

} // namespace pc
