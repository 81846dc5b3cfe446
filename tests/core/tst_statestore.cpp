// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateStore.h"

#include "StateDbFixture.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using bd::StateStore;
using bd::StoreOpenMode;
using bd::StoreSnapshot;
using bd::StoreStatus;

Q_DECLARE_METATYPE(bd::StoreStatus)
Q_DECLARE_METATYPE(bd::StoreOpenMode)

namespace {

// How a row prepares the DB before the store reads it.
enum class Setup
{
    CleanWal,
    RollbackJournal,
    WriterHoldsCommittedRowsInWal,
    WriterHoldsOpenTransaction,
    CrashedWriterLeftWal,
    CrashedWriterLeftStaleIndex,
    WalWithoutIndex,
    Garbage,
    Empty,
    Truncated,
    Directory,
    LockedRollbackDb,
    HotJournal,
    NewerSchema,
    OlderSchema,
    NoImagesTable,
    MissingColumn,
    Missing,
    OddPath,
    SymlinkToCrashedWal
};

const ImageRow kAlpine{QStringLiteral("alpine"), QStringLiteral("/var/lib/banger/images/alpine.ext4"),
                       QStringLiteral("/var/lib/banger/kernels/vmlinux"), QString()};
const ImageRow kDebian{QStringLiteral("debian"), QStringLiteral("/var/lib/banger/images/debian.ext4"),
                       QStringLiteral("/var/lib/banger/kernels/vmlinux-6.1"),
                       QStringLiteral("/var/lib/banger/kernels/initrd-6.1")};
const ImageRow kFresh{QStringLiteral("fresh"), QStringLiteral("/r"), QStringLiteral("/k"), QString()};
const ImageRow kPending{QStringLiteral("pending"), QStringLiteral("/r"), QStringLiteral("/k"), QString()};

} // namespace

Q_DECLARE_METATYPE(Setup)

class TestStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void read_data();
    void read();
    void findsTheRequestedImage();
    void readsFromManyThreadsAtOnce();

private:
    void prepare(Setup setup);
    QString dbPath(const QString &fileName = QStringLiteral("state.db")) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteHolder> m_holder;
    QString m_path;
};

void TestStateStore::init()
{
    m_holder.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestStateStore::dbPath(const QString &fileName) const
{
    return m_dir->path() + QStringLiteral("/db/") + fileName;
}

static void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

static QStringList writerStatements(bool openTransaction)
{
    QStringList statements = {QStringLiteral("PRAGMA wal_autocheckpoint=0"), StateDb::insertImage(kFresh)};
    if (openTransaction)
        statements << QStringLiteral("BEGIN IMMEDIATE") << StateDb::insertImage(kPending);
    return statements;
}

// Builds what the row describes and sets m_path to the DB to read; QVERIFY failures abort the row.
void TestStateStore::prepare(Setup setup)
{
    const QString path = dbPath();
    m_path = path;
    const QList<ImageRow> images = {kAlpine, kDebian};
    switch (setup) {
    case Setup::CleanWal:
        QVERIFY(StateDb::create(path, images));
        break;
    case Setup::RollbackJournal:
        StateDb::create(path, images, 1, QStringLiteral("delete"));
        break;
    case Setup::WriterHoldsCommittedRowsInWal:
    case Setup::WriterHoldsOpenTransaction:
        QVERIFY(StateDb::create(path, images));
        m_holder = std::make_unique<SqliteHolder>(path);
        QVERIFY(m_holder->start(writerStatements(setup == Setup::WriterHoldsOpenTransaction)));
        break;
    case Setup::CrashedWriterLeftWal:
    case Setup::CrashedWriterLeftStaleIndex:
    case Setup::WalWithoutIndex:
        QVERIFY(StateDb::create(path, images));
        m_holder = std::make_unique<SqliteHolder>(path);
        QVERIFY(m_holder->start(writerStatements(false)));
        m_holder->crash();
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        if (setup == Setup::CrashedWriterLeftStaleIndex)
            writeFile(path + QStringLiteral("-shm"), QByteArray(32768, '\0'));
        if (setup == Setup::WalWithoutIndex)
            QFile::remove(path + QStringLiteral("-shm"));
        break;
    case Setup::Garbage:
        writeFile(path, QByteArray("this is not a database, just some text that is long enough\n").repeated(40));
        break;
    case Setup::Empty:
        writeFile(path, QByteArray());
        break;
    case Setup::Truncated: {
        QList<ImageRow> many;
        for (int i = 0; i < 400; ++i)
            many << ImageRow{QStringLiteral("image-%1").arg(i), QStringLiteral("/r").repeated(50), "/k", ""};
        QVERIFY(StateDb::create(path, many));
        QFile file(path);
        QVERIFY(file.size() > 8 * 4096);
        file.resize(3 * 4096 + 100);
        break;
    }
    case Setup::Directory:
        QDir().mkpath(path);
        break;
    case Setup::LockedRollbackDb:
        StateDb::create(path, images, 1, QStringLiteral("delete"));
        m_holder = std::make_unique<SqliteHolder>(path);
        QVERIFY(m_holder->start({QStringLiteral("BEGIN EXCLUSIVE"), StateDb::insertImage(kPending)}));
        break;
    case Setup::HotJournal:
        QVERIFY(StateDb::create(path, images, 1, QStringLiteral("delete")));
        m_holder = std::make_unique<SqliteHolder>(path);
        QVERIFY(m_holder->start(
            {QStringLiteral("PRAGMA cache_size=1"), QStringLiteral("BEGIN"), StateDb::insertManyImages(2000)}));
        m_holder->crash();
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));
        break;
    case Setup::NewerSchema:
        StateDb::create(path, images, StateStore::kNewestSchemaVersion + 1);
        break;
    case Setup::OlderSchema:
        StateDb::create(path, images, 0);
        break;
    case Setup::NoImagesTable:
        StateDb::exec(path, {QStringLiteral("PRAGMA journal_mode=wal"), QStringLiteral("CREATE TABLE vms(name TEXT)"),
                             QStringLiteral("PRAGMA user_version=1")});
        break;
    case Setup::MissingColumn:
        StateDb::exec(path, {QStringLiteral("CREATE TABLE images(name TEXT, rootfs_path TEXT, kernel_path TEXT)"),
                             QStringLiteral("PRAGMA user_version=1")});
        break;
    case Setup::Missing:
        QDir().mkpath(QFileInfo(path).absolutePath());
        break;
    case Setup::SymlinkToCrashedWal: {
        const QString target = dbPath(QStringLiteral("elsewhere/state.db"));
        QVERIFY(StateDb::create(target, images));
        m_holder = std::make_unique<SqliteHolder>(target);
        QVERIFY(m_holder->start(writerStatements(false)));
        m_holder->crash();
        QVERIFY(QFile::link(target, path));
        break;
    }
    case Setup::OddPath: {
        const QString odd = dbPath(QStringLiteral("odd dir?x=1#frag%41/state.db"));
        QVERIFY(StateDb::create(odd, images));
        m_path = odd;
        break;
    }
    }
}

