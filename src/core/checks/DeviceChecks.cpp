// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kvm-access: banger's owner must be able to open /dev/kvm read-write; tun-device: /dev/net/tun exists.
#include "Checks.h"

#include "FileStat.h"
#include "UserAccess.h"

#include <QCoreApplication>

namespace bd::checks {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::checks", text);
}

QString describeOwner(const Principal &who)
{
    return who.name.isEmpty() ? tr("uid %1").arg(who.uid) : tr("%1 (uid %2)").arg(who.name).arg(who.uid);
}

QString describeDevice(const QString &path, const FileStat &st)
{
    return tr("%1 is mode %2, owner %3, group %4").arg(path, st.modeText(), userName(st.uid), groupName(st.gid));
}

// Why the owner cannot use the device, and what would change that.
CheckResult deniedKvm(const QString &path, const FileStat &st, const Principal &who, const AccessVerdict &verdict)
{
    const QString missing = !verdict.read && !verdict.write ? tr("read and write")
                            : !verdict.read                 ? tr("read")
                                                            : tr("write");
    QStringList details{describeDevice(path, st), tr("%1 has no %2 permission on it").arg(describeOwner(who), missing)};
    if (who.name.isEmpty())
        details << tr("uid %1 has no user entry, so its groups are unknown").arg(who.uid);

    if (verdict.via == AccessVerdict::Class::Other && (st.permissions & 060) == 060 && !who.name.isEmpty())
        details << tr("add the user to group %1: sudo usermod -aG %1 %2, then log in again")
                       .arg(groupName(st.gid), who.name);
    else
        details << tr("let udev grant access: install the distribution's kvm udev rules (mode 0660, group kvm) "
                      "and add the owner to that group");
    return CheckResult::fail(details);
}

} // namespace

CheckResult kvmAccess(const CheckContext &ctx)
{
    const QString path = ctx.in.paths.devKvm();
    const FileStat st = FileStat::of(path);
    const Principal who = Principal::forUid(uid_t(ctx.in.ownerUid()));

    CheckResult result;
    if (!st.exists()) {
        result = CheckResult::fail({tr("%1: %2").arg(path, st.errorText()),
                                    tr("enable virtualization in the firmware and load kvm_intel or kvm_amd "
                                       "(sudo modprobe kvm_intel)")});
    } else if (st.type != FileStat::Type::CharDevice) {
        result = CheckResult::fail({tr("%1 is a %2, not a character device").arg(path, st.typeName()),
                                    tr("remove it and reload the kvm module so udev recreates the device")});
    } else if (const AccessVerdict verdict = judgeAccess(st, who); !verdict.readWrite()) {
        result = deniedKvm(path, st, who, verdict);
    } else {
        result =
            CheckResult::pass({tr("%1 can read and write %2").arg(describeOwner(who), path), describeDevice(path, st)});
    }
    result.sources << QStringLiteral("stat ") + path;
    return result;
}

CheckResult tunDevice(const CheckContext &ctx)
{
    const QString path = ctx.in.paths.devTun();
    const FileStat st = FileStat::of(path);

    CheckResult result;
    if (!st.exists())
        result =
            CheckResult::fail({tr("%1: %2").arg(path, st.errorText()), tr("load the tun module: sudo modprobe tun")});
    else if (st.type != FileStat::Type::CharDevice)
        result = CheckResult::fail({tr("%1 is a %2, not a character device").arg(path, st.typeName()),
                                    tr("remove it and run sudo modprobe tun so the device is recreated")});
    else
        result = CheckResult::pass({tr("%1 is a character device").arg(path)});
    result.sources << QStringLiteral("stat ") + path;
    return result;
}

} // namespace bd::checks
