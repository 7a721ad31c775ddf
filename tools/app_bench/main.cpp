// fieldvisit-app-bench: what the tablet app costs while someone works in it,
// over a large store (BENCHMARKS.md). Each measurement has a name; without
// --measure every one runs. Prints figures; asserts none.
//
//   fieldvisit-app-bench [--measure NAME]... [--visits N] [--saves N]

#include "bench_store.h"
#include "field_save.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <exception>
#include <functional>
#include <vector>

namespace {

struct Options {
    QStringList measures;
    int visits = 10000;
    int saves = 1000;
};

struct Measurement {
    QString name;
    QString what;
    std::function<bool(const AppPaths&, const Options&)> run;
};

const std::vector<Measurement>& measurements()
{
    static const std::vector<Measurement> all{
        {QStringLiteral("field-save"), QStringLiteral("a visit form text field saved, the form's lists re-read"),
         [](const AppPaths& paths, const Options& o) {
             return measureFieldSave(paths, {QStringLiteral("field-save"), o.saves, TodayLists::None});
         }},
        {QStringLiteral("field-save+today"),
         QStringLiteral("the same with the Today lists alive under the form, waiting as in the app"),
         [](const AppPaths& paths, const Options& o) {
             return measureFieldSave(paths, {QStringLiteral("field-save+today"), o.saves, TodayLists::Hidden});
         }},
        {QStringLiteral("field-save+today-shown"),
         QStringLiteral("the same with the Today lists re-reading after every save"),
         [](const AppPaths& paths, const Options& o) {
             return measureFieldSave(paths, {QStringLiteral("field-save+today-shown"), o.saves, TodayLists::Shown});
         }},
    };
    return all;
}

Options parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    QStringList names;
    for (const auto& m : measurements()) names << m.name + QStringLiteral(": ") + m.what;
    parser.addOption({QStringLiteral("measure"), QStringLiteral("Run only this one (repeatable):\n") + names.join('\n'),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("visits"), QStringLiteral("Visits besides the demo day."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("saves"), QStringLiteral("Saves to time."), QStringLiteral("N"), QStringLiteral("1000")});
    parser.process(app);
    return {parser.values(QStringLiteral("measure")), parser.value(QStringLiteral("visits")).toInt(),
            std::max(1, parser.value(QStringLiteral("saves")).toInt())};
}

} // namespace

int main(int argc, char** argv)
try {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Options options = parse(app);
    QTemporaryDir dir;
    const AppPaths paths = AppPaths::under(dir.path());

    QElapsedTimer timer;
    timer.start();
    writeBenchStore(paths, {options.visits, 0});
    std::printf("store: %d visits besides the demo day, written in %.1f s\n", options.visits,
                double(timer.elapsed()) / 1000);

    bool ok = true;
    for (const auto& m : measurements())
        if (options.measures.isEmpty() || options.measures.contains(m.name)) ok = m.run(paths, options) && ok;
    return ok ? 0 : 1;
} catch (const std::exception& e) {
    std::fprintf(stderr, "fieldvisit-app-bench: %s\n", e.what());
    return 1;
}
