// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QStringList>

namespace bd {

// Collects the problems of a "preflight" row: it passes with one message when nothing was found,
// and otherwise fails with one detail per problem followed by the hints, which become the last detail.
class Preflight
{
public:
    void requireFile(const QString &path, const QString &label, const QString &hint);
    void requireExecutable(const QString &path, const QString &label, const QString &hint);
    void addProblem(const QString &problem, const QString &hint);
    void addSource(const QString &source) { m_sources << source; }

    bool hasProblems() const { return !m_problems.isEmpty(); }
    CheckResult result(const QString &passMessage) const;

private:
    QStringList m_problems;
    QStringList m_hints;
    QStringList m_sources;
};

} // namespace bd
