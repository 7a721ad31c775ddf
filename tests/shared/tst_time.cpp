#include "util/time.h"

#include <QtTest>

using namespace fv;

class TstTime : public QObject {
    Q_OBJECT

private slots:
    void canonicalRoundTrip()
    {
        const auto t = Timestamp::parse("2026-11-30T01:42:10.250Z");
        QVERIFY(t.has_value());
        QCOMPARE(QString::fromStdString(t->toString()), QStringLiteral("2026-11-30T01:42:10.250Z"));
    }

    void offsetsAreNormalisedToUtc()
    {
        // Beijing time, as a tablet set to the local zone would send it.
        const auto local = Timestamp::parse("2026-11-30T09:42:10+08:00");
        QVERIFY(local.has_value());
        QCOMPARE(QString::fromStdString(local->toString()), QStringLiteral("2026-11-30T01:42:10.000Z"));
    }

    void rejectsMalformedTimes_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", "2026-11-30", "2026-11-30 01:42:10Z", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                                "2026-11-30T24:00:00Z", "2026-11-30T01:42:10", "2026-11-30T01:42:10.2Z",
                                "2026-11-30T01:42:10Zjunk", "２０２６-11-30T01:42:10Z"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void rejectsMalformedTimes()
    {
        QFETCH(QString, text);
        QVERIFY(!Timestamp::parse(text.toStdString()).has_value());
    }

    void datesRoundTripAndValidate()
    {
        QCOMPARE(QString::fromStdString(Date::parse("2028-02-29")->toString()), QStringLiteral("2028-02-29"));
        QVERIFY(!Date::parse("2026-02-29").has_value());
        QVERIFY(!Date::parse("2026-2-9").has_value());
    }

    void localDateOfATimestamp()
    {
        // 23:30 UTC is already the next day in China.
        const auto t = *Timestamp::parse("2026-11-29T23:30:00Z");
        QCOMPARE(QString::fromStdString(Date::fromTimestamp(t, std::chrono::minutes(480)).toString()),
                 QStringLiteral("2026-11-30"));
    }
};

QTEST_APPLESS_MAIN(TstTime)
#include "moc_tst_time.cpp"
