// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bd::app {

// The command a hint tells the user to run, for the "copy command" button; empty when the hint names
// none. Looks, in order, for a span in backticks, a quoted span after "run" or starting with a known
// command, a command after the hint's last colon, and a hint that is a command. The command is only
// ever copied, never run.
QString commandFromHint(const QString &hint);

} // namespace bd::app
