// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckRegistry.h"
#include "CheckScheduler.h"
#include "FixtureRoot.h"

#include <QTest>

// Loads the inputs of a fixture as a real run would and runs one registered check on this thread.
inline bd::CheckResult runCheck(const FixtureRoot &fixture, const QString &id, bd::DoctorOptions options = {})
{
    options.root = fixture.root();
    const bd::CheckDefinition *def = bd::findCheck(id);
    if (!def)
        qFatal("no check with id %s", qPrintable(id));
    const auto inputs = bd::DoctorInputs::load(options, fixture.paths());
    return bd::runCheckNow(*def, *inputs);
}

// Whether any detail line contains text; the failure message shows them all.
inline bool anyDetailContains(const bd::CheckResult &result, const QString &text)
{
    for (const QString &detail : result.details) {
        if (detail.contains(text))
            return true;
    }
    return false;
}
