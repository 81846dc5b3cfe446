// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/PostureStore.h"

#include <QtTest>

using bd::Status;
using namespace bd::monitor;

class TestPostureStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsPostureAndHistory();
    void unusableFilesStartAfresh_data();
    void unusableFilesStartAfresh();
    void historyIsCapped();
    void savesAtomicallyIntoItsOwnDirectory();
};

namespace {

Drift sampleDrift(int minute)
{
    Drift drift;
    drift.rowId = QStringLiteral("helper-socket");
    drift.kind = DriftKind::Degraded;
    drift.before = {Status::Pass, QStringLiteral("helper socket"), QStringLiteral("mode 0600"), false};
    drift.after = {Status::Fail, QStringLiteral("helper socket"), QStringLiteral("mode 0666"), false};
    drift.at = QDateTime(QDate(2026, 12, 3), QTime(16, minute, 5, 250), Qt::UTC);
    drift.repeats = 3;
    drift.description = QStringLiteral("helper socket: mode 0600 \u2192 0666 (3 times)");
    return drift;
}

} // namespace

void TestPostureStore::roundTripsPostureAndHistory()
{
    QTemporaryDir dir;
    PostureStore store(dir.filePath(QStringLiteral("posture.json")));
    store.setPosture({{QStringLiteral("daemon-service"),
                       Observation{Status::Fail, QStringLiteral("bangerd.service"), QStringLiteral("failed"), false}}});
    store.append(sampleDrift(1));
    QVERIFY(store.saveNow());

    PostureStore loaded(store.filePath());
    QVERIFY(loaded.load());

    const Observation row = loaded.posture().value(QStringLiteral("daemon-service"));
    QCOMPARE(row.status, Status::Fail);
    QCOMPARE(row.value, QStringLiteral("failed"));
    QCOMPARE(row.label, QStringLiteral("bangerd.service"));
    QCOMPARE(loaded.history().size(), 1);
    const Drift drift = loaded.history().first();
    QCOMPARE(drift.at, sampleDrift(1).at);
    QCOMPARE(drift.kind, DriftKind::Degraded);
    QCOMPARE(drift.repeats, 3);
    QCOMPARE(drift.before.value, QStringLiteral("mode 0600"));
    QCOMPARE(drift.after.status, Status::Fail);
    QCOMPARE(drift.description, sampleDrift(1).description);

    const bd::DriftEvent event = loaded.driftHistory().first();
    QCOMPARE(event.checkName, QStringLiteral("helper socket"));
    QCOMPARE(event.change, sampleDrift(1).description);
    QVERIFY(event.isDegradation());
}

void TestPostureStore::unusableFilesStartAfresh_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("an empty file is no posture") << QByteArray();
    QTest::newRow("garbage is no posture") << QByteArray("\x01\x02{{{not json");
    QTest::newRow("JSON of another schema is no posture") << QByteArray("{\"schema\":\"other/v9\",\"rows\":{}}");
    QTest::newRow("a JSON array is no posture") << QByteArray("[1,2,3]");
}

void TestPostureStore::unusableFilesStartAfresh()
{
    QFETCH(QByteArray, content);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("posture.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    PostureStore store(file.fileName());
    QVERIFY(!store.load());
    QVERIFY(store.posture().isEmpty());
    QVERIFY(store.history().isEmpty());
}

void TestPostureStore::historyIsCapped()
{
    PostureStore store(QStringLiteral("/nonexistent/posture.json"));
    for (int i = 0; i < PostureStore::kMaxHistory + 5; ++i)
        store.append(sampleDrift(i % 60));

    QCOMPARE(store.history().size(), PostureStore::kMaxHistory);
    QCOMPARE(store.history().first().at, sampleDrift(5).at);
}

void TestPostureStore::savesAtomicallyIntoItsOwnDirectory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deep/er/posture.json"));
    PostureStore store(path);
    store.append(sampleDrift(2));

    store.saveAsync();
    QTRY_VERIFY(QFile::exists(path));

    QTRY_COMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("posture.json")});
    PostureStore loaded(path);
    QVERIFY(loaded.load());
    QCOMPARE(loaded.history().size(), 1);
}

QTEST_GUILESS_MAIN(TestPostureStore)
#include "tst_posturestore.moc"
