#include "models/field_words.h"

#include "models/domain_labels.h"
#include "models/qt_dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace fv::app {
namespace {

// The translation context of the field names.
class FieldWords {
    Q_DECLARE_TR_FUNCTIONS(FieldWords)

public:
    static QString label(const QString& name)
    {
        static const QHash<QString, const char*> labels{
            {"_deleted", QT_TR_NOOP("Deleted")},
            {"status", QT_TR_NOOP("Status")},
            {"kind", QT_TR_NOOP("Kind of visit")},
            {"method", QT_TR_NOOP("Method")},
            {"assignee", QT_TR_NOOP("Assigned to")},
            {"plannedDate", QT_TR_NOOP("Planned date")},
            {"plannedStart", QT_TR_NOOP("Planned time")},
            {"actualStart", QT_TR_NOOP("Started")},
            {"actualEnd", QT_TR_NOOP("Finished")},
            {"location", QT_TR_NOOP("Place")},
            {"visitors", QT_TR_NOOP("Visitors")},
            {"customerAttendees", QT_TR_NOOP("Customer attendees")},
            {"runningStatus", QT_TR_NOOP("Running status")},
            {"needsChanges", QT_TR_NOOP("Changed needs")},
            {"potentialNeeds", QT_TR_NOOP("Potential needs")},
            {"competitorInfo", QT_TR_NOOP("Competitor information")},
            {"customerWords", QT_TR_NOOP("Customer's own words")},
            {"solvedOnSite", QT_TR_NOOP("Solved on site")},
            {"satisfaction", QT_TR_NOOP("Satisfaction")},
            {"reviewComment", QT_TR_NOOP("Review comment")},
            {"attachments", QT_TR_NOOP("Photos")}, // what a signature's void reason names for added or removed photos
            {"title", QT_TR_NOOP("Title")},
            {"description", QT_TR_NOOP("Description")},
            {"category", QT_TR_NOOP("Category")},
            {"severity", QT_TR_NOOP("Severity")},
            {"owner", QT_TR_NOOP("Owner")},
            {"dueDate", QT_TR_NOOP("Due date")},
            {"resolution", QT_TR_NOOP("Resolution")},
            {"customerConfirmed", QT_TR_NOOP("Customer confirmed")},
            {"name", QT_TR_NOOP("Name")},
            {"address", QT_TR_NOOP("Address")},
            {"phase", QT_TR_NOOP("Phase")},
            {"scope", QT_TR_NOOP("Scope")},
            {"keyDates", QT_TR_NOOP("Key dates")},
            {"team", QT_TR_NOOP("Team")},
            {"milestones", QT_TR_NOOP("Milestones")},
            {"contacts", QT_TR_NOOP("Contacts")},
            {"caption", QT_TR_NOOP("Caption")},
            {"signerName", QT_TR_NOOP("Signer")},
            {"deliverables", QT_TR_NOOP("Deliverables")},
            {"customerOpinion", QT_TR_NOOP("Customer opinion")},
            {"rectifications", QT_TR_NOOP("Rectification items")},
            {"result", QT_TR_NOOP("Result")},
        };
        const auto found = labels.constFind(name);
        return found == labels.constEnd() ? name : tr(*found);
    }

    static QString empty() { return tr("(empty)"); }
    static QString yes() { return tr("Yes"); }
    static QString no() { return tr("No"); }
    static QString separator() { return tr(", ", "between the items of a list"); }
};

QString instantOrText(const QString& text)
{
    // Instants travel as ISO 8601 UTC ("2026-11-30T01:30:00.000Z"); days ("2026-11-30") read fine as they are.
    if (text.size() < 20 || text[10] != QLatin1Char('T')) return text;
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    return moment.isValid() ? momentText(moment) : text;
}

} // namespace

QString fieldLabel(const QString& path)
{
    QString name = path.startsWith(QLatin1String("fields.")) ? path.mid(7) : path;
    // "satisfaction[delivery_time]": the element's key says which score.
    static const QRegularExpression score(QStringLiteral("^satisfaction\\[([^\\]]*)\\]"));
    const auto match = score.match(name);
    name = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    if (name.isEmpty()) return path;
    const QString label = FieldWords::label(name);
    return match.hasMatch() ? label + QStringLiteral(" · ") + labels::satisfactionDimension(match.captured(1)) : label;
}

QString valueText(const nlohmann::json& value)
{
    if (value.is_null()) return FieldWords::empty();
    if (value.is_boolean()) return value.get<bool>() ? FieldWords::yes() : FieldWords::no();
    if (value.is_string()) {
        const auto text = QString::fromStdString(value.get<std::string>());
        return text.isEmpty() ? FieldWords::empty() : instantOrText(text);
    }
    if (value.is_array()) {
        if (value.empty()) return FieldWords::empty();
        QStringList items;
        for (const auto& item : value) items << valueText(item);
        return items.join(FieldWords::separator());
    }
    if (value.is_object() && value.contains("score") && value["score"].is_number_integer())
        return QStringLiteral("%1 · %2")
            .arg(value["score"].get<int>())
            .arg(valueText(value.value("reason", nlohmann::json())));
    // People and places: what a person would recognise them by.
    for (const char* key : {"name", "address", "content", "description"})
        if (value.is_object() && value.contains(key) && value[key].is_string()) return valueText(value[key]);
    return QString::fromStdString(value.dump());
}

} // namespace fv::app
