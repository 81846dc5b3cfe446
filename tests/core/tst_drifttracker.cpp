// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/DriftTracker.h"
#include "monitor/PostureRows.h"

#include <QtTest>

using bd::Status;
using namespace bd::monitor;

namespace {

const QString kRow = QStringLiteral("daemon-service");
const QString kUnit = QStringLiteral("bangerd.service");

Observation unit(const QString &activeState, const QString &subState = QStringLiteral("running"))
{
    return observationFromUnit(kUnit, QStringLiteral("loaded"), activeState, subState);
}

Drift driftAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<Drift>();
}

} // namespace

class TestDriftTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstObservationIsTheBaseline();
    void transientStatesAreNoDegradation_data();
    void transientStatesAreNoDegradation();
    void degradationWaitsForTheGraceWindow();
    void graceWindowCountsFromTheEvent();
    void zeroGraceConfirmsAtOnce();
    void flappingCollapsesIntoOneDriftWithACount();
    void alarmedRowIsNotAlarmedAgainUntilItRecovers();
    void recoveryIsConfirmedAndReArmsTheAlarm();
    void describesWhatChanged_data();
    void describesWhatChanged();
};

void TestDriftTracker::firstObservationIsTheBaseline()
{
    DriftTracker tracker;
    QSignalSpy drifts(&tracker, &DriftTracker::drifted);
    QSignalSpy confirmed(&tracker, &DriftTracker::confirmedChanged);

    tracker.observe(kRow, unit(QStringLiteral("failed")));

    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(tracker.confirmed().value(kRow).value, QStringLiteral("failed"));
    QVERIFY(!tracker.isPending(kRow));
    QCOMPARE(drifts.count(), 0);
}

void TestDriftTracker::transientStatesAreNoDegradation_data()
{
    QTest::addColumn<QString>("activeState");
    QTest::addColumn<QString>("subState");

    QTest::newRow("a unit that is starting is not degraded") << "activating"
                                                             << "start";
    QTest::newRow("a unit that is stopping on its way to a restart is not degraded") << "deactivating"
                                                                                     << "stop";
    QTest::newRow("a unit that reloads is not degraded") << "reloading"
                                                         << "reload";
    QTest::newRow("a unit waiting to be restarted automatically is not degraded") << "activating"
                                                                                  << "auto-restart";
    QTest::newRow("a failed unit in auto-restart is not degraded yet") << "failed"
                                                                       << "auto-restart";
}

void TestDriftTracker::transientStatesAreNoDegradation()
{
    QFETCH(QString, activeState);
    QFETCH(QString, subState);

    DriftTracker tracker;
    tracker.setBaseline({{kRow, unit(QStringLiteral("active"))}});
    tracker.observe(kRow, unit(activeState, subState));

    QVERIFY(!tracker.isPending(kRow));
    QCOMPARE(tracker.confirmed().value(kRow).value, QStringLiteral("active"));
}

void TestDriftTracker::degradationWaitsForTheGraceWindow()
{
    DriftTracker tracker;
    tracker.setGraceMs(300);
    tracker.setBaseline({{kRow, unit(QStringLiteral("active"))}});
    QSignalSpy drifts(&tracker, &DriftTracker::drifted);
    QElapsedTimer clock;
    clock.start();

    tracker.observe(kRow, unit(QStringLiteral("failed")));
    QVERIFY(tracker.isPending(kRow));
    QTRY_COMPARE(drifts.count(), 1);

    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    const Drift drift = driftAt(drifts, 0);
    QCOMPARE(drift.kind, DriftKind::Degraded);
    QVERIFY(drift.isAlarm());
    QCOMPARE(drift.before.value, QStringLiteral("active"));
    QCOMPARE(drift.after.value, QStringLiteral("failed"));
    QCOMPARE(drift.repeats, 1);
    QCOMPARE(tracker.confirmed().value(kRow).value, QStringLiteral("failed"));
}

