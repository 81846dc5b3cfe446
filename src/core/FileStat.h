// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <sys/types.h>

namespace bd {

// What stat(2) or lstat(2) said about one path, in the terms the permission checks need.
struct FileStat
{
    enum class Type
    {
        Missing,
        Regular,
        Directory,
        Symlink,
        Socket,
        CharDevice,
        BlockDevice,
        Fifo,
        Other
    };

    Type type = Type::Missing;
    int error = 0;          // errno when the call failed; ENOENT for a missing path
    mode_t permissions = 0; // the 07777 bits
    uid_t uid = 0;
    gid_t gid = 0;

    bool exists() const { return error == 0; }
    // "0600", the form chmod takes.
    QString modeText() const;
    // "socket", "regular file", ... for messages.
    QString typeName() const;
    // strerror text when the call failed.
    QString errorText() const;

    // Follows a final symlink.
    static FileStat of(const QString &path);
    // Describes a final symlink itself.
    static FileStat ofLink(const QString &path);
};

QString octalMode(mode_t permissions);
// The name of a user or group id, or the number when it has none.
QString userName(uid_t uid);
QString groupName(gid_t gid);

} // namespace bd
