// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlWriter.h"

#include "ReportStrings.h"

#include <QCoreApplication>

namespace bd::report {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::report", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *kStyle = R"css(
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff;
  --pass: #1a7f37; --warn: #9a6700; --fail: #cf222e; --pass-bg: #dafbe1; --warn-bg: #fff8c5; --fail-bg: #ffebe9; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117;
    --pass: #3fb950; --warn: #d29922; --fail: #f85149; --pass-bg: #12261e; --warn-bg: #272115; --fail-bg: #25171c; }
}
body { font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 72rem;
  margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
p.summary { font-size: 1.05rem; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td ul { margin: 0; padding-left: 1.1rem; }
.badge { display: inline-block; min-width: 3.2rem; text-align: center; font-weight: 700; font-size: .8rem;
  text-transform: uppercase; border-radius: .3rem; padding: .05rem .4rem; }
.pass { color: var(--pass); background: var(--pass-bg); }
.warn { color: var(--warn); background: var(--warn-bg); }
.fail { color: var(--fail); background: var(--fail-bg); }
.hint { margin: .3rem 0 0; }
table.env th { width: 12rem; }
td.name { white-space: nowrap; }
.meta, .sources { color: var(--muted); font-size: .85rem; }
code { font-family: ui-monospace, monospace; font-size: .9em; }
@media print {
  :root { --fg: #000; --muted: #444; --line: #bbb; --bg: #fff; }
  body { margin: 0; max-width: none; font-size: 11pt; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  .badge { border: 1px solid currentColor; }
}
)css";

QString badgeText(Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("pass");
    case Status::Warn:
        return tr("warn");
    case Status::Fail:
        return tr("fail");
    }
    return {};
}

QString badge(Status status)
{
    return QStringLiteral("<span class=\"badge %1\">%2</span>").arg(statusKey(status), esc(badgeText(status)));
}

QString list(const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    QString out = QStringLiteral("<ul>");
    for (const QString &line : lines)
        out += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
    return out + QStringLiteral("</ul>");
}

QString hintLine(const CheckResult &check)
{
    const QString hint = hintOf(check);
    if (hint.isEmpty())
        return {};
    return QStringLiteral("<p class=\"hint\"><strong>%1</strong> %2</p>").arg(esc(tr("Hint:")), esc(hint));
}

QString sourcesLine(const CheckResult &check)
{
    if (check.sources.isEmpty())
        return {};
    return QStringLiteral("<p class=\"sources\">%1 <code>%2</code></p>")
        .arg(esc(tr("Sources:")), esc(check.sources.join(QStringLiteral(", "))));
}

void appendHead(QString &out, const Report &report)
{
    const ReportSummary summary = report.summary();
    //: The language code of this translation, for the lang attribute of the HTML report.
    const QString language = tr("en");
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
               .arg(language);
    out += QStringLiteral("<title>%1</title>\n").arg(esc(tr("Banger Doctor report — %1").arg(report.host.hostname)));
    out += QStringLiteral("<style>") + QString::fromUtf8(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Banger Doctor report")));
    out += QStringLiteral("<p class=\"summary\">%1 %2</p>\n").arg(badge(summary.status), esc(summarySentence(report)));
    out += QStringLiteral("<p class=\"meta\">%1</p>\n")
               .arg(esc(tr("%1 · %2").arg(report.host.hostname, utcTimeText(report.generatedAt))));
}

void appendProblems(QString &out, const Report &report)
{
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Problems")));
    if (report.summary().status == Status::Pass) {
        out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No problems: every check passed.")));
        return;
    }
    out += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
               .arg(esc(tr("Status")), esc(tr("Check")), esc(tr("Finding")));
    for (const CheckResult &check : report.checks) {
        if (check.isProblem())
            out += QStringLiteral("<tr><td>%1</td><td class=\"name\">%2</td><td>%3%4</td></tr>\n")
                       .arg(badge(check.status), esc(displayName(check)), list(findings(check)), hintLine(check));
    }
    out += QStringLiteral("</table>\n");
}

void appendChecks(QString &out, const Report &report)
{
    out += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
               .arg(esc(tr("All checks")), esc(tr("Status")), esc(tr("Check")), esc(tr("Details")));
    for (const CheckResult &check : report.checks) {
        out +=
            QStringLiteral(
                "<tr id=\"%1\"><td>%2</td><td class=\"name\">%3<div class=\"meta\"><code>%1</code> · %4 ms</div></td>"
                "<td>%5%6%7</td></tr>\n")
                .arg(esc(check.id), badge(check.status), esc(displayName(check)),
                     QString::number(check.elapsedMs, 'f', 1), list(findings(check)), hintLine(check),
                     sourcesLine(check));
    }
    out += QStringLiteral("</table>\n");
}

void appendEnvironment(QString &out, const Report &report, bool redacted)
{
    const QList<std::pair<QString, QString>> rows = environmentRows(report, redacted);
    out += QStringLiteral("<h2>%1</h2>\n<table class=\"env\">\n").arg(esc(tr("Environment")));
    for (const auto &[key, value] : rows)
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(key), esc(value));
    out += QStringLiteral("</table>\n");
}

void appendHistory(QString &out, const DriftHistory &history)
{
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Recent posture drift")));
    if (history.isEmpty()) {
        out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No posture drift recorded.")));
        return;
    }
    out += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
               .arg(esc(tr("Time")), esc(tr("Check")), esc(tr("Status")), esc(tr("Change")));
    for (const DriftEvent &event : history) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 → %4</td><td>%5</td></tr>\n")
                   .arg(esc(utcTimeText(event.at)), esc(displayName(event)), badge(event.from), badge(event.to),
                        esc(event.change));
    }
    out += QStringLiteral("</table>\n");
}

} // namespace

QString toHtml(const Report &report, const DriftHistory &history, bool redacted)
{
    QString out;
    appendHead(out, report);
    appendProblems(out, report);
    appendChecks(out, report);
    appendEnvironment(out, report, redacted);
    appendHistory(out, history);
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace bd::report
