// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

namespace bd::report {

// Prometheus text exposition for node_exporter's textfile collector: one gauge per check
// (0 pass, 1 warn, 2 fail), the worst status, counts by status, the run's time and duration, and an
// info gauge with the app version. Passes `promtool check metrics`.
QString toPrometheus(const Report &report);

} // namespace bd::report
