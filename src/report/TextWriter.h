// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Report.h"

namespace bd::report {

// The terminal report: one aligned block per check, status first, then the summary and any recent
// drift; colour only when asked.
QString toText(const Report &report, bool color, const DriftHistory &history = {});

} // namespace bd::report
