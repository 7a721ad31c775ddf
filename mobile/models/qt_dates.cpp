#include "models/qt_dates.h"

#include <QCoreApplication>
#include <QLocale>

namespace fv::app {

QDate toQDate(const Date& date)
{
    return QDate(int(date.ymd.year()), int(unsigned(date.ymd.month())), int(unsigned(date.ymd.day())));
}

Date fromQDate(const QDate& date)
{
    using namespace std::chrono;
    return Date{year_month_day{year(date.year()), month(unsigned(date.month())), day(unsigned(date.day()))}};
}

QDateTime toQDateTime(const Timestamp& timestamp)
{
    return QDateTime::fromMSecsSinceEpoch(timestamp.msSinceEpoch, Qt::UTC);
}

QString dayText(const QDate& day)
{
    if (!day.isValid()) return {};
    return QLocale().toString(day, QCoreApplication::translate("DateText", "MMM d, yyyy"));
}

QString momentText(const QDateTime& moment)
{
    if (!moment.isValid()) return {};
    return QLocale().toString(moment.toLocalTime(), QCoreApplication::translate("DateText", "MMM d, yyyy HH:mm"));
}

} // namespace fv::app
