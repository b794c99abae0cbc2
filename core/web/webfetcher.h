// Fetches one web page or feed over http or https, and nothing else: with a time limit, a
// size limit, a limited number of redirects (each checked to stay on http or https), a clear
// user agent, and only the content types an article or a feed comes in. It blocks its caller
// (run it off the GUI thread) and can be cancelled.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <atomic>

namespace parallax {

struct FetchOptions
{
    int timeoutMs = 30000;              // the whole transfer
    qint64 maxBytes = 20 * 1024 * 1024; // larger bodies are refused
    int maxRedirects = 5;
};

struct FetchedPage
{
    QUrl url; // after redirects
    QString contentType;
    QByteArray body;
    QDateTime fetchedAt;
};

enum class FetchKind
{
    Page,
    Feed
};

// The user agent Parallax fetches with.
QString parallaxUserAgent();

Result<FetchedPage> fetchUrl(const QUrl &url, FetchKind kind, const FetchOptions &options = {},
                             const std::atomic_bool *cancel = nullptr);

// Whether the text is a URL Parallax may fetch: http or https with a host.
bool isFetchableUrl(const QUrl &url);

} // namespace parallax
