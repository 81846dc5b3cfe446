// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

namespace bd::report {

// The terminal report: one aligned block per check, status first; colour only when asked.
QString toText(const Report &report, bool color);

} // namespace bd::report
