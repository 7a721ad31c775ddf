#pragma once

#include "settings/app_paths.h"

// A signed-in tablet with a working history: the demo day, plus `visits` more
// visits of the user's team over three years of past and a month of future, and `photos`
// photo attachments with their JPEG and thumbnail files on disk. Written as
// pulled from the server, the way a real tablet's data arrives.
struct BenchStoreSize {
    int visits = 10000;
    int photos = 500;
};

void writeBenchStore(const AppPaths& paths, const BenchStoreSize& size);
