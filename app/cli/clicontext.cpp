#include "clicontext.h"

#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

constexpr qint64 kLogProgressEveryMs = 5000;

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound:
        return u"not_found"_s;
    case ErrorCode::Constraint:
        return u"constraint"_s;
    case ErrorCode::Sql:
        return u"database"_s;
    case ErrorCode::Io:
        return u"io"_s;
    case ErrorCode::InvalidInput:
        return u"invalid_input"_s;
    case ErrorCode::Duplicate:
        return u"duplicate"_s;
    case ErrorCode::TooLarge:
        return u"too_large"_s;
    case ErrorCode::Binary:
        return u"binary"_s;
    case ErrorCode::Empty:
        return u"empty"_s;
    case ErrorCode::Encoding:
        return u"encoding"_s;
    case ErrorCode::NewerSchema:
        return u"newer_schema"_s;
    case ErrorCode::Cancelled:
        return u"cancelled"_s;
    case ErrorCode::LockLost:
        return u"lock_lost"_s;
    case ErrorCode::Stale:
        return u"stale"_s;
    case ErrorCode::Damaged:
        return u"damaged"_s;
    }
    return u"error"_s;
}

void writeOut(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

Context::Context(QCommandLineParser &parser, const Command &command)
    : m_parser(parser), m_command(command)
{}

Context::~Context() = default;

bool Context::json() const
{
    return m_parser.isSet(u"json"_s);
}
bool Context::quiet() const
{
    return m_parser.isSet(u"quiet"_s);
}

QString Context::libraryPath() const
{
    return m_parser.isSet(u"library"_s) ? m_parser.value(u"library"_s) : Database::defaultPath();
}

Database *Context::library()
{
    if (m_library)
        return m_library.get();
    const QString path = libraryPath();
    // Only the commands that bring articles in may start a new library; the others say that
    // there is none rather than leave an empty one behind.
    static const QStringList creating{u"import"_s, u"import-url"_s, u"import-qdpx"_s,
                                      u"import-qdc"_s, u"feed"_s};
    Database::Options options;
    options.createIfMissing =
        creating.contains(m_command.name) &&
        (m_command.name != "feed"_L1 || m_parser.positionalArguments().value(0) == "add"_L1);
    // Reading a library needs no write access: one in a read-only folder or file (a shared
    // archive, a copy on a read-only medium) is opened for reading only.
    static const QStringList reading{u"list"_s, u"show"_s, u"search"_s, u"stats"_s, u"export"_s};
    const QFileInfo file(path);
    const bool mayWrite =
        ::access(QFile::encodeName(file.absolutePath()).constData(), W_OK) == 0 &&
        (!file.exists() || ::access(QFile::encodeName(path).constData(), W_OK) == 0);
    auto opened = reading.contains(m_command.name) && file.exists() && !mayWrite
                      ? Database::openReadOnly(path)
                      : Database::open(path, options);
    if (!opened && opened.error().code == ErrorCode::NotFound)
        opened = makeError(ErrorCode::NotFound,
                           u"there is no library at %1 (import articles to start one)"_s.arg(path));
    if (!opened) {
        fail(InputsFailed, opened.error());
        return nullptr;
    }
    m_library = std::move(opened).value();
    return m_library.get();
}

void Context::print(const QJsonObject &json, const QString &text)
{
    if (this->json())
        writeOut(stdout, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    else if (!text.isEmpty())
        writeOut(stdout, text.endsWith(u'\n') ? text : text + u'\n');
}

int Context::fail(int exitCode, const Error &error)
{
    writeOut(stderr, u"parallax-cli: %1\n"_s.arg(error.message));
    if (json()) {
        const QJsonObject object{{u"error"_s, QJsonObject{{u"code"_s, errorCodeName(error.code)},
                                                          {u"message"_s, error.message}}}};
        writeOut(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    }
    return exitCode;
}

int Context::usage(const QString &message)
{
    fail(UsageError, makeError(ErrorCode::InvalidInput,
                               u"%1\nUsage: parallax-cli %2 (see parallax-cli %3 --help)"_s.arg(
                                   message, m_command.synopsis, m_command.name)));
    return UsageError;
}

void Context::progress(const QString &message)
{
    if (quiet())
        return;
    // On a terminal the line is rewritten in place; in a log an update is a line of its own,
    // at most every few seconds, so a long run does not fill the log with one line per item.
    static const bool terminal = isatty(fileno(stderr));
    if (terminal) {
        writeOut(stderr, u"\r\x1b[K"_s + message);
        return;
    }
    static QElapsedTimer sinceLogged;
    if (sinceLogged.isValid() && sinceLogged.elapsed() < kLogProgressEveryMs)
        return;
    sinceLogged.start();
    writeOut(stderr, message + u'\n');
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace parallax::cli
