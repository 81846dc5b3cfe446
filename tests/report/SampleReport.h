// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Report.h"

#include <QProcess>
#include <QStandardPaths>

// A fixed report for golden files: fixed time, host and versions, every status, and details that
// need escaping in some format (<, >, &, |, *, _, quotes, backslash, non-ASCII).
inline bd::CheckResult sampleCheck(const QString &id, const QString &name, bd::Status status,
                                   const QStringList &details, const QStringList &sources = {}, double ms = 0.5)
{
    bd::CheckResult check;
    check.id = id;
    check.name = name;
    check.status = status;
    check.details = details;
    check.sources = sources;
    check.elapsedMs = ms;
    return check;
}

inline bd::Report sampleReport()
{
    using bd::Status;
    bd::Report report;
    report.generatedAt = QDateTime(QDate(2026, 12, 3), QTime(15, 0, 0), Qt::UTC);
    report.app = {QStringLiteral("0.1.0"), QStringLiteral("1a2b3c4d"), QStringLiteral("6.4.2")};
    report.host = {QStringLiteral("golden-host"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"),
                   QStringLiteral("6.1.0-26-amd64"), QStringLiteral("x86_64")};
    report.elapsedMs = 41.7;
    report.checks = {
        sampleCheck(QStringLiteral("host-architecture"), QStringLiteral("host architecture"), Status::Pass,
                    {QStringLiteral("x86_64")}, {}, 0.02),
        sampleCheck(QStringLiteral("user-config"), QStringLiteral("user config"), Status::Pass,
                    {QStringLiteral("no config at /home/ada/.config/banger/config.toml; using defaults")}),
        sampleCheck(QStringLiteral("firecracker-binary"), QStringLiteral("firecracker binary"), Status::Warn,
                    {QStringLiteral("Firecracker v1.13.0 is newer than the tested 1.12.0"),
                     QStringLiteral("it probably works; report problems with `firecracker --version` attached")},
                    {QStringLiteral("exec /usr/bin/firecracker --version")}, 12.25),
        sampleCheck(QStringLiteral("helper-socket"), QStringLiteral("helper socket"), Status::Fail,
                    {QStringLiteral("/run/banger/root-helper.sock has mode 0666 (want 0600) & owner uid 1000"),
                     QStringLiteral("pipes | stars * under_scores <tags> \"quotes\" back\\slash — ünïcode"),
                     QStringLiteral("sudo chmod 0600 /run/banger/root-helper.sock")},
                    {QStringLiteral("stat /run/banger/root-helper.sock")}, 0.1),
        sampleCheck(
            QStringLiteral("daemon-unit-hardening"), QStringLiteral("daemon unit hardening"), Status::Fail,
            {QStringLiteral("NoNewPrivileges=no (want yes)"),
             QStringLiteral("add NoNewPrivileges=yes to bangerd.service and run systemctl daemon-reload")},
            {QStringLiteral("/etc/systemd/system/bangerd.service:12"), QStringLiteral("D-Bus Service.NoNewPrivileges")},
            3.5),
    };
    return report;
}

inline bd::DriftHistory sampleHistory()
{
    bd::DriftEvent loosened;
    loosened.at = QDateTime(QDate(2026, 12, 3), QTime(14, 58, 10), Qt::UTC);
    loosened.checkId = QStringLiteral("helper-socket");
    loosened.checkName = QStringLiteral("helper socket");
    loosened.from = bd::Status::Pass;
    loosened.to = bd::Status::Fail;
    loosened.change = QStringLiteral("helper socket: mode 0600 → 0666");

    bd::DriftEvent recovered = loosened;
    recovered.at = QDateTime(QDate(2026, 12, 3), QTime(14, 59, 2), Qt::UTC);
    recovered.checkId = QStringLiteral("daemon-service");
    recovered.checkName = QStringLiteral("owner daemon service");
    recovered.from = bd::Status::Fail;
    recovered.to = bd::Status::Pass;
    recovered.change = QStringLiteral("bangerd.service: failed → active");
    return {loosened, recovered};
}

// Runs a tool with stdin and returns exit code and merged output; exit code -1 when it did not start.
struct ToolRun
{
    int exitCode = -1;
    QByteArray output;
};

inline ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                       int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAll()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}
