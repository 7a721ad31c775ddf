#pragma once

#include <QString>
#include <nlohmann/json.hpp>

// Record fields and their values as people read them, for the sync problems
// screen: "runningStatus" → "Running status", "visitors[<id>]" → "Visitors",
// a person's JSON → their name. Moc-free: it speaks nlohmann::json.
namespace fv::app {

// The label of the field a path points into; an unknown name is shown as it is.
QString fieldLabel(const QString& path);
// A field value in words: text as is, instants in local time, people by name,
// lists joined, nothing as "(empty)".
QString valueText(const nlohmann::json& value);

} // namespace fv::app
