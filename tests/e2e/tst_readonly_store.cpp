// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real banger-doctor binary against real SQLite state DBs: what the state-store row says, and proof
// that no run ever changes the DB, its -wal or -shm, or adds a file next to them.
#include "FixtureRoot.h"
#include "StateDbFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const char *const kDbPath = "/var/lib/banger/state.db";
const ImageRow kAlpine{QStringLiteral("alpine"), QStringLiteral("/var/lib/banger/images/alpine.ext4"),
                       QStringLiteral("/var/lib/banger/kernels/vmlinux"), QString()};
const ImageRow kFresh{QStringLiteral("fresh"), QStringLiteral("/r"), QStringLiteral("/k"), QString()};
const ImageRow kPending{QStringLiteral("pending"), QStringLiteral("/r"), QStringLiteral("/k"), QString()};

// How a row leaves the DB while the binary runs.
enum class Db
{
    Missing,
    CleanWal,
    WriterHoldsCommittedRows,
    WriterHoldsOpenTransaction,
    CrashedWriter,
    Garbage,
    Directory,
    NewerSchema,
    NoImagesTable,
    LockedRollback,
    HotJournal
};

struct Run
{
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QJsonObject json;
};

QStringList writerStatements(bool openTransaction)
{
    QStringList statements = {QStringLiteral("PRAGMA wal_autocheckpoint=0"), StateDb::insertImage(kFresh)};
    if (openTransaction)
        statements << QStringLiteral("BEGIN IMMEDIATE") << StateDb::insertImage(kPending);
    return statements;
}

QJsonObject checkRow(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &check : report.value(QLatin1String("checks")).toArray())
        if (check.toObject().value(QLatin1String("id")).toString() == id)
            return check.toObject();
    return {};
}

QString detailsOf(const QJsonObject &row)
{
    QStringList lines;
    for (const QJsonValue &line : row.value(QLatin1String("details")).toArray())
        lines << line.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(Db)

class TestReadOnlyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stateStoreRow_data();
    void stateStoreRow();
    void neverWritesNextToTheDb_data();
    void neverWritesNextToTheDb();
    void readsAsAnUnprivilegedUser_data();
    void readsAsAnUnprivilegedUser();

private:
    void prepare(Db db);
    Run runReport(const QStringList &prefix = {});
    QString dbDir() const { return m_fixture->at(QStringLiteral("/var/lib/banger")); }

    std::unique_ptr<FixtureRoot> m_fixture;
    std::unique_ptr<SqliteHolder> m_holder;
};

void TestReadOnlyStore::init()
{
    m_holder.reset();
    m_fixture = std::make_unique<FixtureRoot>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(QFileInfo(qEnvironmentVariable("BD_BINARY")).isExecutable());
    // The host-runtime row opens the DB too when a default image is configured.
    m_fixture->write(QStringLiteral("~/.config/banger/config.toml"), "default_image_name = \"alpine\"\n");
}

void TestReadOnlyStore::prepare(Db db)
{
    const QString path = m_fixture->at(QLatin1String(kDbPath));
    const QList<ImageRow> images = {kAlpine};
    switch (db) {
    case Db::Missing:
        m_fixture->mkdir(QStringLiteral("/var/lib/banger"));
        break;
    case Db::CleanWal:
        QVERIFY(StateDb::create(path, images));
        break;
    case Db::WriterHoldsCommittedRows:
    case Db::WriterHoldsOpenTransaction:
    case Db::CrashedWriter:
        QVERIFY(StateDb::create(path, images));
        m_holder = std::make_unique<SqliteHolder>(path);
        QVERIFY(m_holder->start(writerStatements(db == Db::WriterHoldsOpenTransaction)));
        if (db == Db::CrashedWriter)
            m_holder->crash();
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        break;
    case Db::Garbage:
        m_fixture->write(QLatin1String(kDbPath), QByteArray("not sqlite at all\n").repeated(100));
        break;
    case Db::Directory:
        m_fixture->mkdir(QLatin1String(kDbPath));
        break;
    case Db::NewerSchema:
        QVERIFY(StateDb::create(path, images, 99));
        break;
    case Db::NoImagesTable:
        QVERIFY(StateDb::exec(path, {QStringLiteral("CREATE TABLE notes(text TEXT)")}));
        break;
    case Db::HotJournal:
        QVERIFY(StateDb::create(path, images, 1, QStringLiteral("delete")));
        m_holder = std::make_unique<SqliteHolder>(path);
        QVERIFY(m_holder->start(
            {QStringLiteral("PRAGMA cache_size=1"), QStringLiteral("BEGIN"), StateDb::insertManyImages(2000)}));
        m_holder->crash();
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));
        break;
    case Db::LockedRollback:
        QVERIFY(StateDb::create(path, images, 1, QStringLiteral("delete")));
        m_holder = std::make_unique<SqliteHolder>(path);
        QVERIFY(m_holder->start({QStringLiteral("BEGIN EXCLUSIVE"), StateDb::insertImage(kPending)}));
        break;
    }
}

