// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckScheduler.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

namespace bd {

struct CheckScheduler::Run
{
    QDateTime startedAt;
    QElapsedTimer clock;
    QStringList onlyIds;
    std::shared_ptr<const DoctorInputs> inputs;
    HostInfo host;
    QVector<CheckDefinition> plan; // copies: a run never depends on a later setDefinitions()
    QVector<std::optional<CheckResult>> results;
    int pending = 0;
};

namespace {

struct LoadedInputs
{
    std::shared_ptr<const DoctorInputs> inputs;
    HostInfo host;
};

CheckResult timedOut(const CheckDefinition &def)
{
    const double seconds = def.deadlineMs / 1000.0;
    CheckResult result = CheckResult::fail(
        {QCoreApplication::translate("bd::CheckScheduler", "did not finish within %1 s").arg(seconds),
         QCoreApplication::translate(
             "bd::CheckScheduler", "something this check reads is not answering; re-run it, and if it persists "
                                   "run with QT_LOGGING_RULES=\"banger.doctor.*.debug=true\" to see where it waits")});
    result.elapsedMs = def.deadlineMs;
    return result;
}

} // namespace

CheckResult runCheckNow(const CheckDefinition &def, const DoctorInputs &inputs)
{
    QElapsedTimer clock;
    clock.start();
    const CheckContext ctx{inputs, QDeadlineTimer(def.deadlineMs)};
    CheckResult result = def.run(ctx);
    result.id = QString::fromLatin1(def.id);
    result.name = QString::fromLatin1(def.name);
    result.elapsedMs = clock.nsecsElapsed() / 1e6;
    qCDebug(lcScheduler) << def.id << "finished in" << result.elapsedMs << "ms";
    return result;
}

CheckScheduler::CheckScheduler(QObject *parent)
    : QObject(parent)
    , m_definitions(checkRegistry())
{
    qRegisterMetaType<bd::CheckResult>();
    qRegisterMetaType<bd::Report>();
    qRegisterMetaType<bd::PlannedCheck>();
}

CheckScheduler::~CheckScheduler() = default;

QThreadPool *CheckScheduler::pool()
{
    static QThreadPool *const shared = [] {
        auto *pool = new QThreadPool;
        pool->setMaxThreadCount(qMax(8, QThread::idealThreadCount() * 2));
        return pool;
    }();
    return shared;
}

void CheckScheduler::setOptions(const DoctorOptions &options)
{
    m_options = options;
}

void CheckScheduler::setHostPaths(const HostPaths &paths)
{
    m_paths = paths;
}

void CheckScheduler::setDefinitions(const QList<CheckDefinition> &definitions)
{
    m_definitions = definitions;
}

quint64 CheckScheduler::start(const QStringList &onlyIds)
{
    const quint64 runId = ++m_runId;
    m_run = std::make_unique<Run>();
    m_run->startedAt = QDateTime::currentDateTimeUtc();
    m_run->clock.start();
    m_run->onlyIds = onlyIds;
    qCDebug(lcScheduler) << "run" << runId << "started" << onlyIds;

    const DoctorOptions options = m_options;
    const std::optional<HostPaths> paths = m_paths;
    auto *watcher = new QFutureWatcher<LoadedInputs>(this);
    connect(watcher, &QFutureWatcher<LoadedInputs>::finished, this, [this, watcher, runId] {
        const LoadedInputs loaded = watcher->result();
        watcher->deleteLater();
        onInputsLoaded(runId, loaded.inputs, loaded.host);
    });
    watcher->setFuture(QtConcurrent::run(pool(), [options, paths] {
        LoadedInputs loaded;
        loaded.inputs = paths ? DoctorInputs::load(options, *paths) : DoctorInputs::load(options);
        loaded.host = HostInfo::current(loaded.inputs->paths);
        return loaded;
    }));
    return runId;
}

void CheckScheduler::cancel()
{
    ++m_runId;
    m_run.reset();
}

void CheckScheduler::onInputsLoaded(quint64 runId, std::shared_ptr<const DoctorInputs> inputs, HostInfo host)
{
    if (runId != m_runId || !m_run)
        return;
    m_run->inputs = std::move(inputs);
    m_run->host = std::move(host);

    QList<PlannedCheck> plan;
    for (const CheckDefinition &def : std::as_const(m_definitions)) {
        const bool wanted = m_run->onlyIds.isEmpty() || m_run->onlyIds.contains(QLatin1String(def.id));
        if (!wanted || (def.applies && !def.applies(*m_run->inputs)))
            continue;
        m_run->plan << def;
        plan << PlannedCheck{QString::fromLatin1(def.id), QString::fromLatin1(def.name), def.group};
    }
    m_run->results.resize(m_run->plan.size());
    m_run->pending = int(m_run->plan.size());
    Q_EMIT runStarted(runId, plan);

    for (int i = 0; i < m_run->plan.size(); ++i)
        launch(runId, i);
    finishIfComplete();
}

void CheckScheduler::launch(quint64 runId, int index)
{
    const CheckDefinition def = m_run->plan.at(index);
    const std::shared_ptr<const DoctorInputs> inputs = m_run->inputs;

    auto *watcher = new QFutureWatcher<CheckResult>(this);
    connect(watcher, &QFutureWatcher<CheckResult>::finished, this, [this, watcher, runId, index] {
        deliver(runId, index, watcher->result());
        watcher->deleteLater();
    });
    QTimer::singleShot(def.deadlineMs, watcher, [this, runId, index, def] {
        CheckResult late = timedOut(def);
        late.id = QString::fromLatin1(def.id);
        late.name = QString::fromLatin1(def.name);
        qCWarning(lcScheduler) << def.id << "missed its deadline of" << def.deadlineMs << "ms";
        deliver(runId, index, late);
    });
    watcher->setFuture(QtConcurrent::run(pool(), [def, inputs] { return runCheckNow(def, *inputs); }));
}

void CheckScheduler::deliver(quint64 runId, int index, CheckResult result)
{
    if (runId != m_runId || !m_run || m_run->results.at(index))
        return;
    m_run->results[index] = result;
    --m_run->pending;
    Q_EMIT checkFinished(runId, result);
    finishIfComplete();
}

void CheckScheduler::finishIfComplete()
{
    if (!m_run || m_run->pending > 0)
        return;
    Report report;
    report.generatedAt = m_run->startedAt;
    report.app = AppInfo::current();
    report.host = m_run->host;
    report.elapsedMs = m_run->clock.nsecsElapsed() / 1e6;
    for (const auto &result : std::as_const(m_run->results))
        report.checks << *result;

    const quint64 runId = m_runId;
    m_run.reset();
    qCDebug(lcScheduler) << "run" << runId << "finished in" << report.elapsedMs << "ms";
    Q_EMIT runFinished(runId, report);
}

} // namespace bd
