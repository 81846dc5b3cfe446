// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CheckScheduler.h"
#include "Export.h"
#include "HostPaths.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace bd::cli {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::cli", text);
}

bool useColor(const CliOptions &options)
{
    return options.format == report::Format::Text && options.outputFile.isEmpty() && ::isatty(STDOUT_FILENO) &&
           !qEnvironmentVariableIsSet("NO_COLOR");
}

bool writeOutput(const CliOptions &options, const QByteArray &bytes)
{
    if (options.outputFile.isEmpty()) {
        const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return std::fflush(stdout) == 0 && written == size_t(bytes.size());
    }
    QSaveFile file(options.outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "banger-doctor: %s\n",
                     qPrintable(tr("cannot write %1: %2").arg(options.outputFile, file.errorString())));
        return false;
    }
    return true;
}

// Redaction happens on the Report itself, before any writer sees it, so every format is redacted alike.
QByteArray render(const Report &report, const CliOptions &options)
{
    std::optional<report::RedactionIdentity> identity;
    if (options.redact)
        identity =
            report::RedactionIdentity::current(HostPaths::fromProcess(options.doctor.root, options.doctor.configFile));
    return report::renderExport(report, report::recentStoredDrift(), options.format, identity, useColor(options)).bytes;
}

int exitCodeFor(const Report &report, bool strict)
{
    const ReportSummary summary = report.summary();
    if (summary.fail > 0 || (strict && summary.warn > 0))
        return ExitProblems;
    return ExitOk;
}

} // namespace

int runReport(const CliOptions &options)
{
    CheckScheduler scheduler;
    scheduler.setOptions(options.doctor);
    int code = ExitUsage;
    QObject::connect(&scheduler, &CheckScheduler::runFinished, qApp, [&](quint64, const Report &report) {
        const QByteArray bytes = render(report, options);
        code = writeOutput(options, bytes) ? exitCodeFor(report, options.strict) : ExitUsage;
        QCoreApplication::exit(code);
    });
    scheduler.start();
    QCoreApplication::exec();
    return code;
}

} // namespace bd::cli
