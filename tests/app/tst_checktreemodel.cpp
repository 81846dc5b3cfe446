// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tree model and its filter, fed with the scheduler's stream by hand so that every ordering,
// including results arriving from superseded runs, can be played exactly. Both models run under
// QAbstractItemModelTester for the whole of every test.
#include "CheckFilterProxy.h"
#include "CheckTreeModel.h"
#include "HintCommand.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using bd::CheckResult;
using bd::PlannedCheck;
using bd::Status;
using bd::app::CheckFilterProxy;
using bd::app::CheckTreeModel;

namespace {

const char *const kHost = "Host";
const char *const kRuntime = "Runtime";

QList<PlannedCheck> fourChecks()
{
    return {{QStringLiteral("host-architecture"), QStringLiteral("host architecture"), kHost},
            {QStringLiteral("banger-version"), QStringLiteral("banger version"), kHost},
            {QStringLiteral("state-store"), QStringLiteral("state store"), kRuntime},
            {QStringLiteral("kvm-access"), QStringLiteral("kvm access"), kHost}};
}

CheckResult result(const QString &id, Status status, const QStringList &details)
{
    CheckResult r;
    r.id = id;
    r.name = id;
    r.status = status;
    r.details = details;
    r.elapsedMs = 1.5;
    return r;
}

// The names of the rows under parent, as the user reads them.
QStringList rowNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

QStringList statusWords(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList words;
    for (int row = 0; row < model.rowCount(parent); ++row)
        words << model.index(row, CheckTreeModel::StatusColumn, parent).data().toString();
    return words;
}

} // namespace

class TestCheckTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void plannedChecksShowAsPendingGroupedInPlanOrder();
    void resultsFillRowsWhateverOrderTheyFinishIn();
    void everyRowHasAnIconAndAStatusWord();
    void resultsOfASupersededRunAreIgnored_data();
    void resultsOfASupersededRunAreIgnored();
    void aSingleRerunKeepsTheOtherRows();
    void aRowThatNoLongerAppliesIsRemovedWhenTheRunFinishes();
    void aRunStartedElsewhereReplacesTheTree();
    void countsFollowTheStream();
    void filterShowsMatchingChecksWithTheirDetails_data();
    void filterShowsMatchingChecksWithTheirDetails();
    void problemsOnlyShowsAProblemTheMomentItArrives();
    void commandIsTakenFromTheHint_data();
    void commandIsTakenFromTheHint();

private:
    void runFour(quint64 runId);

    std::unique_ptr<CheckTreeModel> m_model;
    std::unique_ptr<CheckFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestCheckTreeModel::init()
{
    m_model = std::make_unique<CheckTreeModel>();
    m_proxy = std::make_unique<CheckFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCheckTreeModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
}

// Run runId of the four checks: one pass, one warn, one fail with a command hint, one pass.
void TestCheckTreeModel::runFour(quint64 runId)
{
    m_model->expectRun(runId);
    m_model->onRunStarted(runId, fourChecks());
    m_model->onCheckFinished(runId,
                             result(QStringLiteral("kvm-access"), Status::Pass, {QStringLiteral("/dev/kvm ok")}));
    m_model->onCheckFinished(runId, result(QStringLiteral("state-store"), Status::Fail,
                                           {QStringLiteral("state.db is not a database"),
                                            QStringLiteral("move it aside and run: sudo systemctl restart bangerd")}));
    m_model->onCheckFinished(runId, result(QStringLiteral("banger-version"), Status::Warn,
                                           {QStringLiteral("app 0.2.0, install 0.1.0"), QStringLiteral("reinstall")}));
    m_model->onCheckFinished(runId,
                             result(QStringLiteral("host-architecture"), Status::Pass, {QStringLiteral("x86_64")}));
}

void TestCheckTreeModel::plannedChecksShowAsPendingGroupedInPlanOrder()
{
    m_model->expectRun(1);
    m_model->onRunStarted(1, fourChecks());

    QCOMPARE(rowNames(*m_model), QStringList({QStringLiteral("Host"), QStringLiteral("Runtime")}));
    const QModelIndex host = m_model->index(0, 0);
    QCOMPARE(rowNames(*m_model, host), QStringList({QStringLiteral("host architecture"),
                                                    QStringLiteral("banger version"), QStringLiteral("kvm access")}));
    QCOMPARE(statusWords(*m_model, host), QStringList(3, QStringLiteral("running")));
    QCOMPARE(m_model->index(0, CheckTreeModel::StatusColumn).data().toString(), QStringLiteral("running"));
    QCOMPARE(m_model->counts().pending, 4);
    QVERIFY(m_model->isRunning());
}

