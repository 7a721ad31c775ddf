// The operator's commands on the server binary: users, assignments, CSV
// imports that can be repeated safely, and a full export.

#include "json/codec.h"
#include "sync_fixture.h"

#include <QtTest>

using namespace fv;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run admin(const QString& dataDir, QStringList args, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(FV_SERVER_BINARY), QStringList{"admin"} + args + QStringList{"--data", dataDir});
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return file.fileName();
}

const QByteArray kCustomers = "\xEF\xBB\xBF"
                              "name,address,importance,contact_name,contact_role,contact_phone,contact_email\n"
                              "华东精密制造有限公司,\"上海市浦东新区张江路 88 号, 3 号楼\",重点,王丽,信息部经理,13800138000,wangli@example.cn\n"
                              "苏州新材料股份公司,苏州工业园区,normal,,,,\n";

} // namespace

class TstAdminCommands : public QObject {
    Q_OBJECT

private slots:
    void usersAreCreatedOnceWithReadableRefusals()
    {
        QTemporaryDir data;
        QCOMPARE(admin(data.path(), {"create-user", "--user", "liuyang", "--name", "刘洋", "--role", "field_staff",
                                     "--password-stdin"}, "a-long-password\n").exitCode, 0);
        const auto again = admin(data.path(), {"create-user", "--user", "liuyang", "--name", "x", "--role",
                                               "field_staff", "--password", "another-password"});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
        const auto badRole = admin(data.path(), {"create-user", "--user", "bob", "--name", "Bob", "--role", "boss",
                                                 "--password", "a-long-password"});
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY(badRole.err.contains("field_staff"));
        const auto shortPassword = admin(data.path(), {"create-user", "--user", "bob", "--name", "Bob", "--role",
                                                       "admin", "--password", "short"});
        QCOMPARE(shortPassword.exitCode, 1);
        QVERIFY(shortPassword.err.contains("at least 8"));
    }

    void resetPasswordEndsSessions()
    {
        test::SyncFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.createUser("liuyang", "field_staff"));
        const auto token = fixture.login("liuyang");
        QCOMPARE(fixture.pull(token, 0).status, 200);
        QVERIFY(fixture.admin({"reset-password", "--user", "liuyang", "--password", "a-new-password"}));
        QCOMPARE(fixture.pull(token, 0).status, 401);
    }

    void demoDataSeedsOnceAndTheDemoUserSeesIt()
    {
        test::SyncFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.admin({"seed-demo"}));
        QVERIFY(fixture.admin({"seed-demo"})); // a second run is harmless
        const auto login = fixture.call("POST", "/v1/auth/login", R"({"userId":"demo","password":"fieldvisit-demo"})", {}, false);
        QCOMPARE(login.status, 200);
        const auto records = fixture.pullAll(QString::fromStdString(login.body["token"].get<std::string>()));
        QCOMPARE(records.size(), std::size_t(15));
        int plannedToday = 0;
        const auto today = Date::localToday().toString();
        for (const auto& [id, record] : records)
            plannedToday += record.meta.type == RecordType::Visit && record.fields["plannedDate"] == today;
        QCOMPARE(plannedToday, 3);
    }

    void importingTheSameSheetTwiceChangesNothing()
    {
        QTemporaryDir data, files;
        const auto customers = writeFile(files, "customers.csv", kCustomers);
        const auto first = admin(data.path(), {"import-customers", "--file", customers});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("2 created, 0 updated, 0 unchanged"), qPrintable(first.out + first.err));
        QVERIFY(admin(data.path(), {"import-customers", "--file", customers}).out.contains("0 created, 0 updated, 2 unchanged"));

        QByteArray edited = kCustomers;
        edited.replace("苏州工业园区", "苏州工业园区星湖街 328 号");
        const auto third = admin(data.path(), {"import-customers", "--file", writeFile(files, "edited.csv", edited)});
        QVERIFY(third.out.contains("0 created, 1 updated, 1 unchanged"));

        const QByteArray projects = "contract_no,name,customer,scope,lead,phase,contract_signed,accepted\n"
                                    "HT-2026-0815,MES 系统实施项目,华东精密制造有限公司,一期,zhangwei,实施,2026-03-02,\n";
        QVERIFY(admin(data.path(), {"import-projects", "--file", writeFile(files, "projects.csv", projects)})
                    .out.contains("1 created"));

        const auto exported = files.filePath("all.ndjson");
        QCOMPARE(admin(data.path(), {"export", "--out", exported}).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const auto project = Json::parse(lines.last().toStdString());
        QCOMPARE(project["type"].get<std::string>(), std::string("project"));
        QCOMPARE(project["fields"]["phase"].get<std::string>(), std::string("implementation"));
        // The project points at the customer imported from the other sheet.
        QCOMPARE(project["fields"]["customerId"], Json::parse(lines.first().toStdString())["id"]);
        const auto customer = Json::parse(lines.first().toStdString());
        QCOMPARE(customer["fields"]["address"].get<std::string>(), std::string("上海市浦东新区张江路 88 号, 3 号楼"));
    }

    void aBadSheetImportsNothingAndSaysWhere()
    {
        QTemporaryDir data, files;
        const QByteArray bad = "name,address,importance\n"
                               "好客户,北京,key\n"
                               ",上海,重点\n"
                               "坏等级,广州,very\n";
        const auto run = admin(data.path(), {"import-customers", "--file", writeFile(files, "bad.csv", bad)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 3: name must not be empty"), qPrintable(run.err));
        QVERIFY(run.err.contains("line 4: importance"));
        const auto exported = files.filePath("all.ndjson");
        QVERIFY(admin(data.path(), {"export", "--out", exported}).out.contains("exported 0 records"));
        const auto unterminated = admin(data.path(), {"import-customers", "--file",
                                                      writeFile(files, "broken.csv", "name\n\"never closed\n")});
        QCOMPARE(unterminated.exitCode, 1);
        QVERIFY(unterminated.err.contains("line 2"));
    }
};

QTEST_MAIN(TstAdminCommands)
#include "moc_tst_admin_commands.cpp"
