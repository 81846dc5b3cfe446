// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Report.h"

namespace bd::report {

// GitHub/GitLab-flavoured Markdown for an issue: a summary line, a table of the problems, every check
// in a collapsible <details> block, the environment and the recent drift. Every report text is escaped,
// so a redacted "<home>" shows as written instead of vanishing as an unknown HTML tag.
QString toMarkdown(const Report &report, const DriftHistory &history = {}, bool redacted = false);

// Escapes text for a Markdown paragraph or table cell.
QString markdownEscaped(const QString &text);

} // namespace bd::report
