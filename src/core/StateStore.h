// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace bd {

// One row of banger's images table.
struct ImageRecord
{
    QString name;
    QString rootfsPath;
    QString kernelPath;
    QString initrdPath; // empty when the image boots without an initrd
};

enum class StoreStatus
{
    Readable,
    Missing,
    NotAFile,
    PermissionDenied,
    Empty,
    NotADatabase,
    Corrupt,
    Locked,
    WalWithoutIndex,
    NeedsRecovery, // an interrupted write must be finished or rolled back by a writer first
    NewerSchema,
    OlderSchema,
    NotBangerSchema,
    Unreadable
};

// How the DB was opened, for logs and provenance.
enum class StoreOpenMode
{
    None,
    Immutable,         // WAL DB without a -wal file: nothing to miss, no side file may appear
    ReadOnlySharedMem, // WAL DB with -wal and -shm: the -shm is opened read-only and never written
    ReadOnly           // rollback-journal DB
};

// What one read-only visit of the state DB found.
struct StoreSnapshot
{
    QString path;
    StoreStatus status = StoreStatus::Unreadable;
    StoreOpenMode openMode = StoreOpenMode::None;
    QString message; // translated; what is wrong, or empty when readable
    QString hint;    // translated; what to do about it
    int schemaVersion = 0;
    int imageCount = 0;
    std::optional<ImageRecord> image; // the image asked for, when it is registered

    bool isReadable() const { return status == StoreStatus::Readable; }
};

// Reads banger's SQLite state DB strictly read-only: it never creates a missing DB, never writes
// to it, and never leaves a -wal, -shm or journal file next to it. Each call opens its own QSQLITE
// connection in the calling thread and removes it before returning, so it is safe on any worker.
class StateStore
{
public:
    // The user_version values whose images table this doctor knows. Version 1 is the schema in
    // banger's design (images: name, rootfs_path, kernel_path, initrd_path); a later banger may
    // move or rename those columns, so a newer DB is refused rather than misread.
    static constexpr int kOldestSchemaVersion = 1;
    static constexpr int kNewestSchemaVersion = 1;
    // A locked DB fails after this instead of Qt's default of 5 s.
    static constexpr int kBusyTimeoutMs = 250;

    // Opens the DB at path once; when imageName is not empty, also looks that image up.
    static StoreSnapshot read(const QString &path, const QString &imageName = {});
};

} // namespace bd
