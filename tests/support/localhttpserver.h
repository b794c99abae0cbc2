// A small HTTP/1.1 server on the loopback address for tests that fetch: it serves the
// responses a test sets per path (pages, feeds, redirects, errors, slow and huge answers) and
// never reaches anything outside the machine.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

namespace parallax::test {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QByteArray location;       // for redirects
    int delayMs = 0;           // before answering
    bool declareLength = true; // false: no Content-Length, the body ends with the connection
};

class LocalHttpServer final : public QObject
{
    Q_OBJECT
public:
    LocalHttpServer();
    void serve(const QString &path, const HttpResponse &response)
    {
        m_routes.insert(path, response);
    }
    QUrl url(const QString &path) const;
    int requestCount(const QString &path) const { return m_requests.value(path); }
    QByteArray lastUserAgent() const { return m_userAgent; }

private:
    void answer(class QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QString, HttpResponse> m_routes;
    QHash<QString, int> m_requests;
    QByteArray m_userAgent;
};

} // namespace parallax::test
