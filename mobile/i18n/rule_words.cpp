#include "i18n/rule_words.h"

#include "models/domain_labels.h"
#include "models/field_words.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>

namespace fv::app {
namespace {

constexpr const char* kContext = "RuleWords";

// Every fixed message of shared/domain, shared/json and shared/sync (grep for
// `out.push_back` and `fail(` there when adding a rule). Only listed here:
// lupdate reads the QT_TRANSLATE_NOOP marks, ruleMessage() translates at run time.
[[maybe_unused]] constexpr std::array kFixedMessages{
    QT_TRANSLATE_NOOP("RuleWords", "a delete carries no field changes"),
    QT_TRANSLATE_NOOP("RuleWords", "a record must be an object"),
    QT_TRANSLATE_NOOP("RuleWords", "an update must change at least one field"),
    QT_TRANSLATE_NOOP("RuleWords", "cannot be passed while a deliverable is not accepted"),
    QT_TRANSLATE_NOOP("RuleWords", "cannot be passed while a rectification item is open"),
    QT_TRANSLATE_NOOP("RuleWords", "is not a known field"),
    QT_TRANSLATE_NOOP("RuleWords", "is not a known operation"),
    QT_TRANSLATE_NOOP("RuleWords", "is out of range"),
    QT_TRANSLATE_NOOP("RuleWords", "is required for an issue raised during a visit"),
    QT_TRANSLATE_NOOP("RuleWords", "is required once the issue is assigned"),
    QT_TRANSLATE_NOOP("RuleWords", "is required once the visit has started"),
    QT_TRANSLATE_NOOP("RuleWords", "is required once the visit is completed"),
    QT_TRANSLATE_NOOP("RuleWords", "is required"),
    QT_TRANSLATE_NOOP("RuleWords", "is scored twice in this visit"),
    QT_TRANSLATE_NOOP("RuleWords", "is too large"),
    QT_TRANSLATE_NOOP("RuleWords", "must be 0 for a create"),
    QT_TRANSLATE_NOOP("RuleWords", "must be a SHA-256 digest: 64 lowercase hex digits"),
    QT_TRANSLATE_NOOP("RuleWords", "must be a date like 2026-03-31"),
    QT_TRANSLATE_NOOP("RuleWords", "must be a list"),
    QT_TRANSLATE_NOOP("RuleWords", "must be a media type such as image/jpeg"),
    QT_TRANSLATE_NOOP("RuleWords", "must be a number"),
    QT_TRANSLATE_NOOP("RuleWords", "must be a record id (a UUID such as 0190f5c2-…)"),
    QT_TRANSLATE_NOOP("RuleWords", "must be a time like 2026-03-31T09:30:00.000Z"),
    QT_TRANSLATE_NOOP("RuleWords", "must be a whole number"),
    QT_TRANSLATE_NOOP("RuleWords", "must be an email address"),
    QT_TRANSLATE_NOOP("RuleWords", "must be an image type for a photo"),
    QT_TRANSLATE_NOOP("RuleWords", "must be an object"),
    QT_TRANSLATE_NOOP("RuleWords", "must be between -180 and 180"),
    QT_TRANSLATE_NOOP("RuleWords", "must be between -90 and 90"),
    QT_TRANSLATE_NOOP("RuleWords", "must be between 0 and 1"),
    QT_TRANSLATE_NOOP("RuleWords", "must be more than 0"),
    QT_TRANSLATE_NOOP("RuleWords", "must be text"),
    QT_TRANSLATE_NOOP("RuleWords", "must be true before the issue is closed"),
    QT_TRANSLATE_NOOP("RuleWords", "must be true or false"),
    QT_TRANSLATE_NOOP("RuleWords", "must be visit or acceptance: only those are signed"),
    QT_TRANSLATE_NOOP("RuleWords", "must hold at least one point"),
    QT_TRANSLATE_NOOP("RuleWords", "must hold the signature's strokes"),
    QT_TRANSLATE_NOOP("RuleWords", "must not be before createdAt"),
    QT_TRANSLATE_NOOP("RuleWords", "must not be empty"),
    QT_TRANSLATE_NOOP("RuleWords", "must not be negative"),
    QT_TRANSLATE_NOOP("RuleWords", "no such record"),
    QT_TRANSLATE_NOOP("RuleWords", "only a minor issue can be recorded as solved on the spot"),
    QT_TRANSLATE_NOOP("RuleWords", "the pad size must be positive"),
    QT_TRANSLATE_NOOP("RuleWords", "this record has been deleted"),
    QT_TRANSLATE_NOOP("RuleWords", "this record is too large to send: shorten its texts"),
};

QString translated(const char* source) { return QCoreApplication::translate(kContext, source); }

// Visits and issues move along status transitions; the wire names tell which.
QString statusLabel(const QString& wireName)
{
    const QString visit = labels::visitStatus(wireName);
    return visit != wireName ? visit : labels::issueStatus(wireName);
}

// "must be between 1 and 5", "cannot go from submitted to planned": the words
// around the values are translated, the values kept (a status in its label).
QString withValues(const QString& message)
{
    static const QRegularExpression between(QStringLiteral("^must be between (-?\\d+) and (-?\\d+)$"));
    static const QRegularExpression transition(QStringLiteral("^cannot go from (\\w+) to (\\w+)$"));
    if (const auto m = between.match(message); m.hasMatch())
        return translated(QT_TRANSLATE_NOOP("RuleWords", "must be between %1 and %2")).arg(m.captured(1), m.captured(2));
    if (const auto m = transition.match(message); m.hasMatch())
        return translated(QT_TRANSLATE_NOOP("RuleWords", "cannot go from %1 to %2"))
            .arg(statusLabel(m.captured(1)), statusLabel(m.captured(2)));
    return {};
}

} // namespace

QString ruleMessage(const std::string& message)
{
    const QString text = QString::fromStdString(message);
    if (const QString valued = withValues(text); !valued.isEmpty()) return valued;
    return translated(message.c_str());
}

QString problemText(const Problem& problem)
{
    const QString message = ruleMessage(problem.message);
    if (problem.path.empty()) return message;
    return translated(QT_TRANSLATE_NOOP("RuleWords", "%1: %2"))
        .arg(fieldLabel(QString::fromStdString(problem.path)), message);
}

} // namespace fv::app
