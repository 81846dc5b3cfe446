// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckScheduler.h"
#include "FixtureRoot.h"

#include <QtTest>

#include <atomic>

using namespace bd;

namespace {

std::atomic<int> g_slowRuns{0};

CheckResult quick(const CheckContext &)
{
    return CheckResult::pass({QStringLiteral("quick")});
}

CheckResult slow(const CheckContext &)
{
    ++g_slowRuns;
    QThread::msleep(300);
    return CheckResult::warn({QStringLiteral("slow"), QStringLiteral("hint")});
}

CheckResult hangs(const CheckContext &)
{
    QThread::msleep(2000);
    return CheckResult::pass({QStringLiteral("too late to matter")});
}

bool never(const DoctorInputs &)
{
    return false;
}

CheckDefinition def(const char *id, int deadlineMs, CheckResult (*run)(const CheckContext &),
                    bool (*applies)(const DoctorInputs &) = nullptr)
{
    return CheckDefinition{id, id, "Test", deadlineMs, applies, run};
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportKeepsRegistryOrderWhateverFinishesFirst();
    void aCheckPastItsDeadlineFailsWithoutHoldingTheRun();
    void rowsThatDoNotApplyAreLeftOut();
    void onlyTheRequestedChecksRun();
    void aNewRunDropsTheLateResultsOfTheOldOne();
    void theRealRegistryRunsOnAnEmptyRoot();

private:
    FixtureRoot m_fixture;
};

void TestScheduler::initTestCase()
{
    QVERIFY(m_fixture.isValid());
}

void TestScheduler::reportKeepsRegistryOrderWhateverFinishesFirst()
{
    CheckScheduler scheduler;
    scheduler.setHostPaths(m_fixture.paths());
    scheduler.setDefinitions({def("a-slow", 5000, slow), def("b-quick", 5000, quick)});
    QSignalSpy streamed(&scheduler, &CheckScheduler::checkFinished);
    QSignalSpy finished(&scheduler, &CheckScheduler::runFinished);

    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);

    QCOMPARE(streamed.count(), 2);
    QCOMPARE(streamed.at(0).at(1).value<CheckResult>().id, QStringLiteral("b-quick"));
    const Report report = finished.at(0).at(1).value<Report>();
    QCOMPARE(report.checks.size(), 2);
    QCOMPARE(report.checks.at(0).id, QStringLiteral("a-slow"));
    QCOMPARE(report.checks.at(0).status, Status::Warn);
    QVERIFY(report.checks.at(0).elapsedMs >= 250);
    QCOMPARE(report.summary().status, Status::Warn);
}

void TestScheduler::aCheckPastItsDeadlineFailsWithoutHoldingTheRun()
{
    CheckScheduler scheduler;
    scheduler.setHostPaths(m_fixture.paths());
    scheduler.setDefinitions({def("hangs", 200, hangs), def("quick", 5000, quick)});
    QSignalSpy finished(&scheduler, &CheckScheduler::runFinished);
    QElapsedTimer clock;
    clock.start();

    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1500);

    QVERIFY2(clock.elapsed() < 1500, "the run waited for the hung check");
    const Report report = finished.at(0).at(1).value<Report>();
    const CheckResult *late = report.find(QStringLiteral("hangs"));
    QVERIFY(late);
    QCOMPARE(late->status, Status::Fail);
    QVERIFY(late->details.first().contains(QStringLiteral("did not finish")));
    QVERIFY(!late->hint().isEmpty());
}

void TestScheduler::rowsThatDoNotApplyAreLeftOut()
{
    CheckScheduler scheduler;
    scheduler.setHostPaths(m_fixture.paths());
    scheduler.setDefinitions({def("shown", 5000, quick), def("hidden", 5000, quick, never)});
    QSignalSpy started(&scheduler, &CheckScheduler::runStarted);
    QSignalSpy finished(&scheduler, &CheckScheduler::runFinished);

    scheduler.start();
    QTRY_COMPARE(finished.count(), 1);

    QCOMPARE(started.at(0).at(1).value<QList<PlannedCheck>>().size(), 1);
    QVERIFY(!finished.at(0).at(1).value<Report>().find(QStringLiteral("hidden")));
}

void TestScheduler::onlyTheRequestedChecksRun()
{
    CheckScheduler scheduler;
    scheduler.setHostPaths(m_fixture.paths());
    scheduler.setDefinitions({def("one", 5000, quick), def("two", 5000, quick), def("three", 5000, quick)});
    QSignalSpy finished(&scheduler, &CheckScheduler::runFinished);

    scheduler.start({QStringLiteral("two")});
    QTRY_COMPARE(finished.count(), 1);

    const Report report = finished.at(0).at(1).value<Report>();
    QCOMPARE(report.checks.size(), 1);
    QCOMPARE(report.checks.at(0).id, QStringLiteral("two"));
}

void TestScheduler::aNewRunDropsTheLateResultsOfTheOldOne()
{
    CheckScheduler scheduler;
    scheduler.setHostPaths(m_fixture.paths());
    scheduler.setDefinitions({def("slow", 5000, slow)});
    QSignalSpy streamed(&scheduler, &CheckScheduler::checkFinished);
    QSignalSpy finished(&scheduler, &CheckScheduler::runFinished);
    g_slowRuns = 0;

    const quint64 first = scheduler.start();
    QTRY_COMPARE(g_slowRuns.load(), 1); // the first run's check is now in flight
    const quint64 second = scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(CheckScheduler::pool()->waitForDone(5000)); // the first run's check has now returned too
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    QVERIFY(second > first);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toULongLong(), second);
    QCOMPARE(streamed.count(), 1);
    QCOMPARE(streamed.at(0).at(0).toULongLong(), second);
}

void TestScheduler::theRealRegistryRunsOnAnEmptyRoot()
{
    CheckScheduler scheduler;
    scheduler.setHostPaths(m_fixture.paths());
    QSignalSpy finished(&scheduler, &CheckScheduler::runFinished);

    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);

    const Report report = finished.at(0).at(1).value<Report>();
    QCOMPARE(report.checks.first().id, QStringLiteral("host-architecture"));
    const CheckResult *posture = report.find(QStringLiteral("security-posture"));
    QVERIFY(posture);
    QCOMPARE(posture->status, Status::Warn); // no install.toml: dev-mode trust model
    QVERIFY(!report.find(QStringLiteral("helper-service")));
    for (const CheckResult &check : report.checks)
        QVERIFY2(check.status == Status::Pass || !check.hint().isEmpty(), qPrintable(check.id));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
