#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pc {

class PagedTableModel;
struct ApiError;

// One record area: the table over a paged model, with an error banner that
// keeps the loaded rows visible and offers Retry.
class RecordView : public QWidget
{
    Q_OBJECT

public:
    RecordView(PagedTableModel *model, const QString &noun, QWidget *parent = nullptr);

    PagedTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // "20 of 2,500 offerings loaded", or the state the view is in.
    QString statusText() const;

Q_SIGNALS:
    void statusChanged();

private:
    void onError(const ApiError &error);
    void updateBanner();

    PagedTableModel *m_model;
    QString m_noun;
    QTableView *m_table;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_retryButton;
};

} // namespace pc
