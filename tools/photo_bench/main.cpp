// fieldvisit-photo-bench: the tablet's photo pipeline on a camera-sized photo
// (BENCHMARKS.md). It writes a 12-megapixel JPEG once (gradients, shapes and
// sensor noise, quality 95), then times file → upright, reduced JPEG +
// thumbnail + SHA-256 + both files written, as the importer's worker runs it.
// Prints figures; asserts none.
//
//   fieldvisit-photo-bench [--runs N] [--long-side PX] [--width PX --height PX] [--noise N]

#include "app/demo_photo.h"
#include "figures.h"
#include "photos/photo_pipeline.h"
#include "proc_status.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <vector>

namespace {

struct Options {
    QSize size{4000, 3000};
    int longSide = fv::app::PhotoOptions::kDefaultLongSide;
    int runs = 5;
    int noise = 10;
};

Options parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"runs", "Imports to time.", "N", "5"});
    parser.addOption({"long-side", "Long side of the stored photo.", "PX", "2048"});
    parser.addOption({"width", "Width of the camera photo.", "PX", "4000"});
    parser.addOption({"height", "Height of the camera photo.", "PX", "3000"});
    parser.addOption({"noise", "Sensor noise of the camera photo, 0-64 levels (more: a larger file).", "N", "10"});
    parser.process(app);
    Options options;
    options.runs = qMax(1, parser.value("runs").toInt());
    options.longSide = qMax(64, parser.value("long-side").toInt());
    options.noise = parser.value("noise").toInt();
    options.size = {qMax(64, parser.value("width").toInt()), qMax(64, parser.value("height").toInt())};
    return options;
}

// This process's peak (VmHWM) and current (VmRSS) memory, in MiB as the figures print them.
double peakMb() { return double(fv::proc::ownMemory().peakKiB) / 1024; }
double residentMb() { return double(fv::proc::ownMemory().residentKiB) / 1024; }

// Starts the peak over (Linux 4.0+: "5" to clear_refs resets VmHWM), so the
// figure is the pipeline's and not the made-up source photo's; false where it cannot.
bool resetPeakRss()
{
    QFile clearRefs("/proc/self/clear_refs");
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

void printSpread(const char* what, const std::vector<double>& ms)
{
    std::printf("%-34s %s\n", what, qPrintable(formatSpread(spreadOf(ms), "ms")));
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the photo's label is drawn with fonts, which need a GUI application
    QGuiApplication app(argc, argv);
    const Options options = parse(app);
    QTemporaryDir dir;
    const QString source = QDir(dir.path()).filePath("camera.jpg");
    QElapsedTimer clock;
    clock.start();
    if (!fv::app::demoPhoto(options.size, "华东精密制造 3 号楼 配电柜 HT-2026-0815", options.noise, 42)
             .save(source, "JPEG", 95)) {
        std::fprintf(stderr, "fieldvisit-photo-bench: cannot write %s\n", qPrintable(source));
        return 1;
    }
    std::printf("source: %dx%d JPEG q95, %.2f MB, written in %.1f s\n", options.size.width(), options.size.height(),
                QFileInfo(source).size() / 1e6, clock.elapsed() / 1000.0);
    const double sourcePeak = peakMb();
    const bool peakReset = resetPeakRss();
    const double rssBefore = residentMb();

    fv::app::PhotoOptions photo;
    photo.longSide = options.longSide;
    std::vector<double> total, process;
    fv::app::StoredPhoto last;
    for (int run = 0; run < options.runs; ++run) {
        const QString folder =
            QDir(dir.path()).filePath(QString("blobs-%1").arg(run)); // nothing there yet: every run writes
        clock.restart();
        auto processed = fv::app::processPhoto(source, photo);
        process.push_back(clock.nsecsElapsed() / 1e6);
        if (const auto* failure = std::get_if<fv::app::PhotoFailure>(&processed)) {
            std::fprintf(stderr, "fieldvisit-photo-bench: %s\n", qPrintable(failure->message));
            return 1;
        }
        auto stored = fv::app::storePhotoFiles(std::get<fv::app::ProcessedPhoto>(processed), folder);
        total.push_back(clock.nsecsElapsed() / 1e6);
        if (const auto* failure = std::get_if<fv::app::PhotoFailure>(&stored)) {
            std::fprintf(stderr, "fieldvisit-photo-bench: %s\n", qPrintable(failure->message));
            return 1;
        }
        last = std::get<fv::app::StoredPhoto>(stored);
    }
    std::printf("stored: %dx%d, %.0f KB; thumbnail %.1f KB\n", last.size.width(), last.size.height(),
                last.sizeBytes / 1e3, last.thumbnailSizeBytes / 1e3);
    std::printf("runs: %d\n", options.runs);
    printSpread("file -> JPEG + thumbnail + hash", process);
    printSpread("... + both files written", total);
    std::printf("peak RSS during the runs: %.1f MB%s; %.1f MB before them (%.1f MB while making the source)\n",
                peakMb(), peakReset ? "" : " (not reset: includes making the source)", rssBefore, sourcePeak);
    return 0;
}
