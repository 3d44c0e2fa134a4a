// The English plural forms: the sources say "%n row(s)", and this catalogue
// (its .qm keeps only the plural messages) says "1 row" and "2 rows". Installed as every
// application object is created (the program's and every test's), before
// the user's language is, which Qt asks first: a language without a
// translation of its own for a message still gets proper English plurals.

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishPlurals()
{
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(QStringLiteral(":/plurals/provider-console_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
