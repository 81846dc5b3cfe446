// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

// One row for banger's images table in a test DB.
struct ImageRow
{
    QString name;
    QString rootfs;
    QString kernel;
    QString initrd;
};

namespace StateDb {

// Creates a banger state DB at path (parents included) through a read-write QSQLITE connection in this
// process. In "wal" mode SQLite checkpoints and removes -wal and -shm when that connection closes, so
// the DB is left alone, as after a clean daemon stop. Returns false and prints why on failure.
bool create(const QString &path, const QList<ImageRow> &images, int schemaVersion = 1,
            const QString &journalMode = QStringLiteral("wal"));
// Runs statements on an existing DB through the same kind of connection.
bool exec(const QString &path, const QStringList &statements);
QString insertImage(const ImageRow &row);
// One statement inserting count generated rows of about 250 bytes each: with PRAGMA cache_size=1 inside an
// open transaction it spills pages into the DB file, so a writer that dies then leaves a hot journal.
QString insertManyImages(int count);
// File name → SHA-256 of every file directly in dir: compare two of these to prove nothing changed.
QMap<QString, QByteArray> directoryHashes(const QString &dir);

} // namespace StateDb

// A separate process (the Debian python3's sqlite3 module) that runs statements on a DB and keeps its
// connection, and any transaction it began, open until stopped: it stands in for a running bangerd.
class SqliteHolder
{
public:
    explicit SqliteHolder(const QString &path);
    ~SqliteHolder();

    // Starts the process and waits until every statement ran; false (with a warning) otherwise.
    bool start(const QStringList &statements);
    // Lets the process close its connection and exit, as a daemon stopping cleanly does.
    void stop();
    // SIGKILL: the process dies holding the connection, as a crashed daemon does; -wal and -shm stay.
    void crash();

private:
    QString m_path;
    QProcess m_process;
};
