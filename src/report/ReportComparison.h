// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

#include <QList>
#include <optional>

namespace bd::report {

// How one row of an opened report compares with the same row of this machine's run.
struct RowComparison
{
    enum class Difference
    {
        Same,
        Status,       // the status differs
        Details,      // same status, different findings
        OnlyInOpened, // the other machine has this row, this one does not
        OnlyHere      // this machine has this row, the opened report does not
    };

    QString id;
    QString name;
    std::optional<CheckResult> opened;
    std::optional<CheckResult> local;
    Difference difference = Difference::Same;

    bool differs() const { return difference != Difference::Same; }
};

// Row by row, in the opened report's order, followed by the rows only this machine has. Elapsed times
// and sources never count as a difference: they change on every run.
QList<RowComparison> compareReports(const Report &opened, const Report &local);
// A short translated sentence for the difference ("status differs", "only in the opened report", ...).
QString differenceText(RowComparison::Difference difference);

} // namespace bd::report
