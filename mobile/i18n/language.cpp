#include "i18n/language.h"

#include "settings/app_settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcLanguage, "fv.i18n")

namespace {

const QString kChinese = QStringLiteral("zh_CN");
const QString kEnglish = QStringLiteral("en");

} // namespace

Language::Language(AppSettings& settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_choice(settings.languageChoice())
{
    if (!available().contains(m_choice)) m_choice.clear();
    apply();
}

Language::~Language() { QCoreApplication::removeTranslator(&m_translator); }

void Language::setEngine(QQmlEngine* engine) { m_engine = engine; }

QStringList Language::available() const { return {kChinese, kEnglish}; }

void Language::setChoice(const QString& choice)
{
    const QString valid = available().contains(choice) ? choice : QString();
    if (valid == m_choice) return;
    m_choice = valid;
    m_settings.setLanguageChoice(m_choice);
    apply();
}

QString Language::systemLanguage()
{
    for (const QString& tag : QLocale::system().uiLanguages()) {
        if (tag.startsWith(QLatin1String("zh"))) return kChinese;
        if (tag.startsWith(QLatin1String("en"))) return kEnglish;
    }
    return kChinese;
}

void Language::apply()
{
    const QString language = m_choice.isEmpty() ? systemLanguage() : m_choice;
    QCoreApplication::removeTranslator(&m_translator);
    // English is also a translation: it holds the plural forms ("1 change", "2 changes").
    if (m_translator.load(QStringLiteral(":/i18n/fieldvisit_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcLanguage) << "no translation for" << language << "in the app's resources";
    QLocale::setDefault(QLocale(language)); // dates and numbers in QML follow
    m_current = language;
    if (m_engine) m_engine->retranslate();
    emit changed(); // the choice changed even when the language in use did not
}
