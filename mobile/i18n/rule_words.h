#pragma once

#include "util/problem.h"

#include <QString>
#include <string>

namespace fv::app {

// The domain rules of shared/ (and the server, which applies them) word each
// problem in English, for logs and the JSON answers. The app shows the same
// problem in the user's language: every message the rules can give is listed
// in rule_words.cpp for Qt Linguist, and the few that carry a value (a range,
// a status change) are matched by their fixed words. A message the list does
// not know is shown as the rules gave it, never hidden.
QString ruleMessage(const std::string& message);

// "Due date: must not be before the visit" — the field in words, then the
// message; the message alone when the problem is the record's as a whole.
QString problemText(const Problem& problem);

} // namespace fv::app
