// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateDbFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace StateDb {

static bool execAll(const QString &path, const QStringList &statements)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("test-state-db-%1").arg(++counter);
    QDir().mkpath(QFileInfo(path).absolutePath());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok)
            qWarning("state db fixture: cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning("state db fixture: %s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString insertImage(const ImageRow &row)
{
    const auto quoted = [](QString text) -> QString {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), "''") + '\'';
    };
    return QStringLiteral("INSERT INTO images(name, rootfs_path, kernel_path, initrd_path) VALUES (%1, %2, %3, %4)")
        .arg(quoted(row.name), quoted(row.rootfs), quoted(row.kernel), quoted(row.initrd));
}

QString insertManyImages(int count)
{
    return QStringLiteral("INSERT INTO images(name, rootfs_path, kernel_path, initrd_path) WITH RECURSIVE n(i) AS "
                          "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                          "SELECT 'bulk-' || i, hex(randomblob(100)), '/k', '' FROM n")
        .arg(count);
}

bool create(const QString &path, const QList<ImageRow> &images, int schemaVersion, const QString &journalMode)
{
    QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=%1").arg(journalMode),
        QStringLiteral("CREATE TABLE images(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, rootfs_path TEXT, "
                       "kernel_path TEXT, initrd_path TEXT)"),
        QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion),
    };
    for (const ImageRow &row : images)
        statements << insertImage(row);
    return execAll(path, statements);
}

bool exec(const QString &path, const QStringList &statements)
{
    return execAll(path, statements);
}

QMap<QString, QByteArray> directoryHashes(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        QFile file(entry.filePath());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (entry.isFile() && file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        hashes.insert(entry.fileName(), hash.result().toHex());
    }
    return hashes;
}

} // namespace StateDb

static const char *const kHolderScript = R"(
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
for statement in sys.argv[2:]:
    connection.execute(statement)
print("ready", flush=True)
sys.stdin.read()
)";

SqliteHolder::SqliteHolder(const QString &path)
    : m_path(path)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SqliteHolder::~SqliteHolder()
{
    stop();
}

bool SqliteHolder::start(const QStringList &statements)
{
    const QString python = qEnvironmentVariable("BD_PYTHON", QStringLiteral("/usr/bin/python3"));
    m_process.start(python, QStringList{QStringLiteral("-c"), QString::fromUtf8(kHolderScript), m_path} + statements);
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10000)) {
            qWarning("sqlite holder: %s did not get ready", qPrintable(python));
            return false;
        }
    }
    return m_process.readLine().trimmed() == "ready";
}

void SqliteHolder::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000))
        crash();
}

void SqliteHolder::crash()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}
