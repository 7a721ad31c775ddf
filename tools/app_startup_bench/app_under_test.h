#pragma once

#include <QString>

// The app's start-up as a user meets it, in a process of its own: the
// benchmark starts this program again with `--child DIR`, which loads the
// real Main.qml over the data in DIR and says "ready" once the Today screen
// has its lists filled and has drawn a frame.
struct ChildFigures {
    double readyMs = 0;   // process start to the Today screen drawn (measured by the parent)
    double rssKb = 0;     // resident memory at that moment
    double peakRssKb = 0; // the high-water mark until then
};

// The parent's side: starts the child and waits for its answer. Throws
// std::runtime_error when the child fails or says nothing in time.
ChildFigures runChild(const QString& program, const QString& dataDir);

// The child's side; returns the process exit code.
int childMain(int argc, char** argv, const QString& dataDir);