void TestDriftTracker::graceWindowCountsFromTheEvent()
{
    DriftTracker tracker;
    tracker.setGraceMs(5000);
    tracker.setBaseline({{kRow, unit(QStringLiteral("active"))}});
    QSignalSpy drifts(&tracker, &DriftTracker::drifted);
    QElapsedTimer clock;
    clock.start();

    tracker.observe(kRow, unit(QStringLiteral("inactive")), DriftTracker::now() - 4900);

    QTRY_COMPARE_WITH_TIMEOUT(drifts.count(), 1, 1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestDriftTracker::zeroGraceConfirmsAtOnce()
{
    DriftTracker tracker;
    tracker.setGraceMs(0);
    tracker.setBaseline({{kRow, unit(QStringLiteral("active"))}});
    QSignalSpy drifts(&tracker, &DriftTracker::drifted);

    tracker.observe(kRow, unit(QStringLiteral("inactive")));

    QTRY_COMPARE_WITH_TIMEOUT(drifts.count(), 1, 200);
}

void TestDriftTracker::flappingCollapsesIntoOneDriftWithACount()
{
    DriftTracker tracker;
    tracker.setGraceMs(400);
    tracker.setBaseline({{kRow, unit(QStringLiteral("active"))}});
    QSignalSpy drifts(&tracker, &DriftTracker::drifted);

    for (int i = 0; i < 5; ++i) {
        tracker.observe(kRow, unit(QStringLiteral("inactive")));
        tracker.observe(kRow, unit(QStringLiteral("active")));
        QVERIFY(!tracker.isPending(kRow));
    }
    tracker.observe(kRow, unit(QStringLiteral("inactive")));
    tracker.observe(kRow, unit(QStringLiteral("failed")));

    QTRY_COMPARE(drifts.count(), 1);
    QCOMPARE(driftAt(drifts, 0).repeats, 6);
    QCOMPARE(driftAt(drifts, 0).after.value, QStringLiteral("failed"));
    QVERIFY(describe(driftAt(drifts, 0)).endsWith(QStringLiteral("(6 times)")));
}

void TestDriftTracker::alarmedRowIsNotAlarmedAgainUntilItRecovers()
{
    DriftTracker tracker;
    tracker.setGraceMs(200);
    tracker.setBaseline({{kRow, unit(QStringLiteral("active"))}});
    QSignalSpy drifts(&tracker, &DriftTracker::drifted);
    tracker.observe(kRow, unit(QStringLiteral("failed")));
    QTRY_COMPARE(drifts.count(), 1);

    for (int i = 0; i < 3; ++i) {
        tracker.observe(kRow, unit(QStringLiteral("active")));
        tracker.observe(kRow, unit(QStringLiteral("failed")));
    }

    QTRY_COMPARE(drifts.count(), 2);
    const Drift repeat = driftAt(drifts, 1);
    QCOMPARE(repeat.kind, DriftKind::Repeated);
    QCOMPARE(repeat.repeats, 4);
    QCOMPARE(repeat.before.value, QStringLiteral("active"));
    QCOMPARE(repeat.after.value, QStringLiteral("failed"));
    QVERIFY(!tracker.isPending(kRow));
}

void TestDriftTracker::recoveryIsConfirmedAndReArmsTheAlarm()
{
    DriftTracker tracker;
    tracker.setGraceMs(100);
    tracker.setBaseline({{kRow, unit(QStringLiteral("failed"))}});
    QSignalSpy drifts(&tracker, &DriftTracker::drifted);

    tracker.observe(kRow, unit(QStringLiteral("active")));
    QTRY_COMPARE(drifts.count(), 1);
    QCOMPARE(driftAt(drifts, 0).kind, DriftKind::Recovered);
    QVERIFY(!driftAt(drifts, 0).isAlarm());

    tracker.observe(kRow, unit(QStringLiteral("failed")));
    QTRY_COMPARE(drifts.count(), 2);
    QCOMPARE(driftAt(drifts, 1).kind, DriftKind::Degraded);
    QCOMPARE(driftAt(drifts, 1).repeats, 1);
}

void TestDriftTracker::describesWhatChanged_data()
{
    QTest::addColumn<QString>("rowId");
    QTest::addColumn<Observation>("before");
    QTest::addColumn<Observation>("after");
    QTest::addColumn<QString>("expected");

    const auto facts = [](const QString &value, Status status) {
        return Observation{status, QStringLiteral("helper socket"), value, false};
    };
    const auto details = [](const QString &value, Status status) {
        return Observation{status, QStringLiteral("daemon unit hardening"), value, false};
    };

    QTest::newRow("a socket whose mode opened up names the old and new mode")
        << "helper-socket" << facts(QStringLiteral("mode 0600, owner uid 1000, socket"), Status::Pass)
        << facts(QStringLiteral("mode 0666, owner uid 1000, socket"), Status::Fail)
        << QStringLiteral("helper socket: mode 0600 \u2192 0666");
    QTest::newRow("a socket that changed owner and mode names both")
        << "daemon-socket" << facts(QStringLiteral("mode 0600, owner uid 1000, socket"), Status::Pass)
        << facts(QStringLiteral("mode 0660, owner uid 0, socket"), Status::Fail)
        << QStringLiteral("helper socket: mode 0600 \u2192 0660; owner uid 1000 \u2192 0");
    QTest::newRow("a socket that disappeared says so")
        << "helper-socket" << facts(QStringLiteral("mode 0600, owner uid 1000, socket"), Status::Pass)
        << facts(QStringLiteral("missing"), Status::Fail)
        << QStringLiteral("helper socket: mode 0600, owner uid 1000, socket \u2192 missing");
    QTest::newRow("a unit that stopped names both states")
        << "daemon-service" << unit(QStringLiteral("active")) << unit(QStringLiteral("failed"))
        << QStringLiteral("bangerd.service: active \u2192 failed");
    QTest::newRow("a hardening row names the new finding")
        << "daemon-unit-hardening" << details(QStringLiteral("all directives in place"), Status::Pass)
        << details(QStringLiteral("NoNewPrivileges removed by /etc/systemd/system/bangerd.service.d/override.conf"),
                   Status::Fail)
        << QStringLiteral("daemon unit hardening: NoNewPrivileges removed by "
                          "/etc/systemd/system/bangerd.service.d/override.conf");
    QTest::newRow("a hardening row that passes again says so")
        << "daemon-unit-hardening" << details(QStringLiteral("ProtectHome=no"), Status::Fail)
        << details(QStringLiteral("all directives in place"), Status::Pass)
        << QStringLiteral("daemon unit hardening: passes again");
}

void TestDriftTracker::describesWhatChanged()
{
    QFETCH(QString, rowId);
    QFETCH(Observation, before);
    QFETCH(Observation, after);
    QFETCH(QString, expected);

    Drift drift;
    drift.rowId = rowId;
    drift.before = before;
    drift.after = after;
    drift.kind = after.status == Status::Pass ? DriftKind::Recovered : DriftKind::Degraded;

    QCOMPARE(describe(drift), expected);
}

QTEST_GUILESS_MAIN(TestDriftTracker)
#include "tst_drifttracker.moc"
