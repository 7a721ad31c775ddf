#pragma once

// A loopback "server" that answers every request with one canned HTTP answer,
// or never answers at all: the failures a real server does not produce on
// demand (a proxy's error page, garbage, silence). It runs on the test's own
// thread; the transport's local event loop lets it answer.

#include <QTcpServer>
#include <QTcpSocket>

namespace fv::test {

class CannedHttp : public QObject {
public:
    // An empty `answer` never answers.
    explicit CannedHttp(QByteArray answer) : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!m_answer.isEmpty()) socket->write(m_answer);
                });
            }
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    static QByteArray answer(int status, const QByteArray& body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " Canned\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;
    }

private:
    QTcpServer m_server;
    QByteArray m_answer;
};

} // namespace fv::test
