#pragma once

// The visit record's lists as the form's models hold them, and back.

#include "domain/visit.h"
#include "visit/person_list_model.h"
#include "visit/satisfaction_model.h"

#include <vector>

namespace fv::app {

QList<PersonRow> toPersonRows(const std::vector<Person>& people);
// A row without an id (just added) gets a new element id.
std::vector<Person> toPersons(const QList<PersonRow>& rows, const std::vector<Person>& before);

// One row per dimension, in the regulations' order, whether scored or not.
QList<SatisfactionRow> toSatisfactionRows(const std::vector<SatisfactionScore>& scores);
// Only the dimensions with a score.
std::vector<SatisfactionScore> toScores(const QList<SatisfactionRow>& rows);

} // namespace fv::app
