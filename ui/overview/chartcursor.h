#pragma once

#include <QChartView>
#include <QPoint>
#include <functional>

class QLabel;

namespace pc {

// A chart that a keyboard reads: a cursor over its bars (a grid of
// `rows` categories by `columns` segments or series), moved with the
// arrows, Home and End; the bar under it is highlighted, its value written
// in the caption below and told to a screen reader; Enter (or a click on a
// bar) activates it. Tab moves on to the next chart, as to any control.
class ChartCursor : public QChartView
{
    Q_OBJECT

public:
    // Which arrows move along the rows: Up/Down (a horizontal bar chart,
    // categories top to bottom) or Left/Right (months along the x axis).
    enum class RowKeys { UpDown, LeftRight };

    ChartCursor(QChart *chart, RowKeys rowKeys, QWidget *parent = nullptr);

    // The grid and the words for each cell ("Slack — Suspended: 12");
    // the cursor stays where it was when it still fits.
    void setGrid(int rows, int columns, std::function<QString(int row, int column)> describe);
    // Draws the cursor: called with the cell to highlight (-1, -1: none).
    void setHighlighter(std::function<void(int row, int column)> highlight)
    {
        m_highlight = std::move(highlight);
    }
    QLabel *caption() const { return m_caption; }
    QPoint cursor() const { return m_cursor; } // x: column, y: row
    void setCursor(int row, int column);
    QString currentText() const;

Q_SIGNALS:
    void activated(int row, int column);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void announce();

    RowKeys m_rowKeys;
    int m_rows = 0;
    int m_columns = 0;
    QPoint m_cursor{0, 0};
    std::function<QString(int, int)> m_describe;
    std::function<void(int, int)> m_highlight;
    QLabel *m_caption;
};

} // namespace pc
