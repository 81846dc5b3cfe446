// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Export.h"

#include "monitor/PostureStore.h"

namespace bd::report {

RenderedExport renderExport(const Report &report, const DriftHistory &history, Format format,
                            const std::optional<RedactionIdentity> &redactFor, bool color)
{
    WriteOptions options;
    options.color = color;
    if (!redactFor) {
        options.history = history;
        return RenderedExport{write(report, format, options), {}};
    }

    Redactor redactor(*redactFor);
    options.history = redactor.apply(history);
    options.redacted = true;
    const QByteArray bytes = write(redactor.apply(report), format, options);
    return RenderedExport{bytes, redactor.redactions()};
}

DriftHistory recentStoredDrift(qsizetype count)
{
    monitor::PostureStore store;
    if (!store.load())
        return {};
    const DriftHistory history = store.driftHistory();
    return history.mid(qMax<qsizetype>(0, history.size() - count));
}

} // namespace bd::report
