// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

class HostPaths;

struct AppInfo
{
    QString version;
    QString commit;
    QString qt;

    static AppInfo current();
};

struct HostInfo
{
    QString hostname;
    QString os; // PRETTY_NAME from os-release
    QString kernel;
    QString arch;

    static HostInfo current(const HostPaths &paths);
};

struct ReportSummary
{
    int pass = 0;
    int warn = 0;
    int fail = 0;
    Status status = Status::Pass;
};

// One finished run: what the writers in src/report turn into text, JSON and the other formats.
struct Report
{
    QDateTime generatedAt; // UTC
    AppInfo app;
    HostInfo host;
    QList<CheckResult> checks;
    double elapsedMs = 0;

    ReportSummary summary() const;
    const CheckResult *find(const QString &id) const;
};

} // namespace bd

Q_DECLARE_METATYPE(bd::Report)