void TestCheckTreeModel::resultsFillRowsWhateverOrderTheyFinishIn()
{
    runFour(1);

    QCOMPARE(m_model->checkIds(), QStringList({QStringLiteral("host-architecture"), QStringLiteral("banger-version"),
                                               QStringLiteral("kvm-access"), QStringLiteral("state-store")}));
    const QModelIndex store = m_model->indexForCheck(QStringLiteral("state-store"));
    QCOMPARE(rowNames(*m_model, store),
             QStringList({QStringLiteral("state.db is not a database"),
                          QStringLiteral("move it aside and run: sudo systemctl restart bangerd")}));
    QCOMPARE(statusWords(*m_model, store), QStringList({QStringLiteral("detail"), QStringLiteral("hint")}));
    QCOMPARE(store.siblingAtColumn(CheckTreeModel::StatusColumn).data().toString(), QStringLiteral("failed"));
    QCOMPARE(store.siblingAtColumn(CheckTreeModel::TimeColumn).data().toString(), QStringLiteral("2 ms"));
    QCOMPARE(m_model->index(0, CheckTreeModel::StatusColumn).data().toString(), QStringLiteral("warning"));
    QCOMPARE(m_model->index(1, CheckTreeModel::StatusColumn).data().toString(), QStringLiteral("failed"));
}

void TestCheckTreeModel::everyRowHasAnIconAndAStatusWord()
{
    runFour(1);
    m_model->expectRun(2, {QStringLiteral("kvm-access")});

    QList<QModelIndex> pending{QModelIndex()};
    int rows = 0;
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            QVERIFY2(!index.data(Qt::DecorationRole).value<QIcon>().isNull(), qPrintable(index.data().toString()));
            QVERIFY2(!index.siblingAtColumn(CheckTreeModel::StatusColumn).data().toString().isEmpty(),
                     qPrintable(index.data().toString()));
            QVERIFY(index.data(Qt::AccessibleTextRole).toString().startsWith(index.data().toString()));
            pending << index;
            ++rows;
        }
    }
    QCOMPARE(rows, 2 + 4 + 5); // groups, checks, detail lines of the three finished checks still shown
}

void TestCheckTreeModel::resultsOfASupersededRunAreIgnored_data()
{
    QTest::addColumn<bool>("newRunAnnounced");
    QTest::addColumn<bool>("newRunStarted");
    QTest::newRow("a late result after the new run was announced is dropped") << true << false;
    QTest::newRow("a late result after the new run started is dropped") << true << true;
}

void TestCheckTreeModel::resultsOfASupersededRunAreIgnored()
{
    QFETCH(bool, newRunAnnounced);
    QFETCH(bool, newRunStarted);

    m_model->expectRun(1);
    m_model->onRunStarted(1, fourChecks());
    if (newRunAnnounced)
        m_model->expectRun(2);
    if (newRunStarted)
        m_model->onRunStarted(2, fourChecks());

    m_model->onCheckFinished(1, result(QStringLiteral("state-store"), Status::Fail, {QStringLiteral("old")}));
    m_model->onRunFinished(1, bd::Report{});
    QCOMPARE(m_model->counts().pending, 4);
    QVERIFY(m_model->isRunning());
    QVERIFY(!m_model->resultAt(m_model->indexForCheck(QStringLiteral("state-store"))));

    m_model->onCheckFinished(2, result(QStringLiteral("state-store"), Status::Pass, {QStringLiteral("new")}));
    const CheckResult *shown = m_model->resultAt(m_model->indexForCheck(QStringLiteral("state-store")));
    QVERIFY(shown);
    QCOMPARE(shown->details, QStringList{QStringLiteral("new")});
}

