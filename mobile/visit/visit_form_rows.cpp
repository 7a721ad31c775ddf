#include "visit/visit_form_rows.h"

#include "util/uuid.h"
#include "visit/visit_form_rules.h"

#include <algorithm>

namespace fv::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
std::string s(const QString& q) { return q.toStdString(); }

const Person* byId(const std::vector<Person>& people, const std::string& id)
{
    const auto it = std::find_if(people.begin(), people.end(), [&](const Person& p) { return p.id == id; });
    return it == people.end() ? nullptr : &*it;
}

bool isRequired(SatisfactionDimension dimension)
{
    const auto& required = requiredDimensions();
    return std::find(required.begin(), required.end(), dimension) != required.end();
}

} // namespace

QList<PersonRow> toPersonRows(const std::vector<Person>& people)
{
    QList<PersonRow> rows;
    for (const auto& p : people) rows.append({q(p.id), q(p.name), q(p.role), q(p.phone)});
    return rows;
}

std::vector<Person> toPersons(const QList<PersonRow>& rows, const std::vector<Person>& before)
{
    std::vector<Person> people;
    for (const auto& row : rows) {
        // Keep what the form does not show (email) from the stored person.
        const Person* old = byId(before, s(row.id));
        Person person = old ? *old : Person{};
        person.id = row.id.isEmpty() ? newUuidV7() : s(row.id);
        person.name = s(row.name);
        person.role = s(row.role);
        person.phone = s(row.phone);
        people.push_back(std::move(person));
    }
    return people;
}

QList<SatisfactionRow> toSatisfactionRows(const std::vector<SatisfactionScore>& scores)
{
    QList<SatisfactionRow> rows;
    for (const auto& [dimension, name] : EnumNames<SatisfactionDimension>::values) {
        SatisfactionRow row{q(std::string(name)), 0, {}, isRequired(dimension)};
        const auto it = std::find_if(scores.begin(), scores.end(),
                                     [&](const SatisfactionScore& score) { return score.dimension == dimension; });
        if (it != scores.end()) {
            row.score = it->score;
            row.reason = q(it->reason);
        }
        rows.append(row);
    }
    return rows;
}

std::vector<SatisfactionScore> toScores(const QList<SatisfactionRow>& rows)
{
    std::vector<SatisfactionScore> scores;
    for (const auto& row : rows) {
        const auto dimension = enumFromString<SatisfactionDimension>(s(row.dimension));
        if (row.score > 0 && dimension) scores.push_back({*dimension, row.score, s(row.reason)});
    }
    return scores;
}

} // namespace fv::app
