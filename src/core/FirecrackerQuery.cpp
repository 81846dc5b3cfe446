// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirecrackerQuery.h"

#include "FileStat.h"
#include "HostPaths.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <csignal>
#include <unistd.h>

namespace bd::firecracker {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::firecracker", text);
}

constexpr int kReapMs = 2000;
constexpr int kMaxLineChars = 120;

QString firstNonEmptyLine(const QByteArray &output)
{
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty())
            return line.size() > kMaxLineChars ? line.left(kMaxLineChars) + QStringLiteral("…") : line;
    }
    return {};
}

// The binary runs as the leader of its own process group, so a shell script that forked helpers
// (which would otherwise keep running, orphaned) is stopped as a whole.
void stop(QProcess &process)
{
    if (const qint64 pid = process.processId(); pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    process.kill();
    if (!process.waitForFinished(kReapMs))
        qCWarning(lcFirecracker) << "process" << process.processId() << "did not exit after SIGKILL";
}

// Reads merged output until the process exits, the cap is passed or the deadline expires.
VersionQuery::Outcome collect(QProcess &process, const QueryLimits &limits, QByteArray *output)
{
    const QDeadlineTimer deadline(limits.timeoutMs);
    while (true) {
        if (output->size() > limits.maxOutputBytes)
            return VersionQuery::Outcome::OutputTooLarge;
        if (process.state() == QProcess::NotRunning)
            return VersionQuery::Outcome::Ok;
        if (deadline.hasExpired())
            return VersionQuery::Outcome::TimedOut;

        const int wait = int(std::min<qint64>(deadline.remainingTime(), 200));
        if (process.waitForReadyRead(wait))
            *output += process.read(limits.maxOutputBytes + 1 - output->size());
    }
}

VersionQuery judgeExit(QProcess &process, QByteArray output, qint64 maxOutputBytes)
{
    output += process.read(std::max<qint64>(0, maxOutputBytes - output.size()));
    VersionQuery query;
    query.firstLine = firstNonEmptyLine(output);
    query.exitCode = process.exitCode();

    if (process.exitStatus() == QProcess::CrashExit) {
        query.outcome = VersionQuery::Outcome::Crashed;
        query.error = tr("it crashed");
    } else if (process.exitCode() != 0) {
        query.outcome = VersionQuery::Outcome::ExitedWithError;
        query.error = tr("it exited with status %1").arg(process.exitCode());
    } else if ((query.version = parseVersionLine(query.firstLine))) {
        query.outcome = VersionQuery::Outcome::Ok;
    } else {
        query.outcome = VersionQuery::Outcome::Unparseable;
        query.error = query.firstLine.isEmpty() ? tr("it printed no version")
                                                : tr("it printed \"%1\", not a version").arg(query.firstLine);
    }
    return query;
}

// Stops a process that ran too long or said too much, and says which.
VersionQuery killed(QProcess &process, VersionQuery::Outcome why, const QByteArray &output, const QueryLimits &limits)
{
    stop(process);

    VersionQuery query;
    query.outcome = why;
    query.firstLine = firstNonEmptyLine(output);
    query.error = why == VersionQuery::Outcome::TimedOut
                      ? tr("it did not finish within %1 s and was killed").arg(limits.timeoutMs / 1000.0)
                      : tr("it printed more than %1 KiB and was killed").arg(limits.maxOutputBytes / 1024);
    return query;
}

} // namespace

std::optional<SemVer> parseVersionLine(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*firecracker\s+v?(\S+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return SemVer::parse(match.captured(1));
}

VersionQuery queryVersion(const QString &binary, const QueryLimits &limits)
{
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(binary, {QStringLiteral("--version")}, QIODevice::ReadOnly);

    if (!process.waitForStarted(limits.timeoutMs)) {
        VersionQuery query;
        query.error = tr("it could not be started: %1").arg(process.errorString());
        stop(process);
        return query;
    }

    QByteArray output;
    const VersionQuery::Outcome collected = collect(process, limits, &output);
    VersionQuery query = collected == VersionQuery::Outcome::Ok ? judgeExit(process, output, limits.maxOutputBytes)
                                                                : killed(process, collected, output, limits);
    query.elapsedMs = clock.elapsed();
    qCDebug(lcFirecracker) << binary << "--version:" << int(query.outcome) << query.firstLine << query.elapsedMs
                           << "ms";
    return query;
}

QString installCommand(const OsRelease &release)
{
    for (const QString &id : QStringList{release.id} + release.idLike) {
        if (id == QLatin1String("debian"))
            return QStringLiteral("sudo apt install firecracker");
        if (id == QLatin1String("arch") || id == QLatin1String("manjaro") || id == QLatin1String("endeavouros"))
            return QStringLiteral("paru -S firecracker");
        if (id == QLatin1String("nixos"))
            return QStringLiteral("nix-env -iA nixos.firecracker");
    }
    return {};
}

QString installHint(const OsRelease &release)
{
    const QString command = installCommand(release);
    const QString url = QLatin1String(releasesUrl);
    if (command.isEmpty())
        return tr("download a static firecracker binary from %1").arg(url);
    if (command.startsWith(QLatin1String("paru")))
        return tr("install it from the AUR with `%1` (or the AUR helper you use), or download a static binary "
                  "from %2")
            .arg(command, url);
    if (command.startsWith(QLatin1String("nix")))
        return tr("install it with `%1` (or add it to configuration.nix), or download a static binary from %2")
            .arg(command, url);
    return tr("install it with `%1`, or download a static binary from %2").arg(command, url);
}

QString locateBinary(const HostPaths &paths, const QString &configured)
{
    const QString name = paths.expandUser(configured.trimmed());
    if (const QString found = paths.findExecutable(name); !found.isEmpty())
        return found;
    if (name.isEmpty())
        return {};

    QStringList candidates;
    if (name.contains(QLatin1Char('/')))
        candidates << (QDir::isAbsolutePath(name) ? paths.system(name) : QDir::current().absoluteFilePath(name));
    else
        for (const QString &dir : paths.searchPath())
            candidates << dir + QLatin1Char('/') + name;

    for (const QString &candidate : std::as_const(candidates)) {
        if (FileStat::ofLink(candidate).exists())
            return candidate;
    }
    return {};
}

} // namespace bd::firecracker
