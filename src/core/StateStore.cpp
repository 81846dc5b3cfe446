// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace bd {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd", text);
}

QString restoreHint()
{
    return tr("restore the file from a backup, or move it aside so bangerd creates a new one on its next start "
              "(the images and VMs it records are then forgotten)");
}

StoreSnapshot failed(StoreSnapshot snapshot, StoreStatus status, const QString &message, const QString &hint)
{
    snapshot.status = status;
    snapshot.message = message;
    snapshot.hint = hint;
    qCDebug(lcStore) << snapshot.path << "not readable:" << message;
    return snapshot;
}

// The first 100 bytes of an SQLite file: the magic string, then bytes 18 and 19 are the write and
// read format versions, both 2 when the DB is in WAL mode.
struct Header
{
    int error = 0; // errno of open or read, 0 when the bytes were read
    QByteArray bytes;

    bool isSqlite() const { return bytes.size() == 100 && bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")); }
    bool isWal() const { return isSqlite() && bytes.at(18) == 2 && bytes.at(19) == 2; }
};

Header readHeader(const QString &path)
{
    Header header;
    // O_NONBLOCK: should the path turn into a FIFO after it was checked, the open does not wait for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        header.error = errno;
        return header;
    }
    char buffer[100];
    const ssize_t got = ::pread(fd, buffer, sizeof buffer, 0);
    header.error = got < 0 ? errno : 0;
    header.bytes = QByteArray(buffer, int(qMax<ssize_t>(got, 0)));
    ::close(fd);
    return header;
}

// Returns a failed snapshot when the file itself rules out reading it, before SQLite is involved.
std::optional<StoreSnapshot> checkFile(const StoreSnapshot &snapshot, const QFileInfo &info, const Header &header)
{
    const QString &path = snapshot.path;
    if (info.isDir())
        return failed(snapshot, StoreStatus::NotAFile, tr("%1 is a directory, not a database file").arg(path),
                      tr("move the directory aside; bangerd creates the database on its next start"));
    if (!info.isFile())
        return failed(snapshot, StoreStatus::NotAFile, tr("%1 is not a regular file").arg(path),
                      tr("move it aside; bangerd creates the database on its next start"));
    if (header.error == EACCES || header.error == EPERM)
        return failed(snapshot, StoreStatus::PermissionDenied, tr("cannot read %1: permission denied").arg(path),
                      tr("run the doctor as root or as banger's owner user, or check the file's permissions"));
    if (header.error != 0)
        return failed(snapshot, StoreStatus::Unreadable,
                      tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(header.error))),
                      tr("check the file system and the file's permissions"));
    if (header.bytes.isEmpty())
        return failed(snapshot, StoreStatus::Empty, tr("%1 is empty (0 bytes)").arg(path), restoreHint());
    if (!header.isSqlite())
        return failed(snapshot, StoreStatus::NotADatabase, tr("%1 is not an SQLite database").arg(path), restoreHint());
    return std::nullopt;
}

std::optional<StoreSnapshot> checkSideFile(const StoreSnapshot &snapshot, const QString &sideFile)
{
    if (::access(QFile::encodeName(sideFile).constData(), R_OK) == 0)
        return std::nullopt;
    return failed(snapshot, StoreStatus::PermissionDenied, tr("cannot read %1: permission denied").arg(sideFile),
                  tr("run the doctor as root or as banger's owner user, or check the file's permissions"));
}

// Picks how to open the DB so that nothing is written next to it. A read-only SQLite connection to a
// WAL DB normally creates -wal and -shm and writes read marks into the -shm; each mode below avoids that.
// target is the DB with symlinks resolved: SQLite looks for the -wal and -shm next to it.
std::optional<StoreSnapshot> chooseOpenMode(StoreSnapshot &snapshot, const QString &target, const Header &header)
{
    if (!header.isWal()) {
        snapshot.openMode = StoreOpenMode::ReadOnly;
        return std::nullopt;
    }
    const QString wal = target + QStringLiteral("-wal");
    const QString shm = target + QStringLiteral("-shm");
    if (!QFileInfo::exists(wal)) {
        snapshot.openMode = StoreOpenMode::Immutable;
        return std::nullopt;
    }
    if (!QFileInfo::exists(shm))
        return failed(snapshot, StoreStatus::WalWithoutIndex,
                      tr("%1 has a write-ahead log but no shared-memory index (%2); it cannot be read without "
                         "creating that file")
                          .arg(snapshot.path, shm),
                      tr("a process may hold the database in exclusive locking mode; otherwise start bangerd "
                         "once so it replays the log, then re-run the check"));
    snapshot.openMode = StoreOpenMode::ReadOnlySharedMem;
    if (auto denied = checkSideFile(snapshot, wal))
        return denied;
    return checkSideFile(snapshot, shm);
}

