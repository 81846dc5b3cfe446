// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace bd::cli {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::cli", text);
}

struct Parser
{
    Q_DECLARE_TR_FUNCTIONS(bd::cli::Parser)

public:
    QCommandLineParser parser;
    QCommandLineOption tray{QStringLiteral("tray"), tr("Start hidden in the system tray.")};
    QCommandLineOption report{QStringLiteral("report"), tr("Print the report and exit.")};
    QCommandLineOption format{QStringLiteral("format"),
                              tr("Report format: text, markdown, json, html or prometheus (default text)."),
                              tr("format"), QStringLiteral("text")};
    QCommandLineOption output{QStringLiteral("output"), tr("Write the report to FILE instead of standard output."),
                              tr("FILE")};
    QCommandLineOption redact{QStringLiteral("redact"), tr("Replace user name, home, host name and uids.")};
    QCommandLineOption strict{QStringLiteral("strict"), tr("Count warnings as failures for the exit code.")};
    QCommandLineOption root{QStringLiteral("root"), tr("Read system paths under DIR."), tr("DIR")};
    QCommandLineOption config{QStringLiteral("config"), tr("Use this config.toml."), tr("FILE")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")};
    QCommandLineOption version{QStringLiteral("version"), tr("Show the version and exit.")};

    Parser()
    {
        parser.setApplicationDescription(tr("Checks the health and security posture of a banger install."));
        parser.addOptions({tray, report, format, output, redact, strict, root, config, help, version});
    }
};

QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: banger-doctor"));
    text += tr("\nExit codes of --report: 0 no failure, 1 at least one failure (or warning with --strict), "
               "2 usage or internal error.\n");
    return text;
}

CliOptions usageError(const QString &message)
{
    CliOptions options;
    options.mode = Mode::UsageError;
    options.message = message + QLatin1Char('\n') + tr("Try 'banger-doctor --help' for more information.");
    return options;
}

bool validateRoot(const QString &root, CliOptions *options)
{
    if (root.isEmpty())
        return true;
    if (!QFileInfo(root).isDir()) {
        *options = usageError(tr("--root %1: not a directory").arg(root));
        return false;
    }
    options->doctor.root = QFileInfo(root).absoluteFilePath();
    return true;
}

CliOptions fromParser(const Parser &p, bool display)
{
    CliOptions options;
    const auto format = report::formatFromName(p.parser.value(p.format));
    if (!format)
        return usageError(tr("unknown format '%1'; use one of: %2")
                              .arg(p.parser.value(p.format), report::formatNames().join(QStringLiteral(", "))));
    options.format = *format;
    options.outputFile = p.parser.value(p.output);
    options.redact = p.parser.isSet(p.redact);
    options.strict = p.parser.isSet(p.strict);
    options.doctor.configFile = p.parser.value(p.config);
    if (!validateRoot(p.parser.value(p.root), &options))
        return options;

    if (p.parser.isSet(p.report) || !display)
        options.mode = Mode::Report;
    else
        options.mode = p.parser.isSet(p.tray) ? Mode::Tray : Mode::Window;
    return options;
}

} // namespace

CliOptions parseArguments(const QStringList &arguments, bool display)
{
    Parser p;
    if (!p.parser.parse(arguments))
        return usageError(p.parser.errorText());
    if (!p.parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(p.parser.positionalArguments().constFirst()));

    CliOptions options;
    if (p.parser.isSet(p.help)) {
        options.mode = Mode::Help;
        options.message = helpText(p.parser);
        return options;
    }
    if (p.parser.isSet(p.version)) {
        options.mode = Mode::Version;
        options.message = QStringLiteral("banger-doctor %1 (%2)\n")
                              .arg(QLatin1String(buildinfo::version), QLatin1String(buildinfo::commit));
        return options;
    }
    return fromParser(p, display);
}

bool hasDisplay()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true;
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

} // namespace bd::cli
