#include "app/overview/visitsnapshot.h"

#include "app/models/instancetable.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace pc {

namespace {

// The file's first bytes and version: a file of another version is not read.
constexpr quint32 Magic = 0x50435653; // "PCVS"
constexpr quint32 Version = 1;

quint8 flagsOf(const InstanceTable &instances, qsizetype row)
{
    return quint8((instances.isDisabled(row) ? InstanceTable::Disabled : 0) |
                  (instances.isEnabledByCustomer(row) ? InstanceTable::EnabledByCustomer : 0) |
                  (instances.isSuspended(row) ? InstanceTable::Suspended : 0));
}

InstanceState stateOf(quint8 flags)
{
    return instanceState(flags & InstanceTable::Disabled, flags & InstanceTable::EnabledByCustomer,
                         flags & InstanceTable::Suspended);
}

} // namespace

VisitSnapshot VisitSnapshot::take(const QList<OfferingFact> &offerings, const QSet<qint64> &drafts,
                                  bool draftsKnown, const InstanceTable &instances, bool complete,
                                  const QDateTime &now)
{
    VisitSnapshot snapshot;
    snapshot.takenAt = now;
    snapshot.complete = complete;
    snapshot.draftsKnown = draftsKnown;
    // The table's own distinct accounts and comments, as they are: no hashing per row.
    for (qsizetype index = 1; index < instances.distinctAccounts().size(); ++index)
        snapshot.accounts.append(instances.distinctAccounts().at(index).displayText());
    snapshot.comments = instances.distinctComments();
    if (snapshot.comments.isEmpty())
        snapshot.comments.append(QString());
    snapshot.instances.reserve(instances.size());
    const QList<Reference> &distinctOfferings = instances.distinctOfferings();
    for (qsizetype row = 0; row < instances.size(); ++row) {
        Instance instance;
        instance.id = instances.id(row);
        instance.offeringId = distinctOfferings.at(instances.appOfferingIndex(row)).id;
        instance.account = instances.customerAccountIndex(row);
        instance.comment = instances.suspensionCommentIndex(row);
        instance.flags = flagsOf(instances, row);
        snapshot.instances.append(instance);
    }
    std::sort(snapshot.instances.begin(), snapshot.instances.end(),
              [](const Instance &left, const Instance &right) { return left.id < right.id; });
    for (const OfferingFact &fact : offerings)
        snapshot.offerings.append(
            {fact.id, fact.name, fact.disabled, drafts.contains(fact.id), fact.updatedMs});
    std::sort(snapshot.offerings.begin(), snapshot.offerings.end(),
              [](const Offering &left, const Offering &right) { return left.id < right.id; });
    return snapshot;
}

OverviewFigures VisitSnapshot::figures() const
{
    OverviewFigures figures(draftsKnown);
    for (const Offering &offering : offerings)
        figures.addOffering(offering.disabled, offering.draft);
    for (const Instance &instance : instances)
        ++figures.instances[stateOf(instance.flags)];
    return figures;
}

QString VisitSnapshot::offeringName(qint64 id) const
{
    const auto it =
        std::lower_bound(offerings.cbegin(), offerings.cend(), id,
                         [](const Offering &offering, qint64 wanted) { return offering.id < wanted; });
    return it != offerings.cend() && it->id == id ? it->name : QString();
}

QString VisitSnapshot::pathFor(const QString &profileKey)
{
    // Readable, and apart: the key's plain letters and a hash of all of it
    // (two names that differ only in letters replaced here stay two files).
    QString name;
    for (const QChar c : profileKey)
        name.append((c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' ? c : QChar(u'_'));
    const QByteArray hash =
        QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/visits/") +
           name.left(80) + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".visit");
}

bool VisitSnapshot::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << Version << takenAt << complete << draftsKnown << accounts << comments;
    out << quint64(instances.size());
    for (const Instance &instance : instances)
        out << instance.id << instance.offeringId << instance.account << instance.comment << instance.flags;
    out << quint64(offerings.size());
    for (const Offering &offering : offerings)
        out << offering.id << offering.name << offering.disabled << offering.draft << offering.updatedMs;
    if (out.status() != QDataStream::Ok || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<VisitSnapshot> VisitSnapshot::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (magic != Magic || version != Version)
        return std::nullopt;
    VisitSnapshot snapshot;
    quint64 count = 0;
    in >> snapshot.takenAt >> snapshot.complete >> snapshot.draftsKnown >> snapshot.accounts >>
        snapshot.comments >> count;
    // A damaged count must not allocate the world: at most what the file can hold.
    if (in.status() != QDataStream::Ok || count > quint64(file.size()))
        return std::nullopt;
    snapshot.instances.resize(qsizetype(count));
    for (Instance &instance : snapshot.instances)
        in >> instance.id >> instance.offeringId >> instance.account >> instance.comment >> instance.flags;
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint64(file.size()))
        return std::nullopt;
    snapshot.offerings.resize(qsizetype(count));
    for (Offering &offering : snapshot.offerings)
        in >> offering.id >> offering.name >> offering.disabled >> offering.draft >> offering.updatedMs;
    if (in.status() != QDataStream::Ok || snapshot.accounts.isEmpty() || snapshot.comments.isEmpty())
        return std::nullopt;
    for (const Instance &instance : std::as_const(snapshot.instances)) {
        if (instance.account >= quint32(snapshot.accounts.size()) ||
            instance.comment >= quint32(snapshot.comments.size()))
            return std::nullopt;
    }
    return snapshot;
}

} // namespace pc
