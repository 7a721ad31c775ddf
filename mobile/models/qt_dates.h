#pragma once

#include "util/time.h"

#include <QDate>
#include <QDateTime>

namespace fv::app {

// The domain's calendar days and UTC instants as Qt values, for the views.
QDate toQDate(const Date& date);
Date fromQDate(const QDate& date);
QDateTime toQDateTime(const Timestamp& timestamp); // in UTC; the views show it in local time

// A day and an instant as the screens write them, in the current language:
// "Apr 15, 2026" / "2026年4月15日", "Apr 15, 2026 14:05" / "2026年4月15日 14:05" (local time).
// Empty for an invalid value.
QString dayText(const QDate& day);
QString momentText(const QDateTime& moment);

} // namespace fv::app
