#include "app/models/instancetable.h"
#include "app/overview/overview.h"
#include "app/overview/visitsnapshot.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pc::InstanceState;
using pc::InstanceTable;
using pc::VisitChange;
using pc::VisitSnapshot;

namespace {

pc::AppInstance instance(qint64 id, qint64 offering, bool disabled, bool enabled, bool suspended,
                         const QString &comment = QString())
{
    pc::AppInstance made;
    made.id = id;
    made.appOffering = {offering, QStringLiteral("Offering %1").arg(offering), QString()};
    made.customerAccount = {QStringLiteral("c%1").arg(id), QStringLiteral("Customer %1").arg(id)};
    made.disabled = disabled;
    made.enabledByCustomer = enabled;
    made.suspended = suspended;
    made.suspensionComment = comment;
    made.createdAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0));
    return made;
}

QList<pc::OfferingFact> offerings(qint64 updatedMs = 1000)
{
    return {{1, QStringLiteral("Slack"), false, updatedMs}, {2, QStringLiteral("Jira"), false, 1000}};
}

QList<VisitChange::Kind> kinds(const QList<VisitChange> &changes)
{
    QList<VisitChange::Kind> list;
    for (const VisitChange &change : changes)
        list.append(change.kind);
    return list;
}

} // namespace

// "Since your last visit" and the overview's tables: a snapshot kept and
// read back, the changes between two (installs, uninstalls, flags,
// offerings), what an incomplete snapshot cannot tell, the first visit,
// "mark as seen", and the four tables under QAbstractItemModelTester.
class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotSurvivesTheFile();
    void aDamagedFileIsNoSnapshot();
    void changesBetweenTwoVisits();
    void incompleteSnapshotsTellNoInstallsOrUninstalls();
    void changeLines();
    void firstVisitThenChangesThenMarkSeen();
    void tablesUnderTheModelTester();
    void adoptionChoiceRecomputesWithoutRows();
};

void TestOverview::snapshotSurvivesTheFile()
{
    QTemporaryDir dir;
    InstanceTable table;
    table.append(instance(7, 1, false, true, true, QStringLiteral("Unpaid")));
    table.append(instance(3, 2, true, false, false));
    const VisitSnapshot taken = VisitSnapshot::take(offerings(), {2}, true, table, true,
                                                    QDateTime(QDate(2025, 2, 3), QTime(4, 5), Qt::UTC));
    const QString path = dir.filePath(QStringLiteral("visits/p.visit"));
    QVERIFY(taken.save(path));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    const std::optional<VisitSnapshot> read = VisitSnapshot::load(path);
    QVERIFY(read);
    QCOMPARE(read->takenAt, taken.takenAt);
    QVERIFY(read->complete);
    QCOMPARE(read->instances.size(), 2);
    QCOMPARE(read->instances.first().id, 3); // kept in id order
    QCOMPARE(read->accountOf(read->instances.at(1)), QStringLiteral("Customer 7 (c7)"));
    QCOMPARE(read->comments.value(read->instances.at(1).comment), QStringLiteral("Unpaid"));
    QCOMPARE(read->figures(), taken.figures());
    QCOMPARE(read->figures().drafts, 1);
    QCOMPARE(read->figures().instances[InstanceState::Suspended], 1);
    QCOMPARE(read->offeringName(2), QStringLiteral("Jira"));
}