void TestStateStore::read_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<StoreStatus>("status");
    QTest::addColumn<StoreOpenMode>("mode");
    QTest::addColumn<QStringList>("visible");
    QTest::addColumn<QStringList>("invisible");

    const QStringList both = {QStringLiteral("alpine"), QStringLiteral("debian")};
    const QStringList withFresh = both + QStringList{QStringLiteral("fresh")};
    const QStringList none;
    const QStringList pending = {QStringLiteral("pending")};
    auto row = [](const char *name) { return &QTest::newRow(name); };

    *row("a WAL database without side files is read immutably")
        << Setup::CleanWal << StoreStatus::Readable << StoreOpenMode::Immutable << both << none;
    *row("a rollback-journal database is read read-only")
        << Setup::RollbackJournal << StoreStatus::Readable << StoreOpenMode::ReadOnly << both << none;
    *row("rows committed only to the WAL of a running writer are read")
        << Setup::WriterHoldsCommittedRowsInWal << StoreStatus::Readable << StoreOpenMode::ReadOnlySharedMem
        << withFresh << none;
    *row("rows of a writer's open transaction stay invisible")
        << Setup::WriterHoldsOpenTransaction << StoreStatus::Readable << StoreOpenMode::ReadOnlySharedMem << withFresh
        << pending;
    *row("the WAL of a crashed writer is read with nobody holding the database")
        << Setup::CrashedWriterLeftWal << StoreStatus::Readable << StoreOpenMode::ReadOnlySharedMem << withFresh
        << none;
    *row("a stale index left by a crashed writer is rebuilt in memory, not trusted")
        << Setup::CrashedWriterLeftStaleIndex << StoreStatus::Readable << StoreOpenMode::ReadOnlySharedMem << withFresh
        << none;
    *row("a WAL without its shared-memory index fails without creating one")
        << Setup::WalWithoutIndex << StoreStatus::WalWithoutIndex << StoreOpenMode::None << none << none;
    *row("garbage is not a database") << Setup::Garbage << StoreStatus::NotADatabase << StoreOpenMode::None << none
                                      << none;
    *row("an empty file is reported as empty")
        << Setup::Empty << StoreStatus::Empty << StoreOpenMode::None << none << none;
    *row("a truncated database is reported as damaged")
        << Setup::Truncated << StoreStatus::Corrupt << StoreOpenMode::Immutable << none << none;
    *row("a directory in place of the file is refused")
        << Setup::Directory << StoreStatus::NotAFile << StoreOpenMode::None << none << none;
    *row("a rollback database locked by another process fails fast")
        << Setup::LockedRollbackDb << StoreStatus::Locked << StoreOpenMode::ReadOnly << none << none;
    *row("a hot journal left by a crashed writer is not rolled back by the reader")
        << Setup::HotJournal << StoreStatus::NeedsRecovery << StoreOpenMode::ReadOnly << none << none;
    *row("a newer schema version is refused")
        << Setup::NewerSchema << StoreStatus::NewerSchema << StoreOpenMode::Immutable << none << none;
    *row("schema version 0 is older than any known")
        << Setup::OlderSchema << StoreStatus::OlderSchema << StoreOpenMode::Immutable << none << none;
    *row("a database without an images table is not banger's")
        << Setup::NoImagesTable << StoreStatus::NotBangerSchema << StoreOpenMode::Immutable << none << none;
    *row("an images table missing initrd_path is not banger's")
        << Setup::MissingColumn << StoreStatus::NotBangerSchema << StoreOpenMode::ReadOnly << none << none;
    *row("a missing database is reported missing and not created")
        << Setup::Missing << StoreStatus::Missing << StoreOpenMode::None << none << none;
    *row("a symlinked DB is read with the -wal and -shm beside its target")
        << Setup::SymlinkToCrashedWal << StoreStatus::Readable << StoreOpenMode::ReadOnlySharedMem << withFresh << none;
    *row("a path with spaces, ?, # and % is encoded in the URI")
        << Setup::OddPath << StoreStatus::Readable << StoreOpenMode::Immutable << both << none;
}

