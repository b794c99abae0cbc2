// What every parallax-cli command shares: the global options, the open library and output.
#pragma once

#include "util/result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace parallax {
class Database;
}

namespace parallax::cli {

enum ExitCode
{
    Success = 0,
    InputsFailed = 1,
    UsageError = 2
};

struct Command
{
    QString name;
    QString synopsis;    // e.g. "import PATH..."
    QString description; // one line
    // Adds the command's own options and positional arguments to the parser.
    void (*configure)(QCommandLineParser &parser);
    int (*run)(class Context &context);
};

const QList<Command> &commands();

class Context
{
public:
    Context(QCommandLineParser &parser, const Command &command);
    ~Context();

    QCommandLineParser &parser() { return m_parser; }
    const Command &command() const { return m_command; }
    bool json() const;
    bool quiet() const;

    // Opens the library given by --library, or the default one; prints the error on failure.
    Database *library();
    // The path --library names, or the default one, without opening it.
    QString libraryPath() const;

    // Prints a JSON document, or (without --json) human-readable text, to stdout.
    void print(const QJsonObject &json, const QString &text);
    // Prints "parallax-cli: message" to stderr, and with --json an error object to stdout.
    int fail(int exitCode, const Error &error);
    int usage(const QString &message);
    void progress(const QString &message);

private:
    QCommandLineParser &m_parser;
    const Command &m_command;
    std::unique_ptr<Database> m_library;
};

// Parses a positive article id; nullopt when text is not one.
std::optional<qint64> parseId(const QString &text);

} // namespace parallax::cli
