#pragma once

#include "app/overview/overviewfigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace pc {

class InstanceTable;

// What the overview looked like at a visit: every instance's offering,
// customer and state, every offering's name, state and last change. The
// next visit compares the rows it has with it ("since your last visit") and
// its figures with the snapshot's. Kept per profile in a small file of the
// application's data folder (no secret, no record's free text but the
// suspension comments already shown in the tables).
struct VisitSnapshot
{
    struct Instance
    {
        qint64 id = 0;
        qint64 offeringId = 0;
        quint32 account = 0; // index into accounts
        quint32 comment = 0; // index into comments
        quint8 flags = 0;    // InstanceTable::Flag
    };
    struct Offering
    {
        qint64 id = 0;
        QString name;
        bool disabled = false;
        bool draft = false;
        qint64 updatedMs = 0;
    };

    QDateTime takenAt;
    // Taken over whole collections (not over some pages): only then does a
    // record it lacks or holds tell an install or an uninstall.
    bool complete = false;
    bool draftsKnown = false;
    QList<Instance> instances; // by id
    QList<Offering> offerings; // by id
    QList<QString> accounts{QString()};
    QList<QString> comments{QString()};

    static VisitSnapshot take(const QList<OfferingFact> &offerings, const QSet<qint64> &drafts,
                              bool draftsKnown, const InstanceTable &instances, bool complete,
                              const QDateTime &now);
    OverviewFigures figures() const;
    QString accountOf(const Instance &instance) const { return accounts.value(instance.account); }
    QString offeringName(qint64 id) const;

    // <app data>/visits/<key in letters, digits, '.', '-', '_'>-<hash of the key>.visit
    static QString pathFor(const QString &profileKey);
    bool save(const QString &path, QString *error = nullptr) const;
    // nullopt when there is none, or it cannot be read (then it counts as none).
    static std::optional<VisitSnapshot> load(const QString &path);
};

// One line of "since your last visit".
struct VisitChange
{
    enum class Kind {
        Installed,
        Uninstalled,
        Suspended,
        Resumed,
        Disabled,
        Enabled,
        EnabledByCustomer,
        NotEnabledByCustomer,
        OfferingAdded,
        OfferingChanged,
        OfferingRemoved,
    };
    Kind kind = Kind::Installed;
    qint64 id = 0; // the instance's, or the offering's for the Offering… kinds
    QString account;
    QString offering;
    QString comment; // a suspension's comment
    bool isOffering() const { return kind >= Kind::OfferingAdded; }
    // Whether the record is there to open (an uninstalled one is not).
    bool canOpen() const { return kind != Kind::Uninstalled && kind != Kind::OfferingRemoved; }
};

class VisitChanges
{
    Q_DECLARE_TR_FUNCTIONS(VisitChanges)

public:
    // What changed from `before` to `now`: new instances and offerings,
    // instances whose flags changed (one line per flag), offerings changed.
    // Uninstalls and removed offerings only when both snapshots are complete.
    // Instances first, by kind then id; then offerings.
    static QList<VisitChange> between(const VisitSnapshot &before, const VisitSnapshot &now);
    // "Installed: Acme (wdc) — Slack", "Suspended: … (“Unpaid invoice”)".
    static QString text(const VisitChange &change);
    static QString kindText(VisitChange::Kind kind);
};

} // namespace pc
