#include "app/editing/draftstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using pc::DraftStore;

// Crash drafts on disk: saved, listed oldest first per connection, loaded
// back as written, replaced and removed; owner-only; damaged or foreign
// files skipped without hiding the good ones.
class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aSavedDraftLoadsBack();
    void savingAgainReplacesTheDraft();
    void draftsAreListedOldestFirst();
    void eachConnectionHasItsOwnDrafts();
    void anyKeyOrScopeStaysOneFileInsideTheFolder();
    void draftsAreOwnerOnly();
    void damagedFilesAreSkipped();
    void removeDeletesOnlyThatDraft();
    void anUncreatableFolderSaysWhy();
    void theDefaultFolderIsInTheAppData();

private:
    QString root() const { return m_dir->filePath(QStringLiteral("drafts")); }
    static QJsonObject form(const QString &description);
    QStringList filesUnderRoot() const;
    static void waitForTheClockToPass(const QDateTime &time);

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QString kScope = QStringLiteral("wdc@api.example.com");

// POSIX mode bits: QFileInfo::permissions() mixes owner and "current user".
static mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

void TestDraftStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // defaultDirectory() must not be the user's
    QLoggingCategory::setFilterRules(QStringLiteral("pc.drafts.warning=false")); // damaged files on purpose
}

void TestDraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QJsonObject TestDraftStore::form(const QString &description)
{
    return QJsonObject{{QStringLiteral("values"), QJsonObject{{QStringLiteral("description"), description}}},
                       {QStringLiteral("opened_version"), QStringLiteral("2024-01-02T03:04:05Z")},
                       {QStringLiteral("touched"), QJsonArray{QStringLiteral("description")}}};
}

QStringList TestDraftStore::filesUnderRoot() const
{
    QStringList files;
    QDirIterator it(root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root()).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// savedAt has millisecond resolution: poll (no sleep) until it moves on.
void TestDraftStore::waitForTheClockToPass(const QDateTime &time)
{
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > time, 1000);
}

void TestDraftStore::aSavedDraftLoadsBack()
{
    DraftStore store(root());
    QCOMPARE(store.directory(), root());
    QVERIFY(store.drafts(kScope).isEmpty()); // nothing yet, not even a folder
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(store.save(kScope, QStringLiteral("offering-12"), form(QStringLiteral("half-written ✍️")),
                        &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());

    const QList<DraftStore::Draft> drafts = store.drafts(kScope);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().key, QStringLiteral("offering-12"));
    QCOMPARE(drafts.first().content, form(QStringLiteral("half-written ✍️")));
    QVERIFY(drafts.first().savedAt.isValid());
    QVERIFY(drafts.first().savedAt >= before.addMSecs(-1));
    QVERIFY(drafts.first().savedAt <= QDateTime::currentDateTimeUtc());
    // A second store on the same folder (the next run) sees it too.
    QCOMPARE(DraftStore(root()).drafts(kScope).size(), 1);
}

void TestDraftStore::savingAgainReplacesTheDraft()
{
    DraftStore store(root());
    QVERIFY(store.save(kScope, QStringLiteral("offering-12"), form(QStringLiteral("first"))));
    QVERIFY(store.save(kScope, QStringLiteral("offering-12"), form(QStringLiteral("second"))));
    const QList<DraftStore::Draft> drafts = store.drafts(kScope);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().content, form(QStringLiteral("second")));
    QCOMPARE(filesUnderRoot().size(), 1); // no temporary file left behind
}

