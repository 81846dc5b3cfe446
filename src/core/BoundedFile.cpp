// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedFile.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bd {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
static QString tr(const char *text)
{
    return QCoreApplication::translate("bd", text);
}

static FileRead failure(FileRead::Outcome outcome, const QString &error)
{
    FileRead read;
    read.outcome = outcome;
    read.error = error;
    return read;
}

static FileRead statFailure(int err)
{
    if (err == ENOENT || err == ENOTDIR)
        return failure(FileRead::Outcome::Missing, tr("no such file"));
    if (err == ELOOP)
        return failure(FileRead::Outcome::Unreadable, tr("too many levels of symbolic links"));
    return failure(FileRead::Outcome::Unreadable, QString::fromLocal8Bit(std::strerror(err)));
}

FileRead readBoundedFile(const QString &path, qint64 maxBytes)
{
    const QByteArray native = path.toLocal8Bit();
    struct stat st
    {};
    if (::stat(native.constData(), &st) != 0)
        return statFailure(errno);
    if (!S_ISREG(st.st_mode))
        return failure(FileRead::Outcome::NotRegular, tr("not a regular file"));
    if (st.st_size > maxBytes)
        return failure(FileRead::Outcome::TooLarge,
                       tr("file is %1 bytes, larger than the %2 bytes allowed").arg(st.st_size).arg(maxBytes));

    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return statFailure(errno);

    FileRead read;
    read.data.resize(maxBytes + 1);
    qint64 total = 0;
    while (total <= maxBytes) {
        const ssize_t n = ::read(fd, read.data.data() + total, maxBytes + 1 - total);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return statFailure(err);
        }
        if (n == 0)
            break;
        total += n;
    }
    ::close(fd);

    if (total > maxBytes)
        return failure(FileRead::Outcome::TooLarge, tr("file grew past the %1 bytes allowed").arg(maxBytes));
    read.data.truncate(total);
    read.outcome = FileRead::Outcome::Ok;
    return read;
}

} // namespace bd
