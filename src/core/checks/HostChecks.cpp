// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checks.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace bd::checks {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
static QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

CheckResult hostArchitecture(const CheckContext &)
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == QLatin1String("x86_64"))
        return CheckResult::pass({arch});
    return CheckResult::fail({tr("running on %1; banger supports only x86_64 hosts").arg(arch),
                              tr("companion binaries, the kernel catalog and OCI image import are built for "
                                 "x86_64 only; use an x86_64 machine")});
}

} // namespace bd::checks
