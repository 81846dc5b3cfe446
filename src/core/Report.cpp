// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "BuildInfo.h"
#include "HostPaths.h"
#include "OsRelease.h"

#include <QSysInfo>

namespace bd {

AppInfo AppInfo::current()
{
    return AppInfo{QString::fromLatin1(buildinfo::version), QString::fromLatin1(buildinfo::commit),
                   QString::fromLatin1(qVersion())};
}

HostInfo HostInfo::current(const HostPaths &paths)
{
    HostInfo host;
    host.hostname = QSysInfo::machineHostName();
    host.os = readOsRelease(paths.osRelease()).prettyName;
    host.kernel = QSysInfo::kernelVersion();
    host.arch = QSysInfo::currentCpuArchitecture();
    return host;
}

ReportSummary Report::summary() const
{
    ReportSummary summary;
    for (const CheckResult &check : checks) {
        summary.status = worse(summary.status, check.status);
        switch (check.status) {
        case Status::Pass:
            ++summary.pass;
            break;
        case Status::Warn:
            ++summary.warn;
            break;
        case Status::Fail:
            ++summary.fail;
            break;
        }
    }
    return summary;
}

const CheckResult *Report::find(const QString &id) const
{
    for (const CheckResult &check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

} // namespace bd
