// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace bd::app {

// Creates the QApplication and runs the window (or the tray with --tray) until the user quits.
int runDesktop(int argc, char **argv, const cli::CliOptions &options);

} // namespace bd::app
