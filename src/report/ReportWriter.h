// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Report.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace bd::report {

enum class Format
{
    Text,
    Markdown,
    Json,
    Html,
    Prometheus
};

std::optional<Format> formatFromName(const QString &name);
QString formatName(Format format);
QStringList formatNames();
QString fileSuffix(Format format);

struct WriteOptions
{
    bool color = false; // ANSI colours, only for the text format on a terminal
    // Recent posture drift, oldest first; the formats that have a place for it list it after the checks.
    DriftHistory history;
    // Says in the report that personal values were replaced (see Redactor); the writers redact nothing.
    bool redacted = false;
};

// Renders a finished report in the given format; every format is produced from the same Report.
QByteArray write(const Report &report, Format format, const WriteOptions &options = {});

} // namespace bd::report
