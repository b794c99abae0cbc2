// The parallax-cli subcommands: each has a configure (options) and a run function.
#pragma once

#include <QCommandLineParser>

namespace parallax::cli {

class Context;

void configureImport(QCommandLineParser &parser);
int runImport(Context &context);
void configureList(QCommandLineParser &parser);
int runList(Context &context);
void configureShow(QCommandLineParser &parser);
int runShow(Context &context);
void configureSet(QCommandLineParser &parser);
int runSet(Context &context);
void configureRemove(QCommandLineParser &parser);
int runRemove(Context &context);
void configureSearch(QCommandLineParser &parser);
int runSearch(Context &context);
void configureStats(QCommandLineParser &parser);
int runStats(Context &context);
void configureAnalyze(QCommandLineParser &parser);
int runAnalyze(Context &context);
void configureEval(QCommandLineParser &parser);
int runEval(Context &context);
void configureReanalyze(QCommandLineParser &parser);
int runReanalyze(Context &context);
void configureExport(QCommandLineParser &parser);
int runExport(Context &context);
void configureImportQdpx(QCommandLineParser &parser);
int runImportQdpx(Context &context);
void configureImportQdc(QCommandLineParser &parser);
int runImportQdc(Context &context);
void configureImportUrl(QCommandLineParser &parser);
int runImportUrl(Context &context);
void configureFeed(QCommandLineParser &parser);
int runFeed(Context &context);
void configureCheck(QCommandLineParser &parser);
int runCheck(Context &context);
void configureSalvage(QCommandLineParser &parser);
int runSalvage(Context &context);

} // namespace parallax::cli