void TestDraftStore::draftsAreListedOldestFirst()
{
    DraftStore store(root());
    // Keys against alphabetical order, so the order can only come from the time.
    const QStringList keys{QStringLiteral("offering-3"), QStringLiteral("new-b"),
                           QStringLiteral("offering-1")};
    for (const QString &key : keys) {
        QVERIFY(store.save(kScope, key, form(key)));
        waitForTheClockToPass(QDateTime::currentDateTimeUtc());
    }
    QList<DraftStore::Draft> drafts = store.drafts(kScope);
    QCOMPARE(drafts.size(), 3);
    QCOMPARE((QStringList{drafts.at(0).key, drafts.at(1).key, drafts.at(2).key}), keys);
    QVERIFY(drafts.at(0).savedAt < drafts.at(1).savedAt);

    // Saving one again makes it the newest.
    QVERIFY(store.save(kScope, keys.first(), form(QStringLiteral("typed on"))));
    drafts = store.drafts(kScope);
    QCOMPARE(drafts.constLast().key, keys.first());
    QCOMPARE(drafts.constLast().content, form(QStringLiteral("typed on")));
    QCOMPARE(drafts.constFirst().key, keys.at(1));
}

void TestDraftStore::eachConnectionHasItsOwnDrafts()
{
    DraftStore store(root());
    const QString other = QStringLiteral("wdc@127.0.0.1:8443");
    QVERIFY(store.save(kScope, QStringLiteral("offering-1"), form(QStringLiteral("production"))));
    QVERIFY(store.save(other, QStringLiteral("offering-1"), form(QStringLiteral("sandbox"))));
    QVERIFY(store.save(other, QStringLiteral("offering-2"), form(QStringLiteral("sandbox 2"))));

    QCOMPARE(store.drafts(kScope).size(), 1);
    QCOMPARE(store.drafts(kScope).first().content, form(QStringLiteral("production")));
    QCOMPARE(store.drafts(other).size(), 2);
    QVERIFY(store.drafts(QStringLiteral("someone@api.example.com")).isEmpty());
    QCOMPARE(QDir(root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
}

void TestDraftStore::anyKeyOrScopeStaysOneFileInsideTheFolder()
{
    DraftStore store(root());
    const QString scope = QStringLiteral("ops/../team é@host:1%2=3");
    // "../../escape" also makes a dot file, which must still be listed.
    const QStringList keys{QStringLiteral("new-a/b"), QStringLiteral("../../escape"),
                           QStringLiteral("ü 100%=*?"), QStringLiteral("new-=2F")};
    for (const QString &key : keys)
        QVERIFY(store.save(scope, key, form(key)));

    const QStringList files = filesUnderRoot();
    QCOMPARE(files.size(), keys.size()); // no two keys share a file
    for (const QString &file : files) {
        QCOMPARE(file.count(QLatin1Char('/')), 1); // <scope folder>/<key file>
        QVERIFY2(!file.startsWith(QLatin1String("..")), qPrintable(file));
        QVERIFY2(file.endsWith(QLatin1String(".json")), qPrintable(file));
    }
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("escape.json"))));

    QStringList back;
    for (const DraftStore::Draft &draft : store.drafts(scope)) {
        QCOMPARE(draft.content, form(draft.key));
        back.append(draft.key);
    }
    back.sort();
    QStringList expected = keys;
    expected.sort();
    QCOMPARE(back, expected);
}

