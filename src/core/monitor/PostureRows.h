// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"
#include "DriftTracker.h"

#include <QStringList>

namespace bd::monitor {

// The rows that make up the security posture the tray watches, in report order.
const QStringList &postureRowIds();
bool isPostureRow(const QString &id);

// Which rows an event concerns, so the monitor re-runs only those.
QStringList rowsForUnitState(const QString &unit);
QStringList rowsForUnitFile(const QString &unit);
QStringList socketRows();
QStringList firecrackerRows();
QString serviceRowForUnit(const QString &unit);

// Rows whose value is a small set of facts probed by the monitor itself ("mode 0600, owner uid 0").
bool hasFileFacts(const QString &rowId);
// lstat of path as "mode 0600, owner uid 1000, socket"; runs on a worker thread.
QString fileFacts(const QString &path);

// A unit as systemd reports it; activating, deactivating, reloading and auto-restart are transient.
Observation observationFromUnit(const QString &unit, const QString &loadState, const QString &activeState,
                                const QString &subState);
// A row as its check reports it; facts replace the details as the value when the row has them.
Observation observationFromResult(const CheckResult &result, const QString &facts = {});

// What changed, in words: "helper socket: mode 0600 → 0666", "bangerd.service: active → failed".
QString describe(const Drift &drift);

} // namespace bd::monitor
