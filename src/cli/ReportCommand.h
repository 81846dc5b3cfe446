// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace bd::cli {

// The headless report: runs every check, writes the chosen format to stdout or atomically to
// --output, and returns the exit code. Needs a running QCoreApplication event loop.
int runReport(const CliOptions &options);

} // namespace bd::cli
