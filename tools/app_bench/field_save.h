#pragma once

#include "settings/app_paths.h"

#include <QString>

// "field-save": a text field of the visit form saved through VisitEditor —
// RecordWriter's transaction (record + outbox entry), the change signal, and
// every list that re-reads after it — over the benchmark store. `withToday`
// also keeps the Today screen's lists alive, as in the app, where the form is
// pushed over Today and its lists refresh after every save too.
//
// `typeProjectIndex` first adds an index on (type, project_id) to the store:
// the reads of one project's issues, signatures and photos that every save
// makes (StoreQueries::ofProject) otherwise walk every record of the project,
// its thousands of visits included. It shows what that index would save.
struct FieldSaveOptions {
    QString name;
    int saves = 1000;
    bool withToday = false;
    bool typeProjectIndex = false;
};

// Prints one report line; returns false when the store has no visit to edit.
bool measureFieldSave(const AppPaths& paths, const FieldSaveOptions& options);
