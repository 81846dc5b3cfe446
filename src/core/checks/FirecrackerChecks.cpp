// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// firecracker-binary runs `firecracker --version` and compares it with the supported window;
// firecracker-ownership judges the binary the root helper will exec as the helper itself does.
#include "Checks.h"

#include "FileStat.h"
#include "FirecrackerQuery.h"

#include <QCoreApplication>

#include <algorithm>

namespace bd::checks {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

QString configuredBinary(const DoctorInputs &in)
{
    const QString configured = in.config().firecrackerBin.trimmed();
    return configured.isEmpty() ? QStringLiteral("firecracker") : configured;
}

// The query never outlives the row's own deadline, so a hung binary is reported by this check,
// with its name, rather than by the scheduler's generic timeout.
int queryTimeout(const CheckContext &ctx)
{
    const qint64 slack = 1000;
    const qint64 configured = ctx.in.options.firecrackerTimeoutMs;
    const qint64 rowLeft = ctx.deadline.isForever() ? configured : ctx.deadline.remainingTime() - slack;
    return int(std::clamp<qint64>(std::min(configured, rowLeft), 100, 60000));
}

CheckResult missingBinary(const CheckContext &ctx, const QString &configured)
{
    const QString osReleasePath = ctx.in.paths.osRelease();
    QStringList details{tr("%1 was not found on PATH").arg(configured)};
    if (configured.contains(QLatin1Char('/')))
        details = QStringList{tr("%1 does not exist or is not executable").arg(configured)};
    details << firecracker::installHint(readOsRelease(osReleasePath));

    CheckResult result = CheckResult::fail(details);
    result.sources << QStringLiteral("PATH lookup ") + configured << osReleasePath;
    return result;
}

CheckResult judgeVersion(const QString &binary, const SemVer &version)
{
    const SemVer minimum = *SemVer::parse(QLatin1String(firecracker::minimumVersion));
    const SemVer tested = *SemVer::parse(QLatin1String(firecracker::testedVersion));
    const QString found = tr("Firecracker v%1 at %2").arg(version.toString(), binary);

    if (version < minimum)
        return CheckResult::fail({found, tr("banger needs at least v%1").arg(minimum.toString()),
                                  tr("upgrade firecracker; releases are at %1").arg(firecracker::releasesUrl)});
    if (version > tested)
        return CheckResult::warn({found,
                                  tr("newer than v%1, the latest version banger is tested with; it "
                                     "usually works")
                                      .arg(tested.toString()),
                                  tr("if VMs misbehave, try firecracker v%1").arg(tested.toString())});
    return CheckResult::pass(
        {found,
         tr("within the supported range (at least v%1, tested up to v%2)").arg(minimum.toString(), tested.toString())});
}

} // namespace

CheckResult firecrackerBinary(const CheckContext &ctx)
{
    const QString configured = configuredBinary(ctx.in);
    const QString binary = ctx.in.paths.findExecutable(configured);
    if (binary.isEmpty())
        return missingBinary(ctx, configured);

    const firecracker::VersionQuery query = firecracker::queryVersion(binary, {queryTimeout(ctx), 64 * 1024});
    CheckResult result =
        query.ok() ? judgeVersion(binary, *query.version)
                   : CheckResult::fail({tr("`%1 --version` failed: %2").arg(binary, query.error),
                                        tr("reinstall firecracker; releases are at %1").arg(firecracker::releasesUrl)});
    result.sources << binary + QStringLiteral(" --version");
    return result;
}

namespace {

struct OwnershipProblem
{
    QString problem;
    QString hint;
};

QList<OwnershipProblem> ownershipProblems(const QString &path, const FileStat &st)
{
    if (st.type == FileStat::Type::Symlink)
        return {{tr("%1 is a symbolic link").arg(path),
                 tr("the root helper refuses to follow links (O_NOFOLLOW); point firecracker_bin at the real "
                    "file")}};
    if (st.type != FileStat::Type::Regular)
        return {{tr("%1 is a %2, not a regular file").arg(path, st.typeName()),
                 tr("replace it with the firecracker binary")}};

    QList<OwnershipProblem> problems;
    if ((st.permissions & 0111) == 0)
        problems << OwnershipProblem{tr("mode %1 has no execute bit").arg(st.modeText()),
                                     tr("sudo chmod 0755 %1").arg(path)};
    if ((st.permissions & 0022) != 0)
        problems << OwnershipProblem{tr("mode %1 lets group or others write it").arg(st.modeText()),
                                     tr("sudo chmod go-w %1").arg(path)};
    if (st.uid != 0)
        problems << OwnershipProblem{tr("owned by uid %1 (%2), not by root (uid 0)").arg(st.uid).arg(userName(st.uid)),
                                     tr("sudo chown root: %1").arg(path)};
    return problems;
}

} // namespace

CheckResult firecrackerOwnership(const CheckContext &ctx)
{
    const QString configured = configuredBinary(ctx.in);
    const QString path = firecracker::locateBinary(ctx.in.paths, configured);
    if (path.isEmpty())
        return CheckResult::fail({tr("%1 was not found, so its ownership cannot be checked").arg(configured),
                                  tr("install firecracker first (see the firecracker binary row)")});

    const FileStat st = FileStat::ofLink(path);
    CheckResult result;
    if (!st.exists()) {
        result = CheckResult::fail({tr("cannot inspect %1: %2").arg(path, st.errorText()),
                                    tr("check the permissions of the directories above it")});
    } else if (const QList<OwnershipProblem> problems = ownershipProblems(path, st); !problems.isEmpty()) {
        QStringList details, hints;
        for (const OwnershipProblem &p : problems) {
            details << (p.problem.startsWith(path) ? p.problem : path + QStringLiteral(": ") + p.problem);
            hints << p.hint;
        }
        result = CheckResult::fail(details << hints.join(QStringLiteral("; ")));
    } else {
        result = CheckResult::pass({tr("%1: regular file, owned by root, mode %2").arg(path, st.modeText())});
    }
    result.sources << QStringLiteral("lstat ") + path;
    return result;
}

} // namespace bd::checks