void TestDraftStore::draftsAreOwnerOnly()
{
    DraftStore store(root());
    QVERIFY(store.save(kScope, QStringLiteral("offering-12"), form(QStringLiteral("private"))));
    const QStringList files = filesUnderRoot();
    QCOMPARE(files.size(), 1);
    const QString file = QDir(root()).filePath(files.first());
    QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(modeOf(QFileInfo(file).absolutePath()), mode_t(0700)); // the connection's folder

    // Replacing keeps it owner-only, even if it was loosened meanwhile.
    QVERIFY(QFile::setPermissions(file,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(store.save(kScope, QStringLiteral("offering-12"), form(QStringLiteral("still private"))));
    QCOMPARE(modeOf(file), mode_t(0600));
}

void TestDraftStore::damagedFilesAreSkipped()
{
    DraftStore store(root());
    QVERIFY(store.save(kScope, QStringLiteral("offering-1"), form(QStringLiteral("good"))));
    QVERIFY(store.save(QStringLiteral("other@example.com"), QStringLiteral("offering-2"),
                       form(QStringLiteral("theirs"))));
    const QString folder = QFileInfo(QDir(root()).filePath(filesUnderRoot().constLast())).absolutePath();
    QCOMPARE(store.drafts(kScope).size(), 1);
    const QString otherFile = QDir(root()).filePath(filesUnderRoot().constFirst());
    QVERIFY(!otherFile.startsWith(folder));

    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    };
    write(QStringLiteral("cut.json"), "{\"key\":\"cut\",\"scope\":\"wdc@api.example.com\",\"content\":{\"va");
    write(QStringLiteral("garbage.json"), "\x01\x02 not json {");
    write(QStringLiteral("empty.json"), "");
    write(QStringLiteral("array.json"), "[1,2,3]");
    write(QStringLiteral("no-content.json"),
          "{\"key\":\"x\",\"scope\":\"wdc@api.example.com\",\"content\":{}}");
    write(QStringLiteral("notes.txt"),
          "{\"key\":\"txt\",\"scope\":\"wdc@api.example.com\",\"content\":{\"a\":1}}");
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/dir.json")));
    // Another connection's draft copied in by hand is not this one's.
    QVERIFY(QFile::copy(otherFile, folder + QStringLiteral("/copied.json")));

    const QList<DraftStore::Draft> drafts = store.drafts(kScope);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().key, QStringLiteral("offering-1"));
    QCOMPARE(drafts.first().content, form(QStringLiteral("good")));
    // The damage stays where it is (the user may want it) and saving still works.
    QVERIFY(QFile::exists(folder + QStringLiteral("/cut.json")));
    QVERIFY(store.save(kScope, QStringLiteral("offering-3"), form(QStringLiteral("more"))));
    QCOMPARE(store.drafts(kScope).size(), 2);
}

void TestDraftStore::removeDeletesOnlyThatDraft()
{
    DraftStore store(root());
    const QString other = QStringLiteral("other@example.com");
    QVERIFY(store.save(kScope, QStringLiteral("offering-1"), form(QStringLiteral("a"))));
    QVERIFY(store.save(kScope, QStringLiteral("offering-2"), form(QStringLiteral("b"))));
    QVERIFY(store.save(other, QStringLiteral("offering-1"), form(QStringLiteral("c"))));

    QVERIFY(store.remove(kScope, QStringLiteral("offering-1")));
    const QList<DraftStore::Draft> left = store.drafts(kScope);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().key, QStringLiteral("offering-2"));
    QCOMPARE(store.drafts(other).size(), 1); // the same key elsewhere is untouched
    QCOMPARE(filesUnderRoot().size(), 2);

    // Nothing to remove is not a failure: the draft is gone either way.
    QVERIFY(store.remove(kScope, QStringLiteral("offering-1")));
    QVERIFY(store.remove(QStringLiteral("never@seen.example"), QStringLiteral("new-x")));
    QCOMPARE(filesUnderRoot().size(), 2);
}

void TestDraftStore::anUncreatableFolderSaysWhy()
{
    // A file where the drafts folder should be (permissions do not stop root).
    QFile blocker(root());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DraftStore store(root());
    QString error;
    QVERIFY(!store.save(kScope, QStringLiteral("offering-1"), form(QStringLiteral("lost")), &error));
    QVERIFY2(error.contains(root()), qPrintable(error));
    QVERIFY(
        !store.save(kScope, QStringLiteral("offering-1"), form(QStringLiteral("lost")))); // no text asked for
    QVERIFY(store.drafts(kScope).isEmpty());
}

void TestDraftStore::theDefaultFolderIsInTheAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(DraftStore::defaultDirectory(), appData + QStringLiteral("/drafts"));
    QCOMPARE(DraftStore().directory(), DraftStore::defaultDirectory());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
