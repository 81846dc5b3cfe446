// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Report.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bd::report {

// Reports larger than this are refused before they are parsed.
inline constexpr qint64 kMaxReportBytes = 16 * 1024 * 1024;

// A report exported by this or another Banger Doctor, read back.
struct LoadedReport
{
    Report report;
    DriftHistory history;
    bool redacted = false;
};

struct ReportRead
{
    std::optional<LoadedReport> value;
    QString error; // translated, one sentence a user can act on; empty on success

    bool ok() const { return value.has_value(); }
};

// Parses and validates an exported JSON report (schema banger-doctor/report/v1). Never throws and
// never crashes on hostile input: malformed, truncated, empty, huge, future-version and wrongly typed
// documents each give their own message, naming the offending key where there is one.
ReportRead readReport(const QByteArray &json);
// Reads the file first: a missing, unreadable, non-regular or oversized file is refused with a message.
ReportRead readReportFile(const QString &path);

} // namespace bd::report
