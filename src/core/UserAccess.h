// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileStat.h"

#include <QList>
#include <QString>

namespace bd {

// A user as the kernel sees them when they open a file: uid plus every group id they belong to.
// The doctor may run as someone else than banger's owner, so access is judged from these and the
// file's mode bits instead of access(2), which would answer for the doctor's own user.
struct Principal
{
    uid_t uid = 0;
    QString name;        // empty when the uid has no passwd entry
    QList<gid_t> groups; // primary group first; empty when unknown

    static Principal forUid(uid_t uid);
};

struct AccessVerdict
{
    enum class Class
    {
        Superuser,
        Owner,
        Group,
        Other
    };

    Class via = Class::Other;
    bool read = false;
    bool write = false;

    bool readWrite() const { return read && write; }
};

// Applies the classic permission rule: the owner bits when the uid owns the file, else the group
// bits when the file's group is one of the user's groups, else the other bits; root may do anything.
// ACLs are not read: banger's devices are managed by udev with plain modes and groups.
AccessVerdict judgeAccess(const FileStat &st, const Principal &who);

} // namespace bd