// The WAL case with -wal and -shm relies on two facts checked against SQLite 3.40: readonly_shm=1 opens
// the -shm with O_RDONLY and never writes it, and when no other process holds the DB open SQLite rebuilds
// the WAL index in heap memory instead, so committed rows still in the -wal are read either way. It must
// not be used without a -wal file: SQLite then creates an empty one. A daemon that stops and removes its
// -wal between the check above and the open below could still make SQLite create it; that window is a
// few microseconds and is left open because SQLite offers no way to open the log without O_CREAT.
QString uriFor(const QString &path, StoreOpenMode mode)
{
    QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    switch (mode) {
    case StoreOpenMode::Immutable:
        return uri + QStringLiteral("?immutable=1");
    case StoreOpenMode::ReadOnlySharedMem:
        return uri + QStringLiteral("?mode=ro&readonly_shm=1");
    case StoreOpenMode::ReadOnly:
    case StoreOpenMode::None:
        break;
    }
    return uri + QStringLiteral("?mode=ro");
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("banger-doctor-store-%1").arg(++counter);
}

StoreSnapshot fromSqlError(const StoreSnapshot &snapshot, const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString &path = snapshot.path;
    const QString said = error.databaseText();
    qCDebug(lcStore) << path << "SQLite error" << error.nativeErrorCode() << said;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return failed(
            snapshot, StoreStatus::Locked,
            tr("%1 is locked by another process (gave up after %2 ms)").arg(path).arg(StateStore::kBusyTimeoutMs),
            tr("re-run the check; if the database stays locked, find the process holding it with "
               "`fuser -v %1`")
                .arg(path));
    case 11: // SQLITE_CORRUPT
        return failed(snapshot, StoreStatus::Corrupt, tr("%1 is damaged (truncated or malformed): %2").arg(path, said),
                      restoreHint());
    case 26: // SQLITE_NOTADB
        return failed(snapshot, StoreStatus::NotADatabase, tr("%1 is not an SQLite database").arg(path), restoreHint());
    case 8: // SQLITE_READONLY: here only when reading would need a write, e.g. a hot journal to roll back
        return failed(
            snapshot, StoreStatus::NeedsRecovery,
            tr("%1 was left in the middle of a write that only a writer can finish or roll back (%2)").arg(path, said),
            tr("start bangerd once so it recovers the database, then re-run the check"));
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return failed(snapshot, StoreStatus::PermissionDenied, tr("cannot read %1: permission denied").arg(path),
                      tr("run the doctor as root or as banger's owner user, or check the file's permissions"));
    default:
        break;
    }
    return failed(snapshot, StoreStatus::Unreadable,
                  tr("cannot read %1: %2 (SQLite error %3)").arg(path, said, error.nativeErrorCode()),
                  tr("check the file's permissions, or restore it from a backup"));
}

// Owns one QSQLITE connection for the current thread, closed and removed when it goes out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &uri)
        : m_name(nextConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(uri);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(StateStore::kBusyTimeoutMs));
    }

    ~ScopedConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

std::optional<QSqlError> queryInt(const QSqlDatabase &db, const QString &sql, int *value)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return query.lastError();
    *value = query.value(0).toInt();
    return std::nullopt;
}

bool hasImagesTable(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('images')"))) {
        *error = query.lastError();
        return false;
    }
    QStringList missing = {QStringLiteral("name"), QStringLiteral("rootfs_path"), QStringLiteral("kernel_path"),
                           QStringLiteral("initrd_path")};
    while (query.next())
        missing.removeAll(query.value(0).toString());
    return missing.isEmpty();
}

