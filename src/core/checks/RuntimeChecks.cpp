// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until this group is ported from banger's doctor: every row fails and says so.
#include "Checks.h"

namespace bd::checks {

CheckResult coreVmLifecycle(const CheckContext &)
{
    return CheckResult::fail({QStringLiteral("this check is not ported yet"), QStringLiteral("use banger doctor")});
}

CheckResult vsockGuestAgent(const CheckContext &)
{
    return CheckResult::fail({QStringLiteral("this check is not ported yet"), QStringLiteral("use banger doctor")});
}

} // namespace bd::checks
