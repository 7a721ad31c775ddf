// fieldvisit-startup-bench: how fast the tablet app starts, and how much memory
// it holds, with a large store (BENCHMARKS.md). It writes the store once, then
// starts the app's real window in a new process several times.
//
//   fieldvisit-startup-bench [--visits N] [--photos N] [--runs N]

#include "app_under_test.h"
#include "bench_store.h"
#include "figures.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <cstring>
#include <exception>

Q_IMPORT_QML_PLUGIN(FieldVisitPlugin)

namespace {

struct Options {
    BenchStoreSize size;
    int runs = 5;
};

Options parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("visits"), QStringLiteral("Visits besides the demo day."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("photos"), QStringLiteral("Photo attachments with files."), QStringLiteral("N"),
                      QStringLiteral("500")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("App starts to measure."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.process(app);
    Options options;
    options.size.visits = parser.value(QStringLiteral("visits")).toInt();
    options.size.photos = parser.value(QStringLiteral("photos")).toInt();
    options.runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    return options;
}

int runBenchmark(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the photos are drawn with fonts, which need a GUI application
    QGuiApplication app(argc, argv);
    const Options options = parse(app);
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    writeBenchStore(AppPaths::under(dir.path()), options.size);
    std::printf("store: %d visits + the demo day, %d photos written in %.1f s (%s)\n", options.size.visits,
                options.size.photos, double(clock.elapsed()) / 1000, qPrintable(dir.path()));

    std::vector<double> ready, rss, peak;
    for (int run = 0; run < options.runs; ++run) {
        const auto figures = runChild(QCoreApplication::applicationFilePath(), dir.path());
        ready.push_back(figures.readyMs);
        rss.push_back(figures.rssKb / 1024);
        peak.push_back(figures.peakRssKb / 1024);
    }
    std::printf("cold start to the Today screen drawn: %s (target <= 1000 ms)\n",
                qPrintable(formatSpread(spreadOf(ready), "ms")));
    std::printf("resident memory at that moment:      %s (target <= 200 MB)\n",
                qPrintable(formatSpread(spreadOf(rss), "MB")));
    std::printf("peak resident memory until then:     %s\n", qPrintable(formatSpread(spreadOf(peak), "MB")));
    return 0;
}

} // namespace

int main(int argc, char** argv)
try {
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0) return childMain(argc, argv, QString::fromLocal8Bit(argv[2]));
    return runBenchmark(argc, argv);
} catch (const std::exception& e) {
    std::fprintf(stderr, "fieldvisit-startup-bench: %s\n", e.what());
    return 1;
}