// Runs `[prefix...] $BD_BINARY --report --format json --root ROOT` and parses its report.
Run TestReadOnlyStore::runReport(const QStringList &prefix)
{
    QStringList command = prefix;
    command << qEnvironmentVariable("BD_BINARY") << QStringLiteral("--report") << QStringLiteral("--format")
            << QStringLiteral("json") << m_fixture->rootArguments();
    QProcess process;
    process.setProcessEnvironment(m_fixture->environment());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);

    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(command.takeFirst(), command);
    if (!process.waitForFinished(30000))
        process.kill();
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return run;
}

void TestReadOnlyStore::stateStoreRow_data()
{
    QTest::addColumn<Db>("db");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("expected"); // lines that must appear; DB stands for the DB's path

    QTest::newRow("a missing DB passes and says the daemon will create it")
        << Db::Missing << QStringLiteral("pass")
        << QStringList{QStringLiteral("will be created on first daemon start at DB")};
    QTest::newRow("a clean WAL DB passes with its schema and image count")
        << Db::CleanWal << QStringLiteral("pass")
        << QStringList{QStringLiteral("readable at DB"), QStringLiteral("schema version 1, 1 image(s) registered")};
    QTest::newRow("rows a running daemon committed only to the WAL are counted")
        << Db::WriterHoldsCommittedRows << QStringLiteral("pass")
        << QStringList{QStringLiteral("2 image(s) registered")};
    QTest::newRow("a daemon's open write transaction neither blocks nor shows")
        << Db::WriterHoldsOpenTransaction << QStringLiteral("pass")
        << QStringList{QStringLiteral("2 image(s) registered")};
    QTest::newRow("garbage fails with a restore hint") << Db::Garbage << QStringLiteral("fail")
                                                       << QStringList{QStringLiteral("DB is not an SQLite database"),
                                                                      QStringLiteral("restore the file from a backup")};
    QTest::newRow("a directory in place of the DB fails")
        << Db::Directory << QStringLiteral("fail")
        << QStringList{QStringLiteral("DB is a directory, not a database file")};
    QTest::newRow("a newer schema fails and asks to update the doctor")
        << Db::NewerSchema << QStringLiteral("fail")
        << QStringList{QStringLiteral("schema version 99"), QStringLiteral("update Banger Doctor")};
    QTest::newRow("a DB without the images table is not banger's")
        << Db::NoImagesTable << QStringLiteral("fail") << QStringList{QStringLiteral("not a banger state database")};
    QTest::newRow("a hot journal fails and asks for the daemon to recover it")
        << Db::HotJournal << QStringLiteral("fail") << QStringList{QStringLiteral("start bangerd once")};
    QTest::newRow("a DB locked by another process fails well before Qt's 5 s default")
        << Db::LockedRollback << QStringLiteral("fail")
        << QStringList{QStringLiteral("DB is locked by another process")};
}