StoreSnapshot newerSchema(const StoreSnapshot &snapshot)
{
    return failed(snapshot, StoreStatus::NewerSchema,
                  tr("%1 has schema version %2, newer than this doctor understands (up to %3)")
                      .arg(snapshot.path)
                      .arg(snapshot.schemaVersion)
                      .arg(StateStore::kNewestSchemaVersion),
                  tr("update Banger Doctor to the release that matches your banger"));
}

StoreSnapshot olderSchema(const StoreSnapshot &snapshot)
{
    return failed(snapshot, StoreStatus::OlderSchema,
                  tr("%1 has schema version %2, older than any this doctor knows (%3 to %4)")
                      .arg(snapshot.path)
                      .arg(snapshot.schemaVersion)
                      .arg(StateStore::kOldestSchemaVersion)
                      .arg(StateStore::kNewestSchemaVersion),
                  tr("start bangerd once so it migrates the database, then re-run the check"));
}

StoreSnapshot notBangerSchema(const StoreSnapshot &snapshot)
{
    return failed(snapshot, StoreStatus::NotBangerSchema,
                  tr("%1 has no images table with name, rootfs_path, kernel_path and initrd_path: it is not a "
                     "banger state database")
                      .arg(snapshot.path),
                  tr("check that --root points at a banger install, or restore the database from a backup"));
}

// A newer version is refused before the table is looked at: its columns may mean something else.
StoreSnapshot readSchema(const QSqlDatabase &db, StoreSnapshot snapshot)
{
    if (auto error = queryInt(db, QStringLiteral("PRAGMA user_version"), &snapshot.schemaVersion))
        return fromSqlError(snapshot, *error);
    if (snapshot.schemaVersion > StateStore::kNewestSchemaVersion)
        return newerSchema(snapshot);

    QSqlError tableError;
    const bool hasTable = hasImagesTable(db, &tableError);
    if (tableError.isValid())
        return fromSqlError(snapshot, tableError);
    if (!hasTable)
        return notBangerSchema(snapshot);
    if (snapshot.schemaVersion < StateStore::kOldestSchemaVersion)
        return olderSchema(snapshot);

    if (auto error = queryInt(db, QStringLiteral("SELECT count(*) FROM images"), &snapshot.imageCount))
        return fromSqlError(snapshot, *error);
    snapshot.status = StoreStatus::Readable;
    return snapshot;
}

StoreSnapshot lookUpImage(const QSqlDatabase &db, StoreSnapshot snapshot, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT rootfs_path, kernel_path, initrd_path FROM images WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return fromSqlError(snapshot, query.lastError());
    if (query.next())
        snapshot.image =
            ImageRecord{name, query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    return snapshot;
}

StoreSnapshot readDatabase(StoreSnapshot snapshot, const QString &target, const QString &imageName)
{
    const ScopedConnection connection(uriFor(target, snapshot.openMode));
    QSqlDatabase db = connection.database();
    if (!db.isValid())
        return failed(snapshot, StoreStatus::Unreadable, tr("the Qt SQLite driver (QSQLITE) is not available"),
                      tr("install the package that provides it (libqt6sql6-sqlite on Debian)"));
    if (!db.open())
        return fromSqlError(snapshot, db.lastError());

    snapshot = readSchema(db, snapshot);
    if (snapshot.isReadable() && !imageName.isEmpty())
        snapshot = lookUpImage(db, snapshot, imageName);
    return snapshot;
}

} // namespace

StoreSnapshot StateStore::read(const QString &path, const QString &imageName)
{
    QElapsedTimer clock;
    clock.start();
    StoreSnapshot snapshot;
    snapshot.path = path;

    const QFileInfo info(path);
    if (!info.exists()) {
        snapshot.status = StoreStatus::Missing;
        return snapshot;
    }

    const QString target = info.isSymLink() ? info.canonicalFilePath() : path;
    const Header header = info.isFile() ? readHeader(target) : Header{};
    if (auto problem = checkFile(snapshot, info, header))
        return *problem;
    if (auto problem = chooseOpenMode(snapshot, target, header))
        return *problem;

    snapshot = readDatabase(snapshot, target, imageName);
    qCDebug(lcStore) << path << "read in mode" << int(snapshot.openMode) << "in" << clock.nsecsElapsed() / 1e6
                     << "ms, status" << int(snapshot.status);
    return snapshot;
}

} // namespace bd
