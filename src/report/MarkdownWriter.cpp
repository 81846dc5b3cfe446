// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownWriter.h"

#include "ReportStrings.h"

#include <QCoreApplication>

namespace bd::report {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::report", text);
}

QString badge(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("✅ ") + tr("pass");
    case Status::Warn:
        return QStringLiteral("⚠️ ") + tr("warn");
    case Status::Fail:
        return QStringLiteral("❌ ") + tr("fail");
    }
    return {};
}

QString joinedCell(const QStringList &lines, const QString &separator = QStringLiteral("<br>"))
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << markdownEscaped(line);
    return escaped.join(separator);
}

void appendHeading(QString &out, const Report &report)
{
    const ReportSummary summary = report.summary();
    out += QStringLiteral("## ") + tr("Banger Doctor report") + QStringLiteral("\n\n");
    out +=
        tr("**%1** — %2 on `%3`, %4")
            .arg(badge(summary.status), summarySentence(report), report.host.hostname, utcTimeText(report.generatedAt));
    out += QStringLiteral("\n\n");
}

void appendProblems(QString &out, const Report &report)
{
    out += QStringLiteral("### ") + tr("Problems") + QStringLiteral("\n\n");
    if (report.summary().status == Status::Pass) {
        out += tr("No problems: every check passed.") + QStringLiteral("\n\n");
        return;
    }
    out += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
               .arg(tr("Status"), tr("Check"), tr("Finding"), tr("Hint"));
    for (const CheckResult &check : report.checks) {
        if (!check.isProblem())
            continue;
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(badge(check.status), markdownEscaped(displayName(check)), joinedCell(findings(check)),
                        markdownEscaped(hintOf(check)));
    }
    out += QLatin1Char('\n');
}

void appendCheck(QString &out, const CheckResult &check)
{
    const QString first = check.details.isEmpty() ? QString() : QStringLiteral(" — ") + check.details.first();
    out += QStringLiteral("<details markdown=\"1\">\n<summary>%1 <b>%2</b>%3</summary>\n\n")
               .arg(badge(check.status), displayName(check).toHtmlEscaped(), first.toHtmlEscaped());
    const QString hint = hintOf(check);
    for (const QString &line : findings(check))
        out += QStringLiteral("- ") + markdownEscaped(line) + QLatin1Char('\n');
    if (!hint.isEmpty())
        out += QStringLiteral("- **%1** %2\n").arg(tr("Hint:"), markdownEscaped(hint));
    if (!check.sources.isEmpty())
        out += QStringLiteral("\n%1 %2\n").arg(tr("Sources:"), joinedCell(check.sources, QStringLiteral(", ")));
    out += QStringLiteral("\n`%1` · %2 ms\n\n</details>\n\n").arg(check.id).arg(check.elapsedMs, 0, 'f', 1);
}

void appendChecks(QString &out, const Report &report)
{
    out += QStringLiteral("### ") + tr("All checks") + QStringLiteral("\n\n");
    for (const CheckResult &check : report.checks)
        appendCheck(out, check);
}

void appendEnvironment(QString &out, const Report &report, bool redacted)
{
    const QList<std::pair<QString, QString>> rows = environmentRows(report, redacted);
    out += QStringLiteral("### ") + tr("Environment") + QStringLiteral("\n\n| | |\n|---|---|\n");
    for (const auto &[key, value] : rows)
        out += QStringLiteral("| %1 | %2 |\n").arg(key, markdownEscaped(value));
    out += QLatin1Char('\n');
}

void appendHistory(QString &out, const DriftHistory &history)
{
    out += QStringLiteral("### ") + tr("Recent posture drift") + QStringLiteral("\n\n");
    if (history.isEmpty()) {
        out += tr("No posture drift recorded.") + QStringLiteral("\n");
        return;
    }
    out += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
               .arg(tr("Time"), tr("Check"), tr("Status"), tr("Change"));
    for (const DriftEvent &event : history) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(utcTimeText(event.at), markdownEscaped(displayName(event)), statusTransition(event),
                        markdownEscaped(event.change));
    }
}

} // namespace

QString markdownEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1Char(' ');
        else if (QStringLiteral("\\`*_[]|~#").contains(c))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

QString toMarkdown(const Report &report, const DriftHistory &history, bool redacted)
{
    QString out;
    appendHeading(out, report);
    appendProblems(out, report);
    appendChecks(out, report);
    appendEnvironment(out, report, redacted);
    appendHistory(out, history);
    return out;
}

} // namespace bd::report
