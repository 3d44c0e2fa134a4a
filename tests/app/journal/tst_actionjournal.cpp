#include "app/journal/actionjournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using pc::ActionJournal;
using pc::JournalEntry;

// The action journal on disk: one compact JSON line per write, appended;
// owner-only; read back oldest first, skipping (and counting) damaged lines
// without losing the good ones around them.
class TestActionJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void eachAppendAddsOneCompactJsonLine();
    void entriesReadBackOldestFirstWithEveryField();
    void aLineHoldsOnlyTheDocumentedKeys();
    void theFileIsOwnerOnly();
    void anExistingLooseFileIsTightenedOnAppend();
    void missingFoldersAreCreated();
    void aMissingJournalReadsAsEmpty();
    void damagedLinesAreSkippedAndCounted();
    void aLineWithMissingKeysReadsWithDefaults();
    void anAppendAfterACutLineKeepsTheNewEntry();
    void anUnopenableJournalSaysWhy();
    void theDefaultPathIsInTheAppDataFolder();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }
    static JournalEntry sampleEntry(qint64 recordId, const QString &action);
    static QList<QByteArray> lines(const QString &path);
    static void writeRaw(const QString &path, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

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

void TestActionJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // defaultPath() must not be the user's
}

void TestActionJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

JournalEntry TestActionJournal::sampleEntry(qint64 recordId, const QString &action)
{
    JournalEntry entry;
    entry.time = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC).addSecs(recordId);
    entry.host = QStringLiteral("api.example.com");
    entry.account = QStringLiteral("wdc");
    entry.recordType = QStringLiteral("app_offering");
    entry.recordId = recordId;
    entry.action = action;
    entry.before = QJsonObject{{QStringLiteral("name"), QStringLiteral("Old ⚙")}};
    entry.after = QJsonObject{{QStringLiteral("name"), QStringLiteral("New ⚙")}};
    entry.ok = true;
    entry.httpStatus = 200;
    return entry;
}

QList<QByteArray> TestActionJournal::lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> result = file.readAll().split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast(); // after the final newline
    return result;
}

void TestActionJournal::writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestActionJournal::eachAppendAddsOneCompactJsonLine()
{
    ActionJournal journal(path());
    QCOMPARE(journal.filePath(), path());
    QString error;
    QVERIFY2(journal.append(sampleEntry(1, QStringLiteral("create")), &error), qPrintable(error));
    QVERIFY(journal.append(sampleEntry(2, QStringLiteral("update"))));

    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith('\n')); // each line complete, the next one starts clean
    const QList<QByteArray> written = lines(path());
    QCOMPARE(written.size(), 2);
    for (int i = 0; i < written.size(); ++i) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(written.at(i), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        QCOMPARE(document.toJson(QJsonDocument::Compact), written.at(i)); // compact: one line each
        QCOMPARE(document.object().value(QStringLiteral("record_id")).toInteger(), i + 1);
    }
    const QJsonObject first = QJsonDocument::fromJson(written.first()).object();
    QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2024-03-05T14:07:10.123Z"));
    QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
}

