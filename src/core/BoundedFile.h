// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace bd {

// Result of reading a small text input (TOML, os-release, ssh_config) that may be hostile.
struct FileRead
{
    enum class Outcome
    {
        Ok,
        Missing,
        NotRegular,
        TooLarge,
        Unreadable
    };

    Outcome outcome = Outcome::Missing;
    QByteArray data;
    QString error; // human-readable reason for anything but Ok

    bool ok() const { return outcome == Outcome::Ok; }
};

// Reads at most maxBytes from path without ever blocking: FIFOs, devices and directories are refused
// before they are opened, and the file is opened non-blocking as a second line of defence.
FileRead readBoundedFile(const QString &path, qint64 maxBytes = 1024 * 1024);

} // namespace bd
