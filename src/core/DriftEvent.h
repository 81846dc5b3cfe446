// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace bd {

// One change of a check's status seen by the posture monitor: the unit of the drift history that
// the tray keeps, the window lists and every report format appends after the checks.
struct DriftEvent
{
    QDateTime at; // UTC
    QString checkId;
    QString checkName;
    Status from = Status::Pass;
    Status to = Status::Pass;
    QString change; // what changed, in words: "helper socket: mode 0600 → 0666"

    bool isDegradation() const { return static_cast<int>(to) > static_cast<int>(from); }
    bool isRecovery() const { return static_cast<int>(to) < static_cast<int>(from); }
};

using DriftHistory = QList<DriftEvent>;

} // namespace bd

Q_DECLARE_METATYPE(bd::DriftEvent)