void TestActionJournal::entriesReadBackOldestFirstWithEveryField()
{
    ActionJournal journal(path());
    JournalEntry failed = sampleEntry(0, QStringLiteral("create"));
    failed.ok = false;
    failed.httpStatus = 422;
    failed.message = QStringLiteral("Name has already been taken");
    failed.before = {};
    failed.after = QJsonObject{{QStringLiteral("disabled"), true}, {QStringLiteral("rate"), 12.5}};
    // Written out of time order: the file's order is what counts.
    QVERIFY(journal.append(sampleEntry(30, QStringLiteral("suspend"))));
    QVERIFY(journal.append(failed));
    QVERIFY(journal.append(sampleEntry(10, QStringLiteral("resume"))));

    int skipped = -1;
    const QList<JournalEntry> entries = journal.readAll(&skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).action, QStringLiteral("suspend"));
    QCOMPARE(entries.at(2).action, QStringLiteral("resume"));

    const JournalEntry &back = entries.at(1);
    QCOMPARE(back.time, failed.time);
    QCOMPARE(back.time.time().msec(), 123); // milliseconds survive
    QCOMPARE(back.host, failed.host);
    QCOMPARE(back.account, failed.account);
    QCOMPARE(back.recordType, failed.recordType);
    QCOMPARE(back.recordId, 0);
    QCOMPARE(back.action, failed.action);
    QCOMPARE(back.before, failed.before);
    QCOMPARE(back.after, failed.after);
    QCOMPARE(back.ok, false);
    QCOMPARE(back.httpStatus, 422);
    QCOMPARE(back.message, failed.message);
    QCOMPARE(entries.at(0).ok, true);
    QCOMPARE(entries.at(0).before.value(QStringLiteral("name")).toString(), QStringLiteral("Old ⚙"));
}

void TestActionJournal::aLineHoldsOnlyTheDocumentedKeys()
{
    // The connection is named by host and account only: no token, no URL,
    // nothing else can slip into a line.
    ActionJournal journal(path());
    JournalEntry entry = sampleEntry(7, QStringLiteral("disable"));
    QVERIFY(journal.append(entry));
    entry.ok = false;
    entry.message = QStringLiteral("Forbidden");
    QVERIFY(journal.append(entry));

    const QList<QByteArray> written = lines(path());
    QCOMPARE(written.size(), 2);
    const QStringList keys{QStringLiteral("account"),     QStringLiteral("action"),
                           QStringLiteral("after"),       QStringLiteral("before"),
                           QStringLiteral("host"),        QStringLiteral("http_status"),
                           QStringLiteral("ok"),          QStringLiteral("record_id"),
                           QStringLiteral("record_type"), QStringLiteral("time")};
    QCOMPARE(QJsonDocument::fromJson(written.at(0)).object().keys(), keys); // no message when it worked
    QStringList withMessage = keys;
    withMessage.insert(withMessage.indexOf(QStringLiteral("ok")), QStringLiteral("message"));
    QCOMPARE(QJsonDocument::fromJson(written.at(1)).object().keys(), withMessage);
}

void TestActionJournal::theFileIsOwnerOnly()
{
    ActionJournal journal(path());
    QVERIFY(journal.append(sampleEntry(1, QStringLiteral("update"))));
    QCOMPARE(modeOf(path()), mode_t(0600));
    QVERIFY(journal.append(sampleEntry(2, QStringLiteral("update"))));
    QCOMPARE(modeOf(path()), mode_t(0600));
}

void TestActionJournal::anExistingLooseFileIsTightenedOnAppend()
{
    writeRaw(path(),
             QJsonDocument(sampleEntry(1, QStringLiteral("create")).toJson()).toJson(QJsonDocument::Compact) +
                 '\n');
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(modeOf(path()), mode_t(0644));

    ActionJournal journal(path());
    QVERIFY(journal.append(sampleEntry(2, QStringLiteral("update"))));
    QCOMPARE(modeOf(path()), mode_t(0600));
    QCOMPARE(journal.readAll().size(), 2); // appended, not replaced
}

