#include "web/webfetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

bool isAcceptedType(const QString &type, FetchKind kind)
{
    if (type.isEmpty())
        return true; // servers that say nothing are read and judged by content
    static const QStringList pages{u"text/html"_s, u"application/xhtml+xml"_s, u"text/plain"_s};
    static const QStringList feeds{u"application/rss+xml"_s, u"application/atom+xml"_s,
                                   u"application/xml"_s,     u"text/xml"_s,
                                   u"application/rdf+xml"_s, u"application/feed+json"_s};
    if (pages.contains(type))
        return true;
    return kind == FetchKind::Feed ? feeds.contains(type)
                                   : type == "application/xml"_L1 || type == "text/xml"_L1;
}

} // namespace

QString parallaxUserAgent()
{
    return u"Parallax/%1 (desktop news reader; fetches pages the user asks for)"_s.arg(
        QStringLiteral(PARALLAX_VERSION));
}

bool isFetchableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

Result<FetchedPage> fetchUrl(const QUrl &url, FetchKind kind, const FetchOptions &options,
                             const std::atomic_bool *cancel)
{
    if (!isFetchableUrl(url))
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is not a web address Parallax fetches (only http and https)"_s.arg(
                             url.toDisplayString()));
    QNetworkAccessManager manager;
    manager.setAutoDeleteReplies(false);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, parallaxUserAgent());
    request.setRawHeader(
        "Accept",
        kind == FetchKind::Feed
            ? "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
            : "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setTransferTimeout(options.timeoutMs);

    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QString refusal;
    int redirects = 0;
    QList<QUrl> visited{url};
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::redirected, reply.get(), [&](const QUrl &target) {
        const QUrl next = reply->url().resolved(target);
        if (visited.contains(next) || ++redirects > options.maxRedirects) {
            refusal =
                u"the page redirects more than %1 times, or in a loop"_s.arg(options.maxRedirects);
            reply->abort();
        } else if (isFetchableUrl(next)) {
            visited.append(next);
            emit reply->redirectAllowed();
        } else {
            refusal = u"the page redirects to %1, which is not http or https"_s.arg(
                target.toDisplayString());
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, reply.get(), [&] {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > options.maxBytes) {
            refusal =
                u"the page is %1 bytes, over the limit of %2"_s.arg(declared).arg(options.maxBytes);
            reply->abort();
        }
    });
    QObject::connect(
        reply.get(), &QNetworkReply::downloadProgress, reply.get(), [&](qint64 received, qint64) {
            if (received > options.maxBytes && refusal.isEmpty()) {
                refusal = u"the page is over the limit of %1 bytes"_s.arg(options.maxBytes);
                reply->abort();
            }
        });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The whole transfer has a deadline too: a server that trickles bytes never idles.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), [&] {
        refusal = u"the server did not answer within %1 seconds"_s.arg(options.timeoutMs / 1000.0);
        reply->abort();
    });
    deadline.start(options.timeoutMs);
    QTimer cancelCheck;
    if (cancel) {
        QObject::connect(&cancelCheck, &QTimer::timeout, reply.get(), [&] {
            if (cancel->load()) {
                refusal = u"cancelled"_s;
                reply->abort();
            }
        });
        cancelCheck.start(50);
    }
    if (!reply->isFinished())
        loop.exec();

    if (!refusal.isEmpty())
        return makeError(refusal == "cancelled"_L1
                             ? ErrorCode::Cancelled
                             : (refusal.contains("limit"_L1) ? ErrorCode::TooLarge : ErrorCode::Io),
                         refusal == "cancelled"_L1 ? u"the fetch was cancelled"_s : refusal);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    // A redirect still pending at the end is one the limit stopped.
    if (reply->error() == QNetworkReply::TooManyRedirectsError ||
        (status >= 300 && status < 400 && reply->error() == QNetworkReply::NoError))
        return makeError(
            ErrorCode::Io,
            u"the page redirects more than %1 times, or in a loop"_s.arg(options.maxRedirects));
    if (reply->error() == QNetworkReply::ProtocolUnknownError ||
        reply->error() == QNetworkReply::InsecureRedirectError)
        return makeError(ErrorCode::Io,
                         u"the page redirects to %1, which is not http or https"_s.arg(
                             target.isValid() ? reply->url().resolved(target).toDisplayString()
                                              : u"another kind of address"_s));
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return makeError(ErrorCode::Io, u"the server did not answer within %1 seconds"_s.arg(
                                            options.timeoutMs / 1000.0));
    if (status >= 400)
        return makeError(
            ErrorCode::NotFound,
            u"the server answered %1 %2"_s.arg(status).arg(
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    if (reply->error() != QNetworkReply::NoError)
        return makeError(ErrorCode::Io,
                         u"cannot fetch %1: %2"_s.arg(url.toDisplayString(), reply->errorString()));
    if (status != 0 && (status < 200 || status >= 300))
        return makeError(ErrorCode::Io,
                         u"the server answered %1 instead of the page"_s.arg(status));
    FetchedPage page;
    page.url = reply->url();
    page.contentType = reply->header(QNetworkRequest::ContentTypeHeader)
                           .toString()
                           .section(u';', 0, 0)
                           .trimmed()
                           .toLower();
    if (!isAcceptedType(page.contentType, kind))
        return makeError(ErrorCode::InvalidInput,
                         kind == FetchKind::Feed
                             ? u"the address gives %1, not a news feed"_s.arg(page.contentType)
                             : u"the address gives %1, not a web page"_s.arg(page.contentType));
    page.body = reply->readAll();
    if (page.body.size() > options.maxBytes)
        return makeError(ErrorCode::TooLarge,
                         u"the page is over the limit of %1 bytes"_s.arg(options.maxBytes));
    page.fetchedAt = QDateTime::currentDateTimeUtc();
    return page;
}

} // namespace parallax
