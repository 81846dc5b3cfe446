// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// One tool the daemon runs while managing VMs; any one of anyOf will do.
struct HostTool
{
    QStringList anyOf;
    QString purpose;
    QString package; // the Debian package that ships it
};

// The list kept in the data file :/banger-doctor/data/host-tools.json, compiled into the app.
// Returns nullopt (with the reason in error) when the resource is missing or malformed.
std::optional<QList<HostTool>> loadHostTools(QString *error = nullptr);
std::optional<QList<HostTool>> parseHostTools(const QByteArray &json, QString *error = nullptr);

} // namespace bd