static QStringList imageNames(const QString &path)
{
    QStringList names;
    for (const char *name : {"alpine", "debian", "fresh", "pending"})
        if (StateStore::read(path, QLatin1String(name)).image)
            names << QLatin1String(name);
    return names;
}

void TestStateStore::read()
{
    QFETCH(Setup, setup);
    QFETCH(StoreStatus, status);
    QFETCH(StoreOpenMode, mode);
    QFETCH(QStringList, visible);
    QFETCH(QStringList, invisible);

    prepare(setup);
    if (QTest::currentTestFailed())
        return;
    const QString path = m_path;
    const QString dir = QFileInfo(path).absolutePath();
    const auto before = StateDb::directoryHashes(dir);

    QElapsedTimer clock;
    clock.start();
    const StoreSnapshot snapshot = StateStore::read(path);
    const qint64 elapsed = clock.elapsed();

    QCOMPARE(snapshot.status, status);
    QCOMPARE(snapshot.openMode, mode);
    QVERIFY2(elapsed < 3000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QCOMPARE(snapshot.message.isEmpty(), status == StoreStatus::Readable || status == StoreStatus::Missing);
    QCOMPARE(snapshot.hint.isEmpty(), status == StoreStatus::Readable || status == StoreStatus::Missing);
    if (snapshot.isReadable()) {
        QCOMPARE(snapshot.schemaVersion, 1);
        QCOMPARE(snapshot.imageCount, visible.size());
        QCOMPARE(imageNames(path), visible);
    }
    for (const QString &name : invisible)
        QVERIFY(!StateStore::read(path, name).image);
    QCOMPARE(StateDb::directoryHashes(dir), before);
}

void TestStateStore::findsTheRequestedImage()
{
    const QString path = dbPath();
    QVERIFY(StateDb::create(path, {kAlpine, kDebian}));

    const StoreSnapshot found = StateStore::read(path, QStringLiteral("debian"));
    QVERIFY(found.isReadable());
    QVERIFY(found.image);
    QCOMPARE(found.image->name, kDebian.name);
    QCOMPARE(found.image->rootfsPath, kDebian.rootfs);
    QCOMPARE(found.image->kernelPath, kDebian.kernel);
    QCOMPARE(found.image->initrdPath, kDebian.initrd);

    const StoreSnapshot absent = StateStore::read(path, QStringLiteral("ubuntu"));
    QVERIFY(absent.isReadable());
    QVERIFY(!absent.image);
    QCOMPARE(absent.imageCount, 2);
}

void TestStateStore::readsFromManyThreadsAtOnce()
{
    const QString path = dbPath();
    QVERIFY(StateDb::create(path, {kAlpine, kDebian}));
    const QList<int> runs(16, 0);

    const QList<bool> found = QtConcurrent::blockingMapped(
        runs, [path](int) { return StateStore::read(path, QStringLiteral("alpine")).image.has_value(); });

    QCOMPARE(found, QList<bool>(16, true));
    QCOMPARE(StateDb::directoryHashes(QFileInfo(path).absolutePath()).keys(), QStringList{"state.db"});
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
