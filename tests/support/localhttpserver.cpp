#include "localhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace parallax::test {

LocalHttpServer::LocalHttpServer()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on the loopback address");
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                if (socket->property("answered").toBool())
                    return;
                QByteArray request = socket->property("request").toByteArray() + socket->readAll();
                socket->setProperty("request", request);
                if (request.contains("\r\n\r\n")) {
                    socket->setProperty("answered", true);
                    answer(socket);
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl LocalHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
}

void LocalHttpServer::answer(QTcpSocket *socket)
{
    const QByteArray request = socket->property("request").toByteArray();
    const QList<QByteArray> lines = request.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    const QString path = QString::fromLatin1(first.value(1));
    for (const QByteArray &line : lines)
        if (line.toLower().startsWith("user-agent:"))
            m_userAgent = line.mid(11).trimmed();
    m_requests[path] += 1;
    const HttpResponse response =
        m_routes.value(path, HttpResponse{404, "text/plain", "not found", {}, 0, true});
    auto send = [socket, response] {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " " +
                          (response.status == 200   ? "OK"
                           : response.status == 404 ? "Not Found"
                                                    : "Status") +
                          "\r\n";
        head += "Content-Type: " + response.contentType + "\r\n";
        if (!response.location.isEmpty())
            head += "Location: " + response.location + "\r\n";
        if (response.declareLength)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        socket->write(response.body);
        socket->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, send);
    else
        send();
}

} // namespace parallax::test
