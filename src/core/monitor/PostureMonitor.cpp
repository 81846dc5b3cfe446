// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostureMonitor.h"

#include "CheckRegistry.h"
#include "FileWatches.h"
#include "Logging.h"
#include "PostureRows.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace bd::monitor {

namespace {

QStringList allRowIds()
{
    QStringList ids;
    for (const CheckDefinition &def : checkRegistry())
        ids << QString::fromLatin1(def.id);
    return ids;
}

// The firecracker binary the checks will look at, resolved like they do; runs on a worker thread.
QString resolveFirecracker(const DoctorOptions &options, const HostPaths &paths)
{
    const auto inputs = DoctorInputs::load(options, paths);
    return inputs->paths.findExecutable(inputs->config().firecrackerBin);
}

} // namespace

PostureMonitor::PostureMonitor(const DoctorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_paths(HostPaths::fromProcess(options.root, options.configFile))
    , m_store(PostureStore::defaultPath())
{
    m_scheduler.setOptions(options);
    m_scheduler.setHostPaths(m_paths);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    m_safetyNet.setInterval(kDefaultSafetyNetMs);

    connect(&m_debounce, &QTimer::timeout, this, &PostureMonitor::runPending);
    connect(&m_safetyNet, &QTimer::timeout, this, &PostureMonitor::recheckAll);
    connect(&m_scheduler, &CheckScheduler::checkFinished, this, &PostureMonitor::onCheckFinished);
    connect(&m_scheduler, &CheckScheduler::runFinished, this,
            [this](quint64 runId, const Report &) { onRunFinished(runId); });
    connect(&m_tracker, &DriftTracker::drifted, this, &PostureMonitor::onDrift);
    connect(&m_tracker, &DriftTracker::confirmedChanged, this, &PostureMonitor::persist);
}

PostureMonitor::~PostureMonitor() = default;

void PostureMonitor::setStorePath(const QString &path)
{
    m_store = PostureStore(path);
}

void PostureMonitor::setGraceMs(int ms)
{
    m_tracker.setGraceMs(ms);
}

void PostureMonitor::setSafetyNetMs(int ms)
{
    m_safetyNet.setInterval(qMax(1000, ms));
}

void PostureMonitor::start()
{
    if (m_store.load())
        m_tracker.setBaseline(m_store.posture());
    qCInfo(lcMonitor) << "posture kept in" << m_store.filePath() << "with" << m_store.posture().size() << "rows";

    startSources();
    m_safetyNet.start();
    recheckAll();
}

void PostureMonitor::startSources()
{
    m_systemd = new SystemdWatcher(QDBusConnection::systemBus(), {m_paths.helperUnit(), m_paths.daemonUnit()}, this);
    connect(m_systemd, &SystemdWatcher::unitStateChanged, this, &PostureMonitor::onUnitState);
    connect(m_systemd, &SystemdWatcher::unitConfigChanged, this,
            [this](const QString &unit, qint64 eventAt) { recheck(rowsForUnitFile(unit), eventAt); });
    m_systemd->start();

    m_files = new FileWatches(this);
    connect(m_files, &FileWatches::changed, this, &PostureMonitor::recheck);
    watchFiles();
}

void PostureMonitor::watchFiles()
{
    m_files->watch(m_paths.installToml(), postureRowIds());
    m_files->watch(m_paths.userConfig(), firecrackerRows());
    for (const QString &unit : {m_paths.helperUnit(), m_paths.daemonUnit()}) {
        for (const QString &dir : m_paths.unitDirectories()) {
            m_files->watch(dir + QLatin1Char('/') + unit, rowsForUnitFile(unit));
            m_files->watch(dir + QLatin1Char('/') + unit + QStringLiteral(".d"), rowsForUnitFile(unit));
        }
    }
    m_files->watch(QFileInfo(m_paths.helperSocket()).absolutePath(), socketRows());
    m_files->watch(QFileInfo(m_paths.daemonSocket()).absolutePath(), socketRows());

    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        m_files->watch(watcher->result(), firecrackerRows());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(CheckScheduler::pool(), resolveFirecracker, m_options, m_paths));
}

