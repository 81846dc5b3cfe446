// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preflight.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bd {

static QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Preflight", text);
}

void Preflight::requireFile(const QString &path, const QString &label, const QString &hint)
{
    m_sources << QStringLiteral("stat ") + path;
    const QFileInfo info(path);
    if (!info.exists())
        addProblem(tr("%1 not found at %2").arg(label, path), hint);
    else if (!info.isFile())
        addProblem(tr("%1 at %2 is not a regular file").arg(label, path), hint);
}

void Preflight::requireExecutable(const QString &path, const QString &label, const QString &hint)
{
    m_sources << QStringLiteral("stat ") + path;
    const QFileInfo info(path);
    if (!info.exists())
        addProblem(tr("%1 not found at %2").arg(label, path), hint);
    else if (!info.isFile() || !info.isExecutable())
        addProblem(tr("%1 at %2 is not an executable file").arg(label, path), hint);
}

void Preflight::addProblem(const QString &problem, const QString &hint)
{
    m_problems << problem;
    if (!hint.isEmpty() && !m_hints.contains(hint))
        m_hints << hint;
}

CheckResult Preflight::result(const QString &passMessage) const
{
    CheckResult result = hasProblems() ? CheckResult::fail(m_problems) : CheckResult::pass({passMessage});
    if (hasProblems())
        result.details << (m_hints.isEmpty() ? tr("fix the problems above and re-run the check")
                                             : m_hints.join(QStringLiteral("; ")));
    result.sources = m_sources;
    return result;
}

} // namespace bd
