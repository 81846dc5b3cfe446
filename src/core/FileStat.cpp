// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileStat.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::FileStat", text);
}

FileStat::Type typeOf(mode_t mode)
{
    if (S_ISREG(mode))
        return FileStat::Type::Regular;
    if (S_ISDIR(mode))
        return FileStat::Type::Directory;
    if (S_ISLNK(mode))
        return FileStat::Type::Symlink;
    if (S_ISSOCK(mode))
        return FileStat::Type::Socket;
    if (S_ISCHR(mode))
        return FileStat::Type::CharDevice;
    if (S_ISBLK(mode))
        return FileStat::Type::BlockDevice;
    if (S_ISFIFO(mode))
        return FileStat::Type::Fifo;
    return FileStat::Type::Other;
}

FileStat fromCall(int rc, const struct stat &st)
{
    FileStat result;
    if (rc != 0) {
        result.error = errno;
        return result;
    }
    result.type = typeOf(st.st_mode);
    result.permissions = st.st_mode & 07777;
    result.uid = st.st_uid;
    result.gid = st.st_gid;
    return result;
}

// getpwuid_r/getgrgid_r need a scratch buffer whose size sysconf only suggests.
std::vector<char> scratchBuffer(int which)
{
    const long suggested = ::sysconf(which);
    return std::vector<char>(suggested > 0 ? size_t(suggested) : 16384);
}

} // namespace

QString octalMode(mode_t permissions)
{
    return QStringLiteral("%1").arg(uint(permissions & 07777), 4, 8, QLatin1Char('0'));
}

QString FileStat::modeText() const
{
    return octalMode(permissions);
}

QString FileStat::typeName() const
{
    switch (type) {
    case Type::Missing:
        return tr("missing");
    case Type::Regular:
        return tr("regular file");
    case Type::Directory:
        return tr("directory");
    case Type::Symlink:
        return tr("symbolic link");
    case Type::Socket:
        return tr("socket");
    case Type::CharDevice:
        return tr("character device");
    case Type::BlockDevice:
        return tr("block device");
    case Type::Fifo:
        return tr("named pipe");
    case Type::Other:
        break;
    }
    return tr("special file");
}

QString FileStat::errorText() const
{
    return error == 0 ? QString() : QString::fromLocal8Bit(std::strerror(error));
}

FileStat FileStat::of(const QString &path)
{
    struct stat st
    {};
    const int rc = ::stat(QFile::encodeName(path).constData(), &st);
    return fromCall(rc, st);
}

FileStat FileStat::ofLink(const QString &path)
{
    struct stat st
    {};
    const int rc = ::lstat(QFile::encodeName(path).constData(), &st);
    return fromCall(rc, st);
}

QString userName(uid_t uid)
{
    std::vector<char> buffer = scratchBuffer(_SC_GETPW_R_SIZE_MAX);
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

QString groupName(gid_t gid)
{
    std::vector<char> buffer = scratchBuffer(_SC_GETGR_R_SIZE_MAX);
    group entry{};
    group *found = nullptr;
    if (::getgrgid_r(gid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return QString::fromLocal8Bit(found->gr_name);
    return QString::number(gid);
}

} // namespace bd
