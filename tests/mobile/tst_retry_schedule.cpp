// sync/retry_schedule.cpp and net/server_address.cpp: the small pure rules.

#include "net/server_address.h"
#include "sync/retry_schedule.h"

#include <QtTest>

using namespace std::chrono_literals;

class TstRetrySchedule : public QObject {
    Q_OBJECT

private slots:
    void successWaitsTheIntervalFailuresBackOffToFiveMinutes()
    {
        using fv::app::nextSyncDelay;
        QCOMPARE(nextSyncDelay(0, 60s), 60s);
        QCOMPARE(nextSyncDelay(1, 60s), 15s);
        QCOMPARE(nextSyncDelay(2, 60s), 30s);
        QCOMPARE(nextSyncDelay(3, 60s), 60s);
        QCOMPARE(nextSyncDelay(5, 60s), 240s);
        QCOMPARE(nextSyncDelay(6, 60s), 300s);
        QCOMPARE(nextSyncDelay(1000, 60s), 300s);
    }

    void serverAddressesAsPeopleTypeThem()
    {
        using fv::app::serverBaseUrl;
        QCOMPARE(serverBaseUrl(" 192.168.1.20:8080 ")->toString(), QStringLiteral("http://192.168.1.20:8080"));
        QCOMPARE(serverBaseUrl("https://fv.example.cn/")->toString(), QStringLiteral("https://fv.example.cn"));
        QCOMPARE(serverBaseUrl("http://[::1]:8080")->toString(), QStringLiteral("http://[::1]:8080"));
        QVERIFY(!serverBaseUrl(""));
        QVERIFY(!serverBaseUrl("ftp://fv.example.cn"));
        QVERIFY(!serverBaseUrl("http://fv.example.cn/fieldvisit")); // a path would be dropped by absolute routes
        QVERIFY(!serverBaseUrl("http://user:pw@fv.example.cn"));
        QVERIFY(!serverBaseUrl("http://"));
    }
};

QTEST_GUILESS_MAIN(TstRetrySchedule)
#include "moc_tst_retry_schedule.cpp"
