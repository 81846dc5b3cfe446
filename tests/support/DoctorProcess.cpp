// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

static DoctorRow rowFrom(const QJsonObject &check)
{
    QStringList lines;
    for (const QJsonValue &line : check.value(QLatin1String("details")).toArray())
        lines << line.toString();
    return DoctorRow{check.value(QLatin1String("status")).toString(), lines.join(QLatin1Char('\n')),
                     check.value(QLatin1String("elapsed_ms")).toDouble()};
}

DoctorRun runDoctorJson(const QProcessEnvironment &env, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(qEnvironmentVariable("BD_BINARY"),
                  QStringList{QStringLiteral("--report"), QStringLiteral("--format"), QStringLiteral("json")} +
                      arguments);

    DoctorRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.finished = true;
    run.wallMs = clock.elapsed();
    run.exitCode = process.exitCode();

    run.report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (const QJsonValue &value : run.report.value(QLatin1String("checks")).toArray())
        run.rows.insert(value.toObject().value(QLatin1String("id")).toString(), rowFrom(value.toObject()));
    return run;
}
