#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace pc {

// The languages the console speaks, the user's choice among them, and putting
// that choice into effect. The choice is kept in QSettings (view/language: ""
// for the system's language, else "en", "nl" or "de"); main.cpp applies it
// before any window is built, and View → Language switches it while the
// console runs, without a restart: the translators of Qt's own strings and of
// the console's are replaced (the English plural forms, installed first by
// pc::plurals, stay under them: a language without a message of its own still
// says "1 row"), and the default QLocale with them, so numbers and dates
// follow. Every widget then gets QEvent::LanguageChange and says its texts
// again (a retranslate() called from its constructor and its changeEvent()).
namespace Languages {

struct Language
{
    QString code;       // "en", "nl", "de"
    QString nativeName; // in its own language, never translated: "Nederlands"
};

// English, Nederlands, Deutsch.
QList<Language> available();

// The stored choice: "" (the system's language) or a code of available().
// A code that is not (an older or a hand-edited setting) reads as "".
QString stored();
void store(const QString &code);

// The locale `code` stands for: the system's for "" and for a code in the
// system's own language (a Belgian who picks Nederlands keeps nl_BE's
// numbers and dates), else the language's own (QLocale("de")).
QLocale localeFor(const QString &code);

// Puts `code` into effect: the default QLocale, then Qt's catalogue (qtbase_xx
// from QLibraryInfo::TranslationsPath) and the console's
// (provider-console_xx from catalogueFolder()), replacing those apply()
// installed before. Needs the application object; the translators are its
// children.
void apply(const QString &code);
// What apply() last put into effect ("" also before it ran).
QString current();

// Where the console's catalogues are: ":/i18n", embedded in the program.
// Tests, which do not embed them, read the ones lrelease writes.
QString catalogueFolder();
void setCatalogueFolder(const QString &folder);

} // namespace Languages

} // namespace pc