void TestCheckTreeModel::aSingleRerunKeepsTheOtherRows()
{
    runFour(1);
    m_model->onRunFinished(1, bd::Report{});

    m_model->expectRun(2, {QStringLiteral("state-store")});
    QCOMPARE(m_model->counts().pending, 1);
    QCOMPARE(m_model->rowCount(m_model->indexForCheck(QStringLiteral("state-store"))), 0);

    m_model->onRunStarted(2, {fourChecks().at(2)});
    m_model->onCheckFinished(2, result(QStringLiteral("state-store"), Status::Pass, {QStringLiteral("readable")}));
    m_model->onRunFinished(2, bd::Report{});

    QCOMPARE(m_model->checkIds().size(), 4);
    const CheckTreeModel::Counts counts = m_model->counts();
    QCOMPARE(counts.pass, 3);
    QCOMPARE(counts.warn, 1);
    QCOMPARE(counts.fail, 0);
    QCOMPARE(rowNames(*m_model, m_model->indexForCheck(QStringLiteral("state-store"))),
             QStringList{QStringLiteral("readable")});
}

void TestCheckTreeModel::aRowThatNoLongerAppliesIsRemovedWhenTheRunFinishes()
{
    runFour(1);
    m_model->onRunFinished(1, bd::Report{});

    m_model->expectRun(2, {QStringLiteral("state-store")});
    m_model->onRunStarted(2, {});
    m_model->onRunFinished(2, bd::Report{});

    QCOMPARE(m_model->checkIds(), QStringList({QStringLiteral("host-architecture"), QStringLiteral("banger-version"),
                                               QStringLiteral("kvm-access")}));
    QCOMPARE(rowNames(*m_model), QStringList{QStringLiteral("Host")});
    QVERIFY(!m_model->isRunning());
}

void TestCheckTreeModel::aRunStartedElsewhereReplacesTheTree()
{
    runFour(1);
    m_model->onRunStarted(5, {fourChecks().at(0), fourChecks().at(2)});

    QCOMPARE(m_model->runId(), quint64(5));
    QCOMPARE(m_model->checkIds(), QStringList({QStringLiteral("host-architecture"), QStringLiteral("state-store")}));
    QCOMPARE(m_model->counts().pending, 2);
}

void TestCheckTreeModel::countsFollowTheStream()
{
    QSignalSpy progress(m_model.get(), &CheckTreeModel::progressChanged);
    runFour(1);
    m_model->onRunFinished(1, bd::Report{});

    const CheckTreeModel::Counts counts = m_model->counts();
    QCOMPARE(counts.pass, 2);
    QCOMPARE(counts.warn, 1);
    QCOMPARE(counts.fail, 1);
    QCOMPARE(counts.pending, 0);
    QCOMPARE(progress.count(), 1 + 1 + 4 + 1); // announced, started, four results, finished
    QVERIFY(!m_model->isRunning());
}

void TestCheckTreeModel::filterShowsMatchingChecksWithTheirDetails_data()
{
    QTest::addColumn<bool>("problemsOnly");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("checks");
    QTest::addColumn<int>("detailLines");

    QTest::newRow("no filter shows every check")
        << false << QString()
        << QStringList{QStringLiteral("host architecture"), QStringLiteral("banger version"),
                       QStringLiteral("kvm access"), QStringLiteral("state store")}
        << 6;
    QTest::newRow("problems only hides the checks that passed")
        << true << QString() << QStringList{QStringLiteral("banger version"), QStringLiteral("state store")} << 4;
    QTest::newRow("search matches a check name")
        << false << QStringLiteral("kvm") << QStringList{QStringLiteral("kvm access")} << 1;
    QTest::newRow("search matches a detail line and shows all the check's details")
        << false << QStringLiteral("not a database") << QStringList{QStringLiteral("state store")} << 2;
    QTest::newRow("search matches the id")
        << false << QStringLiteral("host-architecture") << QStringList{QStringLiteral("host architecture")} << 1;
    QTest::newRow("search ignores case") << false << QStringLiteral("STATE STORE")
                                         << QStringList{QStringLiteral("state store")} << 2;
    QTest::newRow("search matches a group name")
        << false << QStringLiteral("runtime") << QStringList{QStringLiteral("state store")} << 2;
    QTest::newRow("search and problems only together")
        << true << QStringLiteral("version") << QStringList{QStringLiteral("banger version")} << 2;
    QTest::newRow("a search that matches nothing hides every group")
        << false << QStringLiteral("zzz") << QStringList{} << 0;
}