void TestReadOnlyStore::stateStoreRow()
{
    QFETCH(Db, db);
    QFETCH(QString, status);
    QFETCH(QStringList, expected);
    prepare(db);
    if (QTest::currentTestFailed())
        return;

    const Run run = runReport();

    const QJsonObject row = checkRow(run.json, QStringLiteral("state-store"));
    const QString details = detailsOf(row);
    QVERIFY2(!row.isEmpty(), "no state-store row in the JSON report");
    QCOMPARE(row.value(QLatin1String("status")).toString(), status);
    for (QString line : expected) {
        line.replace(QLatin1String("DB"), m_fixture->at(QLatin1String(kDbPath)));
        QVERIFY2(details.contains(line), qPrintable(QStringLiteral("%1\nnot in\n%2").arg(line, details)));
    }
    QVERIFY2(run.elapsedMs < 3000, qPrintable(QStringLiteral("the run took %1 ms").arg(run.elapsedMs)));
    if (db == Db::Missing)
        QVERIFY(QDir(dbDir()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestReadOnlyStore::neverWritesNextToTheDb_data()
{
    QTest::addColumn<Db>("db");

    QTest::newRow("a clean WAL DB without side files") << Db::CleanWal;
    QTest::newRow("a running daemon holding committed rows in the WAL") << Db::WriterHoldsCommittedRows;
    QTest::newRow("a running daemon holding an open write transaction") << Db::WriterHoldsOpenTransaction;
    QTest::newRow("a crashed daemon's WAL and shared-memory index") << Db::CrashedWriter;
    QTest::newRow("a rollback DB locked by another process") << Db::LockedRollback;
    QTest::newRow("a hot journal left by a crashed writer") << Db::HotJournal;
}

void TestReadOnlyStore::neverWritesNextToTheDb()
{
    QFETCH(Db, db);
    prepare(db);
    if (QTest::currentTestFailed())
        return;
    const auto before = StateDb::directoryHashes(dbDir());

    for (int i = 0; i < 5; ++i) {
        const Run run = runReport();
        QVERIFY2(!checkRow(run.json, QStringLiteral("state-store")).isEmpty(), "the binary wrote no report");
        QVERIFY2(!checkRow(run.json, QStringLiteral("host-runtime")).isEmpty(), "the binary wrote no report");
    }

    const auto after = StateDb::directoryHashes(dbDir());
    QCOMPARE(after.keys(), before.keys());
    QCOMPARE(after, before);
}

void TestReadOnlyStore::readsAsAnUnprivilegedUser_data()
{
    QTest::addColumn<Db>("db");
    QTest::addColumn<int>("dbMode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a WAL DB without side files in a directory it cannot write is read")
        << Db::CleanWal << 0644 << QStringLiteral("pass") << QStringLiteral("1 image(s) registered");
    QTest::newRow("a crashed daemon's WAL is read through the read-only index")
        << Db::CrashedWriter << 0644 << QStringLiteral("pass") << QStringLiteral("2 image(s) registered");
    QTest::newRow("a DB it may not read fails with permission denied")
        << Db::CleanWal << 0600 << QStringLiteral("fail") << QStringLiteral("permission denied");
}

// Root may write anywhere, so a directory the doctor cannot write is made by dropping to nobody (65534)
// with setpriv from util-linux. The fixture tree is root-owned, 0755 directories, 0644 files.
void TestReadOnlyStore::readsAsAnUnprivilegedUser()
{
    QFETCH(Db, db);
    QFETCH(int, dbMode);
    QFETCH(QString, status);
    QFETCH(QString, expected);
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (::geteuid() != 0 || setpriv.isEmpty())
        QSKIP("needs root and setpriv to drop to an unprivileged user");

    prepare(db);
    if (QTest::currentTestFailed())
        return;
    const QString path = m_fixture->at(QLatin1String(kDbPath));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(dbMode)) == 0);
    const QString top = QFileInfo(m_fixture->root()).absolutePath();
    QVERIFY(::chmod(QFile::encodeName(top).constData(), 0755) == 0);
    const auto before = StateDb::directoryHashes(dbDir());

    const Run run = runReport(
        {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")});

    const QJsonObject row = checkRow(run.json, QStringLiteral("state-store"));
    QCOMPARE(row.value(QLatin1String("status")).toString(), status);
    QVERIFY2(detailsOf(row).contains(expected), qPrintable(detailsOf(row)));
    QCOMPARE(StateDb::directoryHashes(dbDir()), before);
}

QTEST_GUILESS_MAIN(TestReadOnlyStore)
#include "tst_readonly_store.moc"
