#include "ui/shell/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace pc::Languages {

namespace {

const QString SettingKey = QStringLiteral("view/language");

struct State
{
    QList<QPointer<QTranslator>> translators;
    QString current;
    QString catalogueFolder = QStringLiteral(":/i18n");
};

State &state()
{
    static State instance;
    return instance;
}

} // namespace

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("nl"), QStringLiteral("Nederlands")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString stored()
{
    const QString code = QSettings().value(SettingKey).toString();
    for (const Language &language : available()) {
        if (language.code == code)
            return code;
    }
    return {};
}

void store(const QString &code)
{
    QSettings().setValue(SettingKey, code);
}

QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale chosen(code);
    return chosen.language() == system.language() ? system : chosen;
}

void apply(const QString &code)
{
    QCoreApplication *application = QCoreApplication::instance();
    Q_ASSERT(application);
    State &languages = state();
    for (const QPointer<QTranslator> &translator : std::as_const(languages.translators)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    languages.translators.clear();
    const QLocale locale = localeFor(code);
    // Before the catalogues: installing one sends LanguageChange, and what
    // answers it formats its numbers with the default locale.
    QLocale::setDefault(locale);
    const QList<QPair<QString, QString>> catalogues{
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("provider-console"), languages.catalogueFolder}};
    for (const auto &[name, folder] : catalogues) {
        auto *translator = new QTranslator(application);
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            languages.translators.append(translator);
        } else {
            delete translator; // English has no catalogue of its own: the sources are English
        }
    }
    languages.current = code;
}

QString current()
{
    return state().current;
}

QString catalogueFolder()
{
    return state().catalogueFolder;
}

void setCatalogueFolder(const QString &folder)
{
    state().catalogueFolder = folder;
}

} // namespace pc::Languages
