#pragma once

#include <QObject>
#include <QString>

namespace pc {

class ApiClient;
class InstancesModel;
class LocalIndex;
class OfferingsModel;

// The window's two tables, started before the window is built: the models
// are made, given the query and the columns each view had when the console
// last closed (SavedView), and asked for their rows: from the local index
// where it holds a complete copy (once it has opened), else their first page.
// The window that follows adopts the models and the index; its views, built
// over the query already loading, ask for nothing again. So the first
// requests leave, or the copy is read, while the widgets are being built.
class TableStart : public QObject
{
    Q_OBJECT

public:
    // `index`, if any, is opening already (LocalIndex::open()); this takes it
    // until a window does. `settingsGroup`
    // is the connection's group of the window's settings (MainWindow).
    TableStart(ApiClient *client, LocalIndex *index, const QString &settingsGroup, QObject *parent = nullptr);

    OfferingsModel *offerings() const { return m_offerings; }
    InstancesModel *instances() const { return m_instances; }
    LocalIndex *index() const { return m_index; }
    QString settingsGroup() const { return m_settingsGroup; }

    // Asks for the rows: at once without an index, else when it is ready.
    void start();
    // The rows have been asked for (started() was emitted).
    bool isStarted() const { return m_started; }

Q_SIGNALS:
    void started();

private:
    void startTables();

    OfferingsModel *m_offerings;
    InstancesModel *m_instances;
    LocalIndex *m_index;
    QString m_settingsGroup;
    bool m_started = false;
};

} // namespace pc