void TestActionJournal::missingFoldersAreCreated()
{
    const QString nested = m_dir->filePath(QStringLiteral("a/b/c/journal.jsonl"));
    ActionJournal journal(nested);
    QString error;
    QVERIFY2(journal.append(sampleEntry(1, QStringLiteral("create")), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(journal.readAll().size(), 1);
}

void TestActionJournal::aMissingJournalReadsAsEmpty()
{
    ActionJournal journal(m_dir->filePath(QStringLiteral("never-written.jsonl")));
    int skipped = -1;
    QVERIFY(journal.readAll(&skipped).isEmpty());
    QCOMPARE(skipped, 0);
    QVERIFY(!QFile::exists(journal.filePath())); // reading creates nothing
}

void TestActionJournal::damagedLinesAreSkippedAndCounted()
{
    const auto line = [](qint64 id) {
        return QJsonDocument(sampleEntry(id, QStringLiteral("update")).toJson())
            .toJson(QJsonDocument::Compact);
    };
    QByteArray bytes;
    bytes += line(1) + '\n';
    bytes += line(2).left(25) + '\n';      // cut short
    bytes += "\n   \n";                    // blank lines are not damage
    bytes += "not json at all \x01\xff\n"; // garbage
    bytes += "[1, 2, 3]\n";                // JSON, but not an entry
    bytes += "  " + line(3) + "  \r\n";    // surrounding blanks, CRLF
    bytes += line(4).left(40);             // the last line, cut by a crash
    writeRaw(path(), bytes);

    int skipped = -1;
    const QList<JournalEntry> entries = ActionJournal(path()).readAll(&skipped);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).recordId, 1);
    QCOMPARE(entries.at(1).recordId, 3);
    QCOMPARE(skipped, 4);
    QCOMPARE(ActionJournal(path()).readAll().size(), 2); // the count is optional
}

void TestActionJournal::aLineWithMissingKeysReadsWithDefaults()
{
    // Older or hand-edited lines: whatever is there is kept, the rest is empty.
    writeRaw(path(), "{\"action\":\"suspend\",\"record_id\":12,\"extra\":[1]}\n{}\n");
    int skipped = -1;
    const QList<JournalEntry> entries = ActionJournal(path()).readAll(&skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("suspend"));
    QCOMPARE(entries.at(0).recordId, 12);
    QVERIFY(!entries.at(0).time.isValid());
    QVERIFY(!entries.at(0).ok);
    QCOMPARE(entries.at(0).httpStatus, 0);
    QVERIFY(entries.at(0).after.isEmpty());
    QVERIFY(entries.at(1).action.isEmpty());
}

void TestActionJournal::anAppendAfterACutLineKeepsTheNewEntry()
{
    // "A crash loses at most the line being written": the next write must not
    // be glued to the cut line and lost with it.
    const QByteArray first =
        QJsonDocument(sampleEntry(1, QStringLiteral("create")).toJson()).toJson(QJsonDocument::Compact);
    const QByteArray cut =
        QJsonDocument(sampleEntry(2, QStringLiteral("update")).toJson()).toJson(QJsonDocument::Compact);
    writeRaw(path(), first + '\n' + cut.left(cut.size() / 2));

    ActionJournal journal(path());
    QVERIFY(journal.append(sampleEntry(3, QStringLiteral("suspend"))));
    int skipped = -1;
    const QList<JournalEntry> entries = journal.readAll(&skipped);
    QCOMPARE(skipped, 1);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).recordId, 1);
    QCOMPARE(entries.at(1).recordId, 3);
    QCOMPARE(entries.at(1).action, QStringLiteral("suspend"));
}

void TestActionJournal::anUnopenableJournalSaysWhy()
{
    // A folder where the file should be (permissions do not stop root).
    const QString blocked = m_dir->filePath(QStringLiteral("blocked.jsonl"));
    QVERIFY(QDir().mkpath(blocked));
    ActionJournal journal(blocked);
    QString error;
    QVERIFY(!journal.append(sampleEntry(1, QStringLiteral("create")), &error));
    QVERIFY2(error.contains(blocked), qPrintable(error));
    QVERIFY(!journal.append(sampleEntry(1, QStringLiteral("create")))); // no error text asked for
    int skipped = -1;
    QVERIFY(journal.readAll(&skipped).isEmpty());
    QCOMPARE(skipped, 0);
}

void TestActionJournal::theDefaultPathIsInTheAppDataFolder()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(ActionJournal::defaultPath(), QDir(appData).filePath(QStringLiteral("journal.jsonl")));
    QCOMPARE(ActionJournal().filePath(), ActionJournal::defaultPath());
}

QTEST_GUILESS_MAIN(TestActionJournal)
#include "tst_actionjournal.moc"
