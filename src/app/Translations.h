// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace bd::app {

// Loads the app's translation for the system locale (embedded under :/i18n by the executable)
// and Qt's own, when they exist. English needs nothing.
void installTranslations(QCoreApplication &app);

} // namespace bd::app
