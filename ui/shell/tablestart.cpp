#include "ui/shell/tablestart.h"

#include "app/index/indexfeed.h"
#include "app/index/localindex.h"
#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "app/models/savedview.h"

#include <QSettings>

namespace pc {

TableStart::TableStart(ApiClient *client, LocalIndex *index, const QString &settingsGroup, QObject *parent)
    : QObject(parent)
    , m_offerings(new OfferingsModel(client, this))
    , m_instances(new InstancesModel(client, this))
    , m_index(index)
    , m_settingsGroup(settingsGroup)
{
    QSettings settings;
    if (!m_settingsGroup.isEmpty())
        settings.beginGroup(m_settingsGroup);
    // The groups MainWindow::saveSettings() writes the views into.
    settings.beginGroup(QStringLiteral("views/offerings"));
    SavedView::read(settings, *m_offerings).applyTo(*m_offerings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("views/instances"));
    SavedView::read(settings, *m_instances).applyTo(*m_instances);
    settings.endGroup();
    if (m_index) {
        m_index->setParent(this); // until the window adopts it
        m_index->feed(IndexCollection::Offerings)->setModel(m_offerings);
        m_index->feed(IndexCollection::Instances)->setModel(m_instances);
    }
}

void TableStart::start()
{
    if (m_started)
        return;
    // A new file holds nothing: the first pages are asked for now, while it opens.
    if (!m_index || m_index->isReady() || m_index->openedWithoutFile()) {
        startTables();
        return;
    }
    // Until the index says what it holds, a view's first fetchMore() must
    // not spend a request on a page it may have.
    m_offerings->setAwaitingLocalSource(true);
    m_instances->setAwaitingLocalSource(true);
    connect(m_index, &LocalIndex::ready, this, &TableStart::startTables, Qt::SingleShotConnection);
}

// Both tables show their rows at once: all of them from a complete index,
// else the first page, the rest as the user scrolls.
void TableStart::startTables()
{
    m_started = true;
    for (IndexCollection collection : {IndexCollection::Offerings, IndexCollection::Instances}) {
        PagedTableModel *model = collection == IndexCollection::Offerings
                                     ? static_cast<PagedTableModel *>(m_offerings)
                                     : static_cast<PagedTableModel *>(m_instances);
        model->setAwaitingLocalSource(false);
        if (m_index && m_index->isComplete(collection))
            model->setLocalSource(m_index->feed(collection));
        else
            model->reload();
    }
    Q_EMIT started();
}

} // namespace pc
