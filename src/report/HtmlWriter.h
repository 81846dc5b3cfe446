// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Report.h"

namespace bd::report {

// One self-contained HTML page: inline CSS (light, dark and print), no scripts, nothing fetched.
// Problems come first, then every check with all its details (nothing collapsed, so it prints whole),
// the environment and the recent drift.
QString toHtml(const Report &report, const DriftHistory &history = {}, bool redacted = false);

} // namespace bd::report
