// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusWriter.h"

namespace bd::report {

namespace {

// Label values escape backslash, double quote and newline, as the exposition format requires.
QString labelValue(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return out;
}

void appendFamily(QString &out, const char *name, const char *help)
{
    out += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(QLatin1String(name), QLatin1String(help));
}

QString seconds(double value)
{
    return QString::number(value, 'f', 6);
}

} // namespace

QString toPrometheus(const Report &report)
{
    QString out;
    appendFamily(out, "banger_doctor_check_status", "Status of one doctor check: 0 pass, 1 warn, 2 fail.");
    for (const CheckResult &check : report.checks) {
        out += QStringLiteral("banger_doctor_check_status{check=\"%1\"} %2\n")
                   .arg(labelValue(check.id))
                   .arg(int(check.status));
    }

    const ReportSummary summary = report.summary();
    appendFamily(out, "banger_doctor_status", "Worst status of all checks: 0 pass, 1 warn, 2 fail.");
    out += QStringLiteral("banger_doctor_status %1\n").arg(int(summary.status));

    appendFamily(out, "banger_doctor_checks", "Number of checks by status.");
    out += QStringLiteral("banger_doctor_checks{status=\"pass\"} %1\n").arg(summary.pass);
    out += QStringLiteral("banger_doctor_checks{status=\"warn\"} %1\n").arg(summary.warn);
    out += QStringLiteral("banger_doctor_checks{status=\"fail\"} %1\n").arg(summary.fail);

    appendFamily(out, "banger_doctor_last_run_timestamp_seconds", "Unix time when the checks ran.");
    out += QStringLiteral("banger_doctor_last_run_timestamp_seconds %1\n").arg(report.generatedAt.toSecsSinceEpoch());

    appendFamily(out, "banger_doctor_run_duration_seconds", "How long the whole run took.");
    out += QStringLiteral("banger_doctor_run_duration_seconds %1\n").arg(seconds(report.elapsedMs / 1000.0));

    appendFamily(out, "banger_doctor_info", "Version and commit of Banger Doctor that wrote these metrics.");
    out += QStringLiteral("banger_doctor_info{version=\"%1\",commit=\"%2\"} 1\n")
               .arg(labelValue(report.app.version), labelValue(report.app.commit));
    return out;
}

} // namespace bd::report
