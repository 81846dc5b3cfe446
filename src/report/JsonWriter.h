// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace bd::report {

inline constexpr const char *kJsonSchema = "banger-doctor/report/v1";

QJsonObject toJsonObject(const Report &report);
QByteArray toJson(const Report &report);

} // namespace bd::report
