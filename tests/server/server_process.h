#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace fv::test {

// The real fieldvisit-server binary, started on a free port with its own data directory.
// Tests talk to it over the network exactly as the app will.
class ServerProcess {
public:
    // Starts with --port 0 unless `args` names a port; true once the listening line arrived.
    bool start(const QStringList& args = {})
    {
        QStringList all = {"--data", dataDir(), "--threads", "2"};
        if (!args.contains("--port"))
            all << "--port"
                << "0";
        m_process.start(QStringLiteral(FV_SERVER_BINARY), all + args);
        if (!m_process.waitForStarted(5000)) return false;
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(10000)) return false;
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QRegularExpression listening(QStringLiteral("^FieldVisit server listening on (http://\\S+)$"));
        const auto match = listening.match(line);
        if (match.hasMatch()) m_url = QUrl(match.captured(1));
        return match.hasMatch();
    }

    QString dataDir() const { return m_dir.path(); }
    QUrl url(const QString& path = {}) const { return m_url.resolved(QUrl(path)); }
    QProcess& process() { return m_process; }

    ~ServerProcess()
    {
        if (m_process.state() == QProcess::NotRunning) return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

} // namespace fv::test