void TestCheckTreeModel::filterShowsMatchingChecksWithTheirDetails()
{
    QFETCH(bool, problemsOnly);
    QFETCH(QString, search);
    QFETCH(QStringList, checks);
    QFETCH(int, detailLines);

    runFour(1);
    m_proxy->setProblemsOnly(problemsOnly);
    m_proxy->setSearchText(search);

    QStringList shown;
    int details = 0;
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        QVERIFY(m_proxy->rowCount(group) > 0);
        for (int c = 0; c < m_proxy->rowCount(group); ++c) {
            const QModelIndex check = m_proxy->index(c, 0, group);
            shown << check.data().toString();
            details += m_proxy->rowCount(check);
        }
    }
    shown.sort();
    checks.sort();
    QCOMPARE(shown, checks);
    QCOMPARE(details, detailLines);
}

void TestCheckTreeModel::problemsOnlyShowsAProblemTheMomentItArrives()
{
    m_proxy->setProblemsOnly(true);
    m_model->expectRun(1);
    m_model->onRunStarted(1, fourChecks());
    QCOMPARE(m_proxy->rowCount(), 0);

    m_model->onCheckFinished(1, result(QStringLiteral("kvm-access"), Status::Pass, {QStringLiteral("ok")}));
    QCOMPARE(m_proxy->rowCount(), 0);

    m_model->onCheckFinished(1, result(QStringLiteral("state-store"), Status::Fail,
                                       {QStringLiteral("corrupt"), QStringLiteral("move it aside")}));
    QCOMPARE(rowNames(*m_proxy), QStringList{QStringLiteral("Runtime")});
    const QModelIndex runtime = m_proxy->index(0, 0);
    QCOMPARE(rowNames(*m_proxy, runtime), QStringList{QStringLiteral("state store")});
    QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0, runtime)), 2);
}

void TestCheckTreeModel::commandIsTakenFromTheHint_data()
{
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("command");

    QTest::newRow("a command in backticks")
        << QStringLiteral("run `sudo systemctl restart bangerd.service` and re-check")
        << QStringLiteral("sudo systemctl restart bangerd.service");
    QTest::newRow("a quoted command after run")
        << QStringLiteral("run 'make build' or reinstall banger") << QStringLiteral("make build");
    QTest::newRow("a command after the last colon")
        << QStringLiteral("for the supported trust model install with: sudo banger system install --owner \"$USER\"")
        << QStringLiteral("sudo banger system install --owner \"$USER\"");
    QTest::newRow("a hint that is a command")
        << QStringLiteral("sudo modprobe vhost_vsock") << QStringLiteral("sudo modprobe vhost_vsock");
    QTest::newRow("a trailing full stop is not part of the command")
        << QStringLiteral("load the module: sudo modprobe vhost_vsock.") << QStringLiteral("sudo modprobe vhost_vsock");
    QTest::newRow("the command ends where the sentence goes on")
        << QStringLiteral("add the user to group kvm: sudo usermod -aG kvm alice, then log in again")
        << QStringLiteral("sudo usermod -aG kvm alice");
    QTest::newRow("a hint that is a command with a path") << QStringLiteral("sudo chmod go-w /usr/bin/firecracker")
                                                          << QStringLiteral("sudo chmod go-w /usr/bin/firecracker");
    QTest::newRow("anything in backticks is a command")
        << QStringLiteral("enable it with `banger ssh-config --install`")
        << QStringLiteral("banger ssh-config --install");
    QTest::newRow("a quoted file name is not a command")
        << QStringLiteral("move '/var/lib/banger/state.db' aside") << QString();
    QTest::newRow("prose after a colon is not a command")
        << QStringLiteral("something is wrong: see the documentation") << QString();
    QTest::newRow("a hint without a command") << QStringLiteral("fix the file at line 3") << QString();
    QTest::newRow("prose that starts like a command word is not a command")
        << QStringLiteral("install firecracker from your distribution") << QString();
}

void TestCheckTreeModel::commandIsTakenFromTheHint()
{
    QFETCH(QString, hint);
    QFETCH(QString, command);
    QCOMPARE(bd::app::commandFromHint(hint), command);
}

QTEST_MAIN(TestCheckTreeModel)
#include "tst_checktreemodel.moc"
