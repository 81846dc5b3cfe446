// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserAccess.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace bd {

namespace {

QList<gid_t> groupsOf(const char *name, gid_t primary)
{
    std::vector<gid_t> ids(32);
    int count = int(ids.size());
    while (::getgrouplist(name, primary, ids.data(), &count) < 0) {
        if (count <= int(ids.size()) || count > 65536)
            return {primary};
        ids.resize(size_t(count));
    }

    QList<gid_t> groups{primary};
    for (int i = 0; i < count; ++i) {
        if (!groups.contains(ids[size_t(i)]))
            groups << ids[size_t(i)];
    }
    return groups;
}

} // namespace

Principal Principal::forUid(uid_t uid)
{
    Principal who;
    who.uid = uid;

    const long suggested = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? size_t(suggested) : 16384);
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
        return who;

    who.name = QString::fromLocal8Bit(found->pw_name);
    who.groups = groupsOf(found->pw_name, found->pw_gid);
    return who;
}

AccessVerdict judgeAccess(const FileStat &st, const Principal &who)
{
    AccessVerdict verdict;
    if (who.uid == 0) {
        verdict.via = AccessVerdict::Class::Superuser;
        verdict.read = verdict.write = true;
        return verdict;
    }

    int shift = 0;
    if (st.uid == who.uid) {
        verdict.via = AccessVerdict::Class::Owner;
        shift = 6;
    } else if (who.groups.contains(st.gid)) {
        verdict.via = AccessVerdict::Class::Group;
        shift = 3;
    }
    verdict.read = (st.permissions >> shift) & 04;
    verdict.write = (st.permissions >> shift) & 02;
    return verdict;
}

} // namespace bd
