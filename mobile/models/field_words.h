#pragma once

#include <QString>
#include <nlohmann/json.hpp>

// Record fields and their values as people read them, wherever the server names a
// field (sync problems, a record's conflicts and refusals, the visit form's checks):
// "runningStatus" → "Running status", "visitors[<id>]" → "Visitors",
// "satisfaction[delivery_time]" → "Satisfaction · Delivery time", a person's JSON → their name.
// Moc-free: it speaks nlohmann::json.
namespace fv::app {

// The label of the field a path points into (a satisfaction score with its dimension);
// an unknown name is shown as it is.
QString fieldLabel(const QString& path);
// A field value in words: text as is, instants in local time, people by name,
// lists joined, a satisfaction score with its reason, nothing as "(empty)".
QString valueText(const nlohmann::json& value);

} // namespace fv::app
