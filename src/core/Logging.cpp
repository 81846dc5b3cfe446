// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcCheck, "banger.doctor.check", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConfig, "banger.doctor.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDbus, "banger.doctor.dbus", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFirecracker, "banger.doctor.firecracker", QtWarningMsg)
Q_LOGGING_CATEGORY(lcScheduler, "banger.doctor.scheduler", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "banger.doctor.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMonitor, "banger.doctor.monitor", QtWarningMsg)
