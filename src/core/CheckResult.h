// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace bd {

enum class Status
{
    Pass = 0,
    Warn = 1,
    Fail = 2
};

// Stable lower-case key used in reports and settings ("pass", "warn", "fail").
QString statusKey(Status status);
// Parses a key written by statusKey(); returns false for anything else.
bool statusFromKey(const QString &key, Status *status);
// Translated word shown next to icons ("passed", "warning", "failed").
QString statusWord(Status status);
Status worse(Status a, Status b);

// One row of the doctor: a stable id, what the user sees, and where the finding came from.
struct CheckResult
{
    QString id;
    QString name;
    Status status = Status::Pass;
    QStringList details; // the last detail of a warn or fail is the hint
    QStringList sources; // provenance: "file:line", "D-Bus Service.NoNewPrivileges", "stat /run/..."
    double elapsedMs = 0;

    QString hint() const;
    bool isProblem() const { return status != Status::Pass; }

    // Checks build their result with these; the scheduler stamps id, name and elapsed time.
    static CheckResult pass(const QStringList &details);
    static CheckResult warn(const QStringList &details);
    static CheckResult fail(const QStringList &details);
};

} // namespace bd

Q_DECLARE_METATYPE(bd::CheckResult)
