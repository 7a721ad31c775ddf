#include "app/app_options.h"

namespace {

// The value after `--name`, or the error that it is missing.
bool takeValue(const QStringList& arguments, qsizetype& i, QString& out, QString& error)
{
    if (i + 1 >= arguments.size()) {
        error = QStringLiteral("%1 needs a value").arg(arguments[i]);
        return false;
    }
    out = arguments[++i];
    return true;
}

} // namespace

AppOptions AppOptions::parse(const QStringList& arguments)
{
    AppOptions options;
    options.server = qEnvironmentVariable("FV_SERVER");
    options.user = qEnvironmentVariable("FV_USER");
    options.password = qEnvironmentVariable("FV_PASSWORD");
    for (qsizetype i = 0; i < arguments.size() && options.error.isEmpty(); ++i) {
        const QString& name = arguments[i];
        if (name == QLatin1String("--help") || name == QLatin1String("-h"))
            options.help = true;
        else if (name == QLatin1String("--server"))
            takeValue(arguments, i, options.server, options.error);
        else if (name == QLatin1String("--user"))
            takeValue(arguments, i, options.user, options.error);
        else if (name == QLatin1String("--password"))
            takeValue(arguments, i, options.password, options.error);
        else if (name == QLatin1String("--screenshot"))
            takeValue(arguments, i, options.screenshotDir, options.error);
        else
            options.error = QStringLiteral("unknown argument '%1'").arg(name);
    }
    return options;
}

QString AppOptions::usage()
{
    return QStringLiteral("Usage: fieldvisit-app [--server URL --user ID --password PW] [--screenshot DIR]\n"
                          "\n"
                          "  --server URL       sign in at this FieldVisit server (env FV_SERVER)\n"
                          "  --user ID          as this user (env FV_USER)\n"
                          "  --password PW      with this password (env FV_PASSWORD)\n"
                          "  --screenshot DIR   render each main screen at 1280x800 in Chinese and English\n"
                          "                     to DIR/*.png, with demo data, and exit (needs no display)\n"
                          "  --help             show this text\n");
}