QList<CheckResult> PostureMonitor::latestResults() const
{
    QList<CheckResult> results;
    for (const CheckDefinition &def : checkRegistry()) {
        const auto it = m_latest.constFind(QString::fromLatin1(def.id));
        if (it != m_latest.cend())
            results << *it;
    }
    return results;
}

void PostureMonitor::recheckAll()
{
    recheck(allRowIds(), DriftTracker::now());
}

void PostureMonitor::recheck(const QStringList &rows, qint64 eventAtMs)
{
    for (const QString &row : rows) {
        auto it = m_pending.find(row);
        if (it == m_pending.end())
            m_pending.insert(row, eventAtMs);
        else
            *it = qMin(*it, eventAtMs);
    }
    if (!m_debounce.isActive())
        m_debounce.start();
}

void PostureMonitor::runPending()
{
    // A new run supersedes the one in flight, so whatever that run has not delivered yet goes along.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (!m_pending.contains(it.key()))
            m_pending.insert(it.key(), it.value());
    }
    m_inFlight = m_pending;
    m_pending.clear();
    if (m_inFlight.isEmpty())
        return;

    qCDebug(lcMonitor) << "re-checking" << m_inFlight.keys();
    m_scheduler.start(m_inFlight.keys());
}

void PostureMonitor::onCheckFinished(quint64 runId, const CheckResult &result)
{
    if (runId != m_scheduler.currentRun())
        return;

    const qint64 eventAt = m_inFlight.take(result.id);
    qCDebug(lcMonitor) << result.id << "is" << statusKey(result.status);
    m_latest.insert(result.id, result);
    Q_EMIT resultsChanged();
    if (isPostureRow(result.id))
        observeResult(result, eventAt);
}

void PostureMonitor::onRunFinished(quint64 runId)
{
    if (runId == m_scheduler.currentRun())
        m_inFlight.clear(); // rows that no longer apply (no install.toml) are not coming
}

void PostureMonitor::observeResult(const CheckResult &result, qint64 eventAt)
{
    // While systemd is reachable the unit's own state, pushed with the signal, is the observation.
    const QString unit = observationFromResult(result).label;
    if (m_systemd && !serviceRowForUnit(unit).isEmpty() && m_systemd->follows(unit))
        return;

    if (!hasFileFacts(result.id)) {
        m_tracker.observe(result.id, observationFromResult(result), eventAt);
        return;
    }

    const QString path = result.id == QLatin1String("helper-socket") ? m_paths.helperSocket() : m_paths.daemonSocket();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, result, eventAt] {
        m_tracker.observe(result.id, observationFromResult(result, watcher->result()), eventAt);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(CheckScheduler::pool(), fileFacts, path));
}

void PostureMonitor::onUnitState(const QString &unit, const UnitState &state, qint64 eventAt)
{
    const QString row = serviceRowForUnit(unit);
    m_tracker.observe(row, observationFromUnit(unit, state.loadState, state.activeState, state.subState), eventAt);
    recheck({row}, eventAt); // keeps the row's result, shown in the window and the tooltip, current
}

void PostureMonitor::onDrift(Drift drift)
{
    drift.description = describe(drift);
    qCInfo(lcMonitor).noquote() << "drift:" << drift.description;
    if (drift.kind != DriftKind::Repeated) {
        m_store.append(drift);
        persist();
    }
    Q_EMIT drifted(drift);
}

void PostureMonitor::persist()
{
    m_store.setPosture(m_tracker.confirmed());
    m_store.saveAsync();
    qCDebug(lcMonitor) << "posture saved to" << m_store.filePath();
}

} // namespace bd::monitor
