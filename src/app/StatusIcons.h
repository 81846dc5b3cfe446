// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QIcon>

namespace bd::app {

// The SVG icons under resources/icons. Every status has its own shape (circle with a check mark,
// triangle with "!", octagon with a cross, clock), so a row never relies on colour alone.
namespace icons {

QIcon status(Status status);
QIcon pending();
QIcon hint();
QIcon detail();
QIcon application();
// Fallback for the desktop theme's view-refresh.
QIcon rerun();

} // namespace icons

} // namespace bd::app
