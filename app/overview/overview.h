#pragma once

#include "app/overview/overviewfigures.h"
#include "app/overview/overviewtables.h"
#include "app/overview/visitsnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <optional>

namespace pc {

class InstanceTable;

// The overview of one profile: its numbers as tables (figures, installs per
// offering, adoption), and what changed since the last visit, against a
// snapshot kept per profile. Fed whole rows (update()); computes on the
// thread it lives on, which takes a few milliseconds for 100,000 instances.
class Overview : public QObject
{
    Q_OBJECT

public:
    // `snapshotPath`: where the last visit is kept (VisitSnapshot::pathFor());
    // empty: nowhere (no "since your last visit").
    explicit Overview(const QString &snapshotPath, QObject *parent = nullptr);

    // The rows to count. `complete`: they are whole collections (the local
    // index's, or every page loaded), so what the last visit had and they
    // lack was uninstalled. The first complete update without a last visit
    // keeps itself as the last visit.
    void update(const QList<OfferingFact> &offerings, const InstanceTable &instances, bool complete,
                const QDateTime &now = QDateTime::currentDateTime());
    void setDrafts(const QSet<qint64> &drafts);
    bool isComputed() const { return m_computed; }
    bool isComplete() const { return m_current.complete; }
    // Whether the figures tell drafts from published offerings.
    bool draftsKnown() const { return m_figures.drafts >= 0; }

    // Adoption of one offering (0: all) over a range; recomputed at once.
    void setAdoption(qint64 offeringId, AdoptionRange range);
    qint64 adoptionOffering() const { return m_adoptionOffering; }
    AdoptionRange adoptionRange() const { return m_adoptionRange; }

    const OverviewFigures &figures() const { return m_figures; }
    // The bars a chart shows: the `top` largest offerings and "other".
    QList<OfferingBar> chartBars(int top) const { return OverviewData::topWithOther(m_bars->bars(), top); }
    FiguresModel *figuresModel() const { return m_figuresModel; }
    OfferingBarsModel *barsModel() const { return m_bars; }
    AdoptionModel *adoptionModel() const { return m_adoption; }
    VisitChangesModel *changesModel() const { return m_changes; }

    // The last visit: when it was (invalid: none yet).
    QDateTime lastVisit() const { return m_lastVisit ? m_lastVisit->takenAt : QDateTime(); }
    // This is the first visit: the last one was taken now, from these rows
    // (so there is no change to tell yet).
    bool isFirstVisit() const { return m_firstVisit; }
    // "Mark as seen": what is shown now becomes the last visit (and is kept).
    bool markSeen(QString *error = nullptr);
    // The visit ends (the window closes): the same, when complete rows were shown.
    void endVisit();

Q_SIGNALS:
    void updated();

protected:
    // Another language: the tables' headers and cells read again, the
    // changes since the last visit are worded again (then updated()). It
    // reaches the overview as a child of the widget that shows it.
    bool event(QEvent *event) override;

private:
    void recomputeAdoption();
    void compareWithLastVisit();
    // What is shown now becomes the last visit, in the file too.
    bool keepAsLastVisit(QString *error);

    QString m_snapshotPath;
    std::optional<VisitSnapshot> m_lastVisit;
    VisitSnapshot m_current;
    OverviewFigures m_figures;
    QList<OfferingFact> m_offerings;
    QList<InstallFact> m_installs;
    QSet<qint64> m_drafts;
    bool m_draftsKnown = false;
    bool m_computed = false;
    bool m_firstVisit = false;
    qint64 m_adoptionOffering = 0;
    AdoptionRange m_adoptionRange = AdoptionRange::All; // the whole story first
    FiguresModel *m_figuresModel;
    OfferingBarsModel *m_bars;
    AdoptionModel *m_adoption;
    VisitChangesModel *m_changes;
};

} // namespace pc
