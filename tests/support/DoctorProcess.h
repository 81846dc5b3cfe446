// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>

// One row of the real binary's JSON report, as end-to-end tests read it.
struct DoctorRow
{
    QString status;  // pass, warn or fail
    QString details; // the detail lines joined with '\n'
    double elapsedMs = 0;
};

struct DoctorRun
{
    bool finished = false; // false: it did not exit within the timeout and was killed
    int exitCode = -1;
    qint64 wallMs = 0;
    QJsonObject report;
    QMap<QString, DoctorRow> rows; // by check id

    QString status(const QString &id) const { return rows.value(id).status; }
    QString details(const QString &id) const { return rows.value(id).details; }
};

// Runs `$BD_BINARY --report --format json ARGUMENTS` in env, kills it after timeoutMs, and parses the rows.
DoctorRun runDoctorJson(const QProcessEnvironment &env, const QStringList &arguments, int timeoutMs = 30000);
