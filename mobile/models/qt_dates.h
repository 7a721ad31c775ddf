#pragma once

#include "util/time.h"

#include <QDate>
#include <QDateTime>

namespace fv::app {

// The domain's calendar days and UTC instants as Qt values, for the views.
QDate toQDate(const Date& date);
Date fromQDate(const QDate& date);
QDateTime toQDateTime(const Timestamp& timestamp); // in UTC; the views show it in local time

} // namespace fv::app
