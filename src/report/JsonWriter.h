// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace bd::report {

inline constexpr const char *kJsonSchema = "banger-doctor/report/v1";

// The report as DESIGN.md describes it, plus "history" (the drift history, oldest first) and
// "redacted" (whether personal values were replaced).
QJsonObject toJsonObject(const Report &report, const DriftHistory &history = {}, bool redacted = false);
// Indented JSON with the keys in reading order (schema, generated_at, app, host, summary, checks,
// history) rather than QJsonDocument's alphabetical order; key order carries no meaning.
QByteArray toJson(const Report &report, const DriftHistory &history = {}, bool redacted = false);

} // namespace bd::report
