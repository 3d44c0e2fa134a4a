#include "app/overview/overview.h"

#include "app/models/instancetable.h"
#include "app/models/retranslation.h"

#include <QEvent>
#include <QLoggingCategory>

namespace pc {

Q_LOGGING_CATEGORY(lcOverview, "pc.overview")

Overview::Overview(const QString &snapshotPath, QObject *parent)
    : QObject(parent)
    , m_snapshotPath(snapshotPath)
    , m_figuresModel(new FiguresModel(this))
    , m_bars(new OfferingBarsModel(this))
    , m_adoption(new AdoptionModel(this))
    , m_changes(new VisitChangesModel(this))
{
    if (!m_snapshotPath.isEmpty())
        m_lastVisit = VisitSnapshot::load(m_snapshotPath);
}

bool Overview::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_computed)
            compareWithLastVisit(); // the changes' lines are worded as they are found
        for (QAbstractItemModel *model :
             std::initializer_list<QAbstractItemModel *>{m_figuresModel, m_bars, m_adoption, m_changes})
            announceRetranslated(model);
        Q_EMIT updated();
    }
    return QObject::event(event);
}

void Overview::setDrafts(const QSet<qint64> &drafts)
{
    m_drafts = drafts;
    m_draftsKnown = true;
}

void Overview::update(const QList<OfferingFact> &offerings, const InstanceTable &instances, bool complete,
                      const QDateTime &now)
{
    m_offerings = offerings;
    m_figures = OverviewData::figures(offerings, m_drafts, m_draftsKnown, instances);
    m_bars->setBars(OverviewData::offeringBars(offerings, instances));
    m_installs = OverviewData::installs(instances);
    m_current = VisitSnapshot::take(offerings, m_drafts, m_draftsKnown, instances, complete, now);
    m_computed = true;
    recomputeAdoption();
    if (!m_lastVisit && complete && !m_snapshotPath.isEmpty()) {
        // The first visit: from now on, changes are counted from here.
        keepAsLastVisit(nullptr);
        m_firstVisit = true;
    }
    compareWithLastVisit();
    Q_EMIT updated();
}

void Overview::setAdoption(qint64 offeringId, AdoptionRange range)
{
    m_adoptionOffering = offeringId;
    m_adoptionRange = range;
    recomputeAdoption();
    Q_EMIT updated();
}

void Overview::recomputeAdoption()
{
    m_adoption->setPoints(
        OverviewData::adoption(m_installs, m_adoptionOffering, m_adoptionRange, QDate::currentDate()));
}

void Overview::compareWithLastVisit()
{
    if (!m_lastVisit) {
        m_figuresModel->setFigures(m_figures, std::nullopt);
        m_changes->setChanges({});
        return;
    }
    const QList<VisitChange> changes = VisitChanges::between(*m_lastVisit, m_current);
    // The first visit lasts until something changes.
    m_firstVisit = m_firstVisit && changes.isEmpty();
    m_figuresModel->setFigures(m_figures,
                               m_firstVisit ? std::nullopt : std::optional(m_lastVisit->figures()));
    m_changes->setChanges(changes);
}

bool Overview::markSeen(QString *error)
{
    if (!m_computed)
        return false;
    const bool kept = keepAsLastVisit(error);
    m_firstVisit = false;
    compareWithLastVisit();
    Q_EMIT updated();
    return kept;
}

bool Overview::keepAsLastVisit(QString *error)
{
    m_lastVisit = m_current;
    if (m_snapshotPath.isEmpty())
        return true;
    QString why;
    if (m_current.save(m_snapshotPath, &why))
        return true;
    qCWarning(lcOverview) << "the last visit could not be kept in" << m_snapshotPath << why;
    if (error)
        *error = why;
    return false;
}

void Overview::endVisit()
{
    if (m_computed && m_current.complete)
        markSeen();
}

} // namespace pc
