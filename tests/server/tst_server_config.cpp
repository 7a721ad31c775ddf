#include "config/server_config.h"

#include <QtTest>
#include <string_view>
#include <vector>

using namespace fv::server;

namespace {

ParsedArgs parse(std::vector<std::string_view> args) { return parseArgs(args); }

} // namespace

class TstServerConfig : public QObject {
    Q_OBJECT

private slots:
    void defaultsSuitADeveloperMachine()
    {
        const ServerConfig config = parse({}).config;
        QCOMPARE(config.dataDir.string(), std::string("./var/data"));
        QCOMPARE(config.bindAddress, std::string("127.0.0.1"));
        QCOMPARE(config.port, std::uint16_t(8080));
        QVERIFY(config.threads >= 1);
    }

    void readsBothOptionForms()
    {
        const ServerConfig config = parse({"--data", "/srv/fv", "--bind=0.0.0.0", "--port", "0", "--threads=3"}).config;
        QCOMPARE(config.dataDir.string(), std::string("/srv/fv"));
        QCOMPARE(config.bindAddress, std::string("0.0.0.0"));
        QCOMPARE(config.port, std::uint16_t(0));
        QCOMPARE(config.threads, 3u);
    }

    void helpIsNotAnError() { QVERIFY(parse({"--help"}).helpRequested); }

    void rejectsBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{"--verbose"};
        QTest::newRow("positional") << QStringList{"serve"};
        QTest::newRow("missing value") << QStringList{"--port"};
        QTest::newRow("port too big") << QStringList{"--port", "65536"};
        QTest::newRow("port not a number") << QStringList{"--port", "80x"};
        QTest::newRow("negative port") << QStringList{"--port", "-1"};
        QTest::newRow("zero threads") << QStringList{"--threads", "0"};
        QTest::newRow("empty data dir") << QStringList{"--data="};
    }
    void rejectsBadCommandLines()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> storage;
        for (const QString& arg : args) storage.push_back(arg.toStdString());
        const std::vector<std::string_view> views(storage.begin(), storage.end());
        QVERIFY_THROWS_EXCEPTION(ConfigError, parseArgs(views));
    }
};

QTEST_APPLESS_MAIN(TstServerConfig)
#include "moc_tst_server_config.cpp"
