// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"
#include "DoctorInputs.h"

#include <QList>

namespace bd {

// One row of the doctor, as the scheduler runs it. Names and groups are marked for translation and
// kept in English here: reports carry the English name, the window shows the translated one.
struct CheckDefinition
{
    const char *id;
    const char *name;
    const char *group;
    int deadlineMs;
    bool (*applies)(const DoctorInputs &); // nullptr: the row is always present
    CheckResult (*run)(const CheckContext &);
};

// Every row, in report order.
const QList<CheckDefinition> &checkRegistry();
const CheckDefinition *findCheck(const QString &id);
QString translatedCheckName(const QString &id, const QString &fallback);
QString translatedGroupName(const char *group);

} // namespace bd
