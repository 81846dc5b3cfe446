// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "DesktopApp.h"
#include "ReportCommand.h"

#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int printAndExit(const QString &text, FILE *stream, int code)
{
    std::fputs(qPrintable(text), stream);
    return code;
}

// Machine-readable formats stay in English so tools can parse them on any locale.
bool wantsTranslation(const bd::cli::CliOptions &options)
{
    using bd::report::Format;
    return options.mode != bd::cli::Mode::Report ||
           (options.format != Format::Json && options.format != Format::Prometheus);
}

// Help and usage errors were worded before any translator existed; parse again with them installed.
QString translatedMessage(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bd::app::installTranslations(app);
    return bd::cli::parseArguments(argumentList(argc, argv), bd::cli::hasDisplay()).message;
}

int runHeadless(int argc, char **argv, const bd::cli::CliOptions &options)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("banger-doctor"));
    // The same names as the desktop app, so both read the same settings file
    // ($XDG_CONFIG_HOME/banger-doctor/banger-doctor.conf), never one in banger's own directory.
    QCoreApplication::setOrganizationName(QStringLiteral("banger-doctor"));
    if (wantsTranslation(options))
        bd::app::installTranslations(app);
    return bd::cli::runReport(options);
}

} // namespace

int main(int argc, char **argv)
{
    const bd::cli::CliOptions options = bd::cli::parseArguments(argumentList(argc, argv), bd::cli::hasDisplay());
    switch (options.mode) {
    case bd::cli::Mode::Help:
        return printAndExit(translatedMessage(argc, argv), stdout, bd::cli::ExitOk);
    case bd::cli::Mode::Version:
        return printAndExit(options.message, stdout, bd::cli::ExitOk);
    case bd::cli::Mode::UsageError:
        return printAndExit(QStringLiteral("banger-doctor: ") + translatedMessage(argc, argv) + QLatin1Char('\n'),
                            stderr, bd::cli::ExitUsage);
    case bd::cli::Mode::Report:
        return runHeadless(argc, argv, options);
    case bd::cli::Mode::Window:
    case bd::cli::Mode::Tray:
        break;
    }
    return bd::app::runDesktop(argc, argv, options);
}
