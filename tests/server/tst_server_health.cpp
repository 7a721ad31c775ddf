// End to end: the real server binary, real sockets, a real SQLite file. Covers main(), the
// argument handling, the listener, the session limits, the router's errors and shutdown.

#include "server_process.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>
#include <memory>

using fv::test::ServerProcess;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray allow;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

constexpr int kTimeoutMs = 10000;

} // namespace

class TstServerHealth : public QObject {
    Q_OBJECT

private:
    Answer send(const QByteArray& verb, const QString& path, const QByteArray& body = {})
    {
        QNetworkRequest request(m_server.url(path));
        request.setTransferTimeout(kTimeoutMs);
        if (!body.isEmpty()) request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        std::unique_ptr<QNetworkReply> reply(verb == "GET" ? m_network.get(request)
                                                           : m_network.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kTimeoutMs)) return {};
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        answer.allow = reply->rawHeader("Allow");
        answer.error = reply->error();
        return answer;
    }

    // The body shape every error shares: {"code", "message", "field"}.
    static void verifyErrorBody(const Answer& answer, const QString& code)
    {
        QCOMPARE(answer.json.value("code").toString(), code);
        QVERIFY(!answer.json.value("message").toString().isEmpty());
        QVERIFY(answer.json.contains("field"));
    }

    // Bytes straight onto a socket, for requests no well-behaved client library would send.
    QByteArray sendRaw(const QByteArray& bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        if (!socket.waitForConnected(kTimeoutMs)) return {};
        socket.write(bytes);
        QByteArray received;
        while (socket.waitForReadyRead(kTimeoutMs)) received += socket.readAll();
        return received + socket.readAll();
    }

    ServerProcess m_server;
    QNetworkAccessManager m_network;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), "the server did not report that it listens"); }

    void healthAnswersOkWithSchemaVersion()
    {
        const Answer answer = send("GET", "/v1/health");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(answer.json.value("service").toString(), QStringLiteral("fieldvisit-server"));
        QVERIFY(!answer.json.value("version").toString().isEmpty());
        const QJsonObject database = answer.json.value("database").toObject();
        QCOMPARE(database.value("engine").toString(), QStringLiteral("sqlite"));
        QVERIFY(database.value("schemaVersion").isDouble());
        QVERIFY(database.value("schemaVersion").toInt() >= 0);
        const QString file = QDir(m_server.dataDir()).filePath("server.sqlite");
        QCOMPARE(QFileInfo(database.value("path").toString()).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
    }

    void unknownRouteIs404Json()
    {
        const Answer answer = send("GET", "/v1/no-such-thing");
        QCOMPARE(answer.status, 404);
        verifyErrorBody(answer, "route_not_found");
    }

    void wrongMethodIs405WithAllow()
    {
        const Answer answer = send("DELETE", "/v1/health");
        QCOMPARE(answer.status, 405);
        verifyErrorBody(answer, "method_not_allowed");
        QVERIFY2(answer.allow.contains("GET"), answer.allow.constData());
    }

    void bodyOverTheLimitIs413Json()
    {
        const QByteArray body(1024 * 1024 + 1, 'x');
        const Answer answer = send("POST", "/v1/health", body);
        QCOMPARE(answer.status, 413);
        verifyErrorBody(answer, "payload_too_large");
    }

    void malformedRequestIs400Json()
    {
        const QByteArray received = sendRaw("NOT HTTP AT ALL\r\n\r\n");
        QVERIFY2(received.startsWith("HTTP/1.1 400"), received.constData());
        const QByteArray body = received.mid(received.indexOf("\r\n\r\n") + 4);
        QCOMPARE(QJsonDocument::fromJson(body).object().value("code").toString(), QStringLiteral("malformed_request"));
    }

    void serverStillAnswersAfterBadRequests() { QCOMPARE(send("GET", "/v1/health").status, 200); }

    void secondServerOnTheSamePortFails()
    {
        ServerProcess second;
        QVERIFY(!second.start({"--port", QString::number(m_server.url().port())}));
        // waitForFinished() is false for a process that has already ended.
        QVERIFY(second.process().state() == QProcess::NotRunning || second.process().waitForFinished(kTimeoutMs));
        QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
        QVERIFY(second.process().exitCode() != 0);
        const QString error = QString::fromUtf8(second.process().readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("cannot start")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(m_server.url().port())), qPrintable(error));
    }

    void unusableDataDirFailsToStart()
    {
        // A regular file where the directory should be: fails for root too, unlike permissions.
        QTemporaryFile notADirectory;
        QVERIFY(notADirectory.open());
        QProcess process;
        process.start(QStringLiteral(FV_SERVER_BINARY), {"--port", "0", "--data", notADirectory.fileName()});
        QVERIFY(process.waitForFinished(kTimeoutMs));
        QVERIFY(process.exitCode() != 0);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("data directory")), qPrintable(error));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    // Last: it ends the server. One request is in flight (its header read, its body not yet
    // sent) and must still be answered; the network manager's idle kept-alive connection must
    // not delay the exit.
    void sigtermFinishesTheRequestInFlightThenExitsZero()
    {
        QTcpSocket inFlight;
        inFlight.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(inFlight.waitForConnected(kTimeoutMs));
        // "100 Continue" is the server's proof that it has read the header: no timing guesswork.
        inFlight.write("POST /v1/health HTTP/1.1\r\nHost: test\r\nContent-Length: 4\r\n"
                       "Expect: 100-continue\r\n\r\n");
        QVERIFY(inFlight.waitForReadyRead(kTimeoutMs));
        QVERIFY(inFlight.readAll().startsWith("HTTP/1.1 100"));

        QElapsedTimer elapsed;
        elapsed.start();
        m_server.process().terminate(); // SIGTERM
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += m_server.process().readAllStandardError()).contains("shutting down"),
                                 kTimeoutMs);
        QCOMPARE(m_server.process().state(), QProcess::Running);

        inFlight.write("{}\r\n");
        QByteArray answer;
        while (inFlight.waitForReadyRead(kTimeoutMs)) answer += inFlight.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 405"), answer.constData());
        QVERIFY2(answer.contains("Connection: close"), answer.constData());

        QVERIFY(m_server.process().state() == QProcess::NotRunning || m_server.process().waitForFinished(kTimeoutMs));
        QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed()) + " ms"));
        QCOMPARE(m_server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.process().exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstServerHealth)
#include "moc_tst_server_health.cpp"
