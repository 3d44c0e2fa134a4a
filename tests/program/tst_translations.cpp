#include "tests/support/windowtour.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <algorithm>
#include <memory>

using namespace testsupport;

// The console in Dutch and German, as a user of each gets it: the programs'
// --help (theirs and Qt's own lines) has no English sentence left, and every
// menu and action of the main window is translated, with mnemonics that do
// not clash in any window or dialog.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpIsTranslated_data();
    void helpIsTranslated();
    void menusAreTranslated_data();
    void menusAreTranslated();
    void mnemonicsAreUniqueInEachLanguage_data();
    void mnemonicsAreUniqueInEachLanguage();

private:
    // What the main window's menu bar says: each menu's title, then each of
    // its actions, keyed by where they stand ("menu 2", "menu 2 / refresh").
    static QMap<QString, QString> menuTexts(pc::MainWindow *window);
    // Installs Qt's and the console's catalogues for `language` ("nl", "de").
    void speak(const QString &language);

    QMap<QString, QString> m_englishMenus;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

namespace {

// The environment of a user of `language`; "en": a machine with no language set.
QProcessEnvironment environmentIn(const QString &language)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString locale = language == QLatin1String("en")
                               ? QStringLiteral("C.UTF-8")
                               : QStringLiteral("%1_%2.UTF-8").arg(language, language.toUpper());
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), language == QLatin1String("en") ? QString() : language);
    return environment;
}

QString helpOf(const QString &program, const QString &language)
{
    QProcess process;
    process.setProcessEnvironment(environmentIn(language));
    process.start(program, {QStringLiteral("--help")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("(%1 --help failed: %2)")
            .arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The runs of three or more plain English words with a little word of the
// language in them ("the", "or", "to", …) in `help`: an option's description,
// a sentence of the introduction. None may stay untranslated. Option names,
// placeholders, the commands' synopsis and the sandbox's fault kinds (words
// it takes as they are) are not such runs.
QStringList sentencesOf(const QString &help)
{
    static const QRegularExpression run(
        QStringLiteral("(?<![-\\w/.=])[A-Za-z][a-z']*(?:[ ,;]+[A-Za-z][a-z']*(?![-\\w/=])){2,}"));
    static const QSet<QString> littleWords{
        QStringLiteral("the"), QStringLiteral("a"),   QStringLiteral("an"),  QStringLiteral("of"),
        QStringLiteral("to"),  QStringLiteral("or"),  QStringLiteral("and"), QStringLiteral("in"),
        QStringLiteral("on"),  QStringLiteral("for"), QStringLiteral("is"),  QStringLiteral("with")};
    QStringList sentences;
    for (auto it = run.globalMatch(help); it.hasNext();) {
        const QString sentence = it.next().captured();
        const QStringList words = sentence.toLower().split(QRegularExpression(QStringLiteral("[ ,;]+")));
        if (std::any_of(words.cbegin(), words.cend(),
                        [](const QString &word) { return littleWords.contains(word); }))
            sentences.append(sentence);
    }
    return sentences;
}

} // namespace

void TestTranslations::initTestCase()
{
    forgetEarlierSessions();
    WindowTour tour;
    QVERIFY2(tour.open(QStringLiteral("offerings")), qPrintable(tour.error()));
    m_englishMenus = menuTexts(tour.mainWindow());
    QVERIFY(m_englishMenus.size() > 20);
}

void TestTranslations::helpIsTranslated_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("language");
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("de")}) {
        QTest::addRow("provider-console %s", qPrintable(language))
            << QStringLiteral(PROVIDER_CONSOLE_PATH) << language;
        QTest::addRow("provider-sandbox %s", qPrintable(language))
            << QStringLiteral(PROVIDER_SANDBOX_PATH) << language;
    }
}

void TestTranslations::helpIsTranslated()
{
    QFETCH(QString, program);
    QFETCH(QString, language);
    const QString english = helpOf(program, QStringLiteral("en"));
    const QString translated = helpOf(program, language);
    const QStringList sentences = sentencesOf(english);
    // The English help has sentences to look for (the check would pass on nothing otherwise).
    QVERIFY2(sentences.size() > 10, qPrintable(english));
    QStringList left;
    for (const QString &sentence : sentences) {
        if (translated.contains(sentence))
            left.append(sentence);
    }
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("still in English:\n  ") + left.join(QStringLiteral("\n  ")) +
                        QStringLiteral("\n\n") + translated));
    // Qt's own lines (QCommandLineParser) as well: its catalogue is installed.
    QVERIFY2(!translated.contains(QStringLiteral("Usage:")), qPrintable(translated));
    QVERIFY2(!translated.contains(QStringLiteral("Displays help")), qPrintable(translated));
    QVERIFY2(!translated.contains(QStringLiteral("Displays version information")), qPrintable(translated));
}

void TestTranslations::menusAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    // Words that are the same in English and in that language.
    QTest::addColumn<QStringList>("alike");
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList{QStringLiteral("&Record"), QStringLiteral("&Help")};
    QTest::newRow("de") << QStringLiteral("de") << QStringList{QStringLiteral("&Journal")};
}

void TestTranslations::menusAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, alike);
    speak(language);
    WindowTour tour;
    QVERIFY2(tour.open(QStringLiteral("offerings")), qPrintable(tour.error()));
    const QMap<QString, QString> translated = menuTexts(tour.mainWindow());
    QCOMPARE(translated.keys(), m_englishMenus.keys());
    QStringList untranslated;
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        if (it.value() == m_englishMenus.value(it.key()) && !alike.contains(it.value()))
            untranslated.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("\n  ") + untranslated.join(QStringLiteral("\n  "))));
    // The allow-list holds only words that really are alike, and still are.
    for (const QString &word : std::as_const(alike))
        QVERIFY2(translated.values().contains(word), qPrintable(word));
}

void TestTranslations::mnemonicsAreUniqueInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("stop");
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("de")}) {
        for (const QString &stop : WindowTour::stops())
            QTest::addRow("%s %s", qPrintable(language), qPrintable(stop)) << language << stop;
    }
}

void TestTranslations::mnemonicsAreUniqueInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, stop);
    speak(language);
    const QStringList clashes = clashingMnemonicsAt(stop);
    QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("\n  ") + clashes.join(QStringLiteral("\n  "))));
}

QMap<QString, QString> TestTranslations::menuTexts(pc::MainWindow *window)
{
    QMap<QString, QString> texts;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (int i = 0; i < menus.size(); ++i) {
        const QString menu = QStringLiteral("menu %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        texts.insert(menu, menus.at(i)->text());
        if (!menus.at(i)->menu())
            continue;
        for (QAction *action : menus.at(i)->menu()->actions()) {
            if (!action->isSeparator() && action->isVisible())
                texts.insert(menu + QStringLiteral(" / ") + action->objectName(), action->text());
        }
    }
    return texts;
}

void TestTranslations::speak(const QString &language)
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
    const QLocale locale(language);
    const QList<QPair<QString, QString>> catalogues{
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("provider-console"), QStringLiteral(PC_CATALOGUE_DIR)}};
    for (const auto &[name, folder] : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        QVERIFY2(translator->load(locale, name, QStringLiteral("_"), folder),
                 qPrintable(QStringLiteral("no %1 catalogue for %2 in %3").arg(name, language, folder)));
        QCoreApplication::installTranslator(translator.get());
        m_translators.push_back(std::move(translator));
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
