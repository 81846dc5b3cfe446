// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportComparison.h"

#include <QCoreApplication>

namespace bd::report {

namespace {

RowComparison::Difference differenceOf(const CheckResult *opened, const CheckResult *local)
{
    if (!local)
        return RowComparison::Difference::OnlyInOpened;
    if (!opened)
        return RowComparison::Difference::OnlyHere;
    if (opened->status != local->status)
        return RowComparison::Difference::Status;
    if (opened->details != local->details)
        return RowComparison::Difference::Details;
    return RowComparison::Difference::Same;
}

RowComparison compareRow(const QString &id, const CheckResult *opened, const CheckResult *local)
{
    RowComparison row;
    row.id = id;
    row.name = opened ? opened->name : local->name;
    if (opened)
        row.opened = *opened;
    if (local)
        row.local = *local;
    row.difference = differenceOf(opened, local);
    return row;
}

} // namespace

QList<RowComparison> compareReports(const Report &opened, const Report &local)
{
    QList<RowComparison> rows;
    for (const CheckResult &check : opened.checks)
        rows.append(compareRow(check.id, &check, local.find(check.id)));

    for (const CheckResult &check : local.checks) {
        if (!opened.find(check.id))
            rows.append(compareRow(check.id, nullptr, &check));
    }
    return rows;
}

QString differenceText(RowComparison::Difference difference)
{
    const char *context = "bd::report::ReportComparison";
    switch (difference) {
    case RowComparison::Difference::Same:
        return QCoreApplication::translate(context, "same");
    case RowComparison::Difference::Status:
        return QCoreApplication::translate(context, "status differs");
    case RowComparison::Difference::Details:
        return QCoreApplication::translate(context, "findings differ");
    case RowComparison::Difference::OnlyInOpened:
        return QCoreApplication::translate(context, "only in the opened report");
    case RowComparison::Difference::OnlyHere:
        return QCoreApplication::translate(context, "only on this machine");
    }
    return {};
}

} // namespace bd::report
