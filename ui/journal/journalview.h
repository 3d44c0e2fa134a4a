#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace pc {

class JournalModel;
class RecordFilterProxy;

// The Journal area: every write the console made, newest first, with the
// quick filter, export, and each entry openable to see the whole change.
class JournalView : public QWidget
{
    Q_OBJECT

public:
    JournalView(JournalModel *model, QWidget *parent = nullptr);

    JournalModel *model() const { return m_model; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString statusText() const;

    void focusFilter();
    bool backOut();
    void reload();
    void openEntry();
    // Writes the entries the table shows; returns an error message, empty on success.
    QString exportTo(const QString &path, bool json);

Q_SIGNALS:
    void statusChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    JournalModel *m_model;
    RecordFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace pc
