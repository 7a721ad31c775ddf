#pragma once

#include "settings/app_paths.h"

#include <QString>

// "field-save": a text field of the visit form saved through VisitEditor —
// RecordWriter's transaction (record + outbox entry), the signature check,
// the change signal, and every list that re-reads after it — over the
// benchmark store. The Today screen's lists stay alive under the form, as in
// the app: hidden, they only note they are stale (what the app does while the
// form covers them), or shown, re-reading after every save (what it would
// cost if they did not wait).
enum class TodayLists { None, Hidden, Shown };

struct FieldSaveOptions {
    QString name;
    int saves = 1000;
    TodayLists today = TodayLists::None;
};

// Prints one report line; returns false when the store has no visit to edit.
bool measureFieldSave(const AppPaths& paths, const FieldSaveOptions& options);
