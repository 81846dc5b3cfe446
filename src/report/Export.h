// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Redactor.h"
#include "Report.h"
#include "ReportWriter.h"

#include <QByteArray>

#include <optional>

namespace bd::report {

// Exactly what an export writes, and what redaction replaced to get there.
struct RenderedExport
{
    QByteArray bytes;
    QList<Redaction> redactions;
};

// Redacts the report and the history when an identity is given, then writes the format. The command
// line and the export dialog both go through here, so a preview is byte for byte what gets saved.
RenderedExport renderExport(const Report &report, const DriftHistory &history, Format format,
                            const std::optional<RedactionIdentity> &redactFor, bool color = false);

// The newest drift events of the history the tray persists (PostureStore), oldest first; empty when
// there is none yet. What the command line and the export dialog append to a report.
DriftHistory recentStoredDrift(qsizetype count = 50);

} // namespace bd::report
