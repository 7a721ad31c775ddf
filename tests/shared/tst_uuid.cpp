#include "util/uuid.h"

#include <QtTest>

#include <set>

class TstUuid : public QObject {
    Q_OBJECT

private slots:
    void idsAreWellFormedVersion7()
    {
        const auto id = fv::newUuidV7();
        QVERIFY2(fv::isUuid(id), id.c_str());
        QCOMPARE(id[14], '7');
        QVERIFY(std::string("89ab").find(id[19]) != std::string::npos);
    }

    void idsAreUniqueAndSortByCreation()
    {
        std::vector<std::string> ids;
        for (int i = 0; i < 20000; ++i) ids.push_back(fv::newUuidV7());
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
    }

    void rejectsNonCanonicalText()
    {
        QVERIFY(!fv::isUuid("0190F5C2-0000-7000-8000-000000000000"));
        QVERIFY(!fv::isUuid("not-a-uuid"));
        QVERIFY(!fv::isUuid(""));
    }
};

QTEST_APPLESS_MAIN(TstUuid)
#include "moc_tst_uuid.cpp"