void TestOverview::aDamagedFileIsNoSnapshot()
{
    // One file per profile, also for names that differ only in letters a file name cannot hold.
    QVERIFY(VisitSnapshot::pathFor(QStringLiteral("profiles/Zürich")) !=
            VisitSnapshot::pathFor(QStringLiteral("profiles/Z_rich")));
    QVERIFY(VisitSnapshot::pathFor(QStringLiteral("profiles/Zürich")).endsWith(QStringLiteral(".visit")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.visit"));
    QVERIFY(!VisitSnapshot::load(path)); // none
    InstanceTable table;
    table.append(instance(1, 1, false, true, false));
    QVERIFY(
        VisitSnapshot::take(offerings(), {}, false, table, true, QDateTime::currentDateTime()).save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray bytes = file.readAll();
    file.resize(bytes.size() / 2); // cut off in the middle
    file.close();
    QVERIFY(!VisitSnapshot::load(path));
}

void TestOverview::changesBetweenTwoVisits()
{
    InstanceTable before;
    before.append(instance(1, 1, false, true, false));  // will be suspended
    before.append(instance(2, 1, false, true, true));   // will be resumed
    before.append(instance(3, 2, false, true, false));  // will be disabled
    before.append(instance(4, 2, false, true, false));  // will be uninstalled
    before.append(instance(5, 2, false, false, false)); // the customer enables it
    const VisitSnapshot was =
        VisitSnapshot::take(offerings(), {}, false, before, true, QDateTime::currentDateTime());
    InstanceTable after;
    after.append(instance(1, 1, false, true, true, QStringLiteral("Moving to another tool")));
    after.append(instance(2, 1, false, true, false));
    after.append(instance(3, 2, true, true, false));
    after.append(instance(5, 2, false, true, false));
    after.append(instance(9, 1, false, false, false)); // new
    QList<pc::OfferingFact> changed = offerings(2000); // Slack edited
    changed.append({3, QStringLiteral("New app"), false, 3000});
    const VisitSnapshot is =
        VisitSnapshot::take(changed, {}, false, after, true, QDateTime::currentDateTime());
    const QList<VisitChange> changes = pc::VisitChanges::between(was, is);
    QCOMPARE(kinds(changes), (QList<VisitChange::Kind>{
                                 VisitChange::Kind::Installed, VisitChange::Kind::Uninstalled,
                                 VisitChange::Kind::Suspended, VisitChange::Kind::Resumed,
                                 VisitChange::Kind::Disabled, VisitChange::Kind::EnabledByCustomer,
                                 VisitChange::Kind::OfferingAdded, VisitChange::Kind::OfferingChanged}));
    QCOMPARE(changes.at(0).id, 9);
    QCOMPARE(changes.at(1).id, 4);
    QCOMPARE(changes.at(1).account, QStringLiteral("Customer 4 (c4)")); // from the last visit: it is gone now
    QVERIFY(!changes.at(1).canOpen());
    QCOMPARE(changes.at(2).id, 1);
    QCOMPARE(changes.at(2).comment, QStringLiteral("Moving to another tool"));
    QCOMPARE(changes.at(2).offering, QStringLiteral("Slack"));
    QCOMPARE(changes.at(6).id, 3);
    QCOMPARE(changes.at(7).id, 1);
    QVERIFY(changes.at(7).isOffering());
    // Nothing changed: nothing to say.
    QVERIFY(pc::VisitChanges::between(is, is).isEmpty());
}

void TestOverview::incompleteSnapshotsTellNoInstallsOrUninstalls()
{
    InstanceTable first;
    first.append(instance(1, 1, false, true, false));
    first.append(instance(2, 1, false, true, false));
    InstanceTable second;
    second.append(instance(1, 1, false, true, true));
    second.append(instance(3, 1, false, true, false));
    const VisitSnapshot partial =
        VisitSnapshot::take(offerings(), {}, false, first, false, QDateTime::currentDateTime());
    const VisitSnapshot whole =
        VisitSnapshot::take(offerings(), {}, false, second, true, QDateTime::currentDateTime());
    // Row 3 may just not have been loaded last time; row 2 may not be loaded now.
    QCOMPARE(kinds(pc::VisitChanges::between(partial, whole)),
             QList<VisitChange::Kind>{VisitChange::Kind::Suspended});
    const VisitSnapshot partialNow =
        VisitSnapshot::take(offerings(), {}, false, second, false, QDateTime::currentDateTime());
    const VisitSnapshot wholeBefore =
        VisitSnapshot::take(offerings(), {}, false, first, true, QDateTime::currentDateTime());
    QCOMPARE(kinds(pc::VisitChanges::between(wholeBefore, partialNow)),
             (QList<VisitChange::Kind>{VisitChange::Kind::Installed, VisitChange::Kind::Suspended}));
}

void TestOverview::changeLines()
{
    VisitChange change;
    change.kind = VisitChange::Kind::Suspended;
    change.id = 12;
    change.account = QStringLiteral("Acme (acme)");
    change.offering = QStringLiteral("Slack");
    change.comment = QStringLiteral("Unpaid\ninvoice");
    QCOMPARE(pc::VisitChanges::text(change),
             QStringLiteral("Suspended: Acme (acme) — Slack (#12) (“Unpaid invoice”)"));
    change.kind = VisitChange::Kind::OfferingChanged;
    QCOMPARE(pc::VisitChanges::text(change), QStringLiteral("Offering changed: Slack (#12)"));
}

void TestOverview::firstVisitThenChangesThenMarkSeen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.visit"));
    InstanceTable table;
    table.append(instance(1, 1, false, true, false));
    {
        pc::Overview overview(path);
        QVERIFY(!overview.lastVisit().isValid());
        overview.update(offerings(), table, false);
        QVERIFY(!QFile::exists(path)); // rows not complete: no first visit from them
        overview.update(offerings(), table, true);
        QVERIFY(QFile::exists(path)); // the first complete one is the first visit
        QCOMPARE(overview.changesModel()->rowCount(), 0);
        QVERIFY(overview.isFirstVisit());
        QCOMPARE(overview.figuresModel()->changeText(pc::FiguresModel::Instances),
                 QString()); // nothing to compare with
    }
    table.append(instance(2, 1, false, true, true));
    {
        pc::Overview overview(path); // the next run
        QVERIFY(overview.lastVisit().isValid());
        overview.update(offerings(), table, true);
        QCOMPARE(overview.changesModel()->rowCount(), 1);
        QCOMPARE(overview.changesModel()->changes().first().kind, VisitChange::Kind::Installed);
        QCOMPARE(overview.figuresModel()->changeText(pc::FiguresModel::Instances), QStringLiteral("+1"));
        QCOMPARE(overview.figuresModel()->changeText(pc::FiguresModel::Suspended), QStringLiteral("+1"));
        QCOMPARE(overview.figuresModel()->changeText(pc::FiguresModel::Active), QStringLiteral("±0"));
        QSignalSpy updated(&overview, &pc::Overview::updated);
        QVERIFY(overview.markSeen());
        QCOMPARE(updated.count(), 1);
        QCOMPARE(overview.changesModel()->rowCount(), 0);
    }
    pc::Overview again(path);
    again.update(offerings(), table, true);
    QCOMPARE(again.changesModel()->rowCount(), 0); // marked as seen, and kept
}

void TestOverview::tablesUnderTheModelTester()
{
    QTemporaryDir dir;
    pc::Overview overview(dir.filePath(QStringLiteral("p.visit")));
    QAbstractItemModelTester figures(overview.figuresModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester bars(overview.barsModel(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester adoption(overview.adoptionModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester changes(overview.changesModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    InstanceTable table;
    overview.update(offerings(), table, true);
    for (qint64 id = 1; id <= 30; ++id)
        table.append(instance(id, 1 + id % 2, id % 7 == 0, id % 3 != 0, id % 5 == 0));
    overview.update(offerings(), table, true);
    QCOMPARE(overview.barsModel()->rowCount(), 2);
    QCOMPARE(overview.changesModel()->rowCount(), 30);
    // The bar table's numbers add up to the figures.
    qint64 total = 0;
    for (int row = 0; row < overview.barsModel()->rowCount(); ++row)
        total +=
            overview.barsModel()->index(row, pc::OfferingBarsModel::Total).data(Qt::UserRole).toLongLong();
    QCOMPARE(total, overview.figuresModel()->valueAt(pc::FiguresModel::Instances));
    QCOMPARE(
        overview.figuresModel()->index(pc::FiguresModel::Instances, pc::FiguresModel::Now).data().toString(),
        QStringLiteral("30"));
    overview.setAdoption(1, pc::AdoptionRange::All);
    overview.markSeen();
    QCOMPARE(overview.changesModel()->rowCount(), 0);
}

void TestOverview::adoptionChoiceRecomputesWithoutRows()
{
    pc::Overview overview{QString()};
    {
        InstanceTable table; // gone after the update: the overview keeps what it needs
        table.append(instance(1, 1, false, true, false));
        table.append(instance(2, 2, false, true, false));
        overview.update(offerings(), table, true);
    }
    overview.setAdoption(0, pc::AdoptionRange::All);
    QCOMPARE(overview.adoptionModel()->points().last().runningTotal, 2);
    overview.setAdoption(2, pc::AdoptionRange::All);
    QCOMPARE(overview.adoptionModel()->points().last().runningTotal, 1);
    QVERIFY(!overview.lastVisit().isValid()); // no path: no last visit kept
}

QTEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
