// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Report.h"

#include <QList>
#include <QString>

#include <utility>

namespace bd::report {

// Sentences and labels every human-readable format shares, so text, Markdown and HTML say the same.
QString summarySentence(const Report &report);     // "14 passed, 2 warnings, 1 failed in 41.7 ms"
QString utcTimeText(const QDateTime &time);        // "2026-12-03 15:00:00 UTC"
QString statusTransition(const DriftEvent &event); // "pass → warn"
// The name of a row in the reader's language; JSON and Prometheus keep the English name for tools.
QString displayName(const CheckResult &check);
QString displayName(const DriftEvent &event);
// The findings of a row without its hint, and the hint (empty for a pass or a single detail).
QStringList findings(const CheckResult &check);
QString hintOf(const CheckResult &check);
// The environment table of a report: label and value pairs (app, Qt, OS, kernel, arch, host, time, redaction).
QList<std::pair<QString, QString>> environmentRows(const Report &report, bool redacted);

} // namespace bd::report
