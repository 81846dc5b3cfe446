// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriftTracker.h"

#include "Logging.h"

#include <QElapsedTimer>
#include <QTimer>

#include <limits>

namespace bd::monitor {

namespace {

enum class Side
{
    Down,
    Up,
    Sideways
};

Side sideOf(const Observation &from, const Observation &to)
{
    if (to.status > from.status)
        return Side::Down;
    if (to.status < from.status)
        return Side::Up;
    return Side::Sideways;
}

DriftKind kindOf(const Observation &before, const Observation &after)
{
    if (after.status > before.status)
        return DriftKind::Degraded;
    if (after.status == Status::Pass && before.status != Status::Pass)
        return DriftKind::Recovered;
    return DriftKind::Changed;
}

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}

} // namespace

bool Drift::isAlarm() const
{
    switch (kind) {
    case DriftKind::Degraded:
    case DriftKind::Repeated:
        return true;
    case DriftKind::Recovered:
        return false;
    case DriftKind::Changed:
        return after.status != Status::Pass;
    }
    return false;
}

struct DriftTracker::Row
{
    std::optional<Observation> confirmed;
    std::optional<Observation> candidate;
    qint64 candidateSince = 0;
    qint64 lastSettled = 0; // when the row last went back to its confirmed state
    int episodes = 0;       // degradations seen since the last confirmation, while flapping
    bool alarmed = false;
    Observation alarmFrom;
    int alarmRepeats = 1;
    QTimer confirmTimer;
    QTimer repeatTimer;
};

DriftTracker::DriftTracker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<bd::monitor::Drift>();
}

DriftTracker::~DriftTracker()
{
    qDeleteAll(m_rows);
}

void DriftTracker::setBaseline(const QHash<QString, Observation> &rows)
{
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        Row &r = row(it.key());
        r.confirmed = it.value();
        r.alarmed = it.value().status != Status::Pass;
    }
}

QHash<QString, Observation> DriftTracker::confirmed() const
{
    QHash<QString, Observation> rows;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.value()->confirmed)
            rows.insert(it.key(), *it.value()->confirmed);
    }
    return rows;
}

qint64 DriftTracker::now()
{
    return monotonicMs();
}

bool DriftTracker::isPending(const QString &rowId) const
{
    const Row *r = m_rows.value(rowId);
    return r && r->candidate.has_value();
}

DriftTracker::Row &DriftTracker::row(const QString &rowId)
{
    Row *&r = m_rows[rowId];
    if (r)
        return *r;

    r = new Row;
    r->confirmTimer.setSingleShot(true);
    r->confirmTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % before the window ends
    r->repeatTimer.setSingleShot(true);
    connect(&r->confirmTimer, &QTimer::timeout, this, [this, rowId] { confirm(rowId); });
    connect(&r->repeatTimer, &QTimer::timeout, this, [this, rowId] { emitRepeat(rowId); });
    return *r;
}

void DriftTracker::observe(const QString &rowId, const Observation &observation, std::optional<qint64> eventAtMs)
{
    Row &r = row(rowId);
    if (observation.transient)
        return;

    if (!r.confirmed) {
        r.confirmed = observation;
        r.alarmed = observation.status != Status::Pass;
        Q_EMIT confirmedChanged();
        return;
    }

    if (observation.sameAs(*r.confirmed)) {
        backToConfirmed(rowId, r);
        return;
    }
    propose(rowId, r, observation, eventAtMs.value_or(now()));
}

void DriftTracker::propose(const QString &rowId, Row &r, const Observation &observation, qint64 eventAt)
{
    const Side side = sideOf(*r.confirmed, observation);
    if (r.candidate && sideOf(*r.confirmed, *r.candidate) == side) {
        r.candidate = observation; // the same change goes on, e.g. inactive then failed: keep its start
        return;
    }

    if (side == Side::Down) {
        if (eventAt - r.lastSettled > m_graceMs)
            r.episodes = 0;
        ++r.episodes;
    }
    r.candidate = observation;
    r.candidateSince = eventAt;
    qCDebug(lcMonitor) << rowId << "may have drifted to" << observation.value << "episode" << r.episodes;
    arm(&r.confirmTimer, eventAt + m_graceMs);
}

void DriftTracker::backToConfirmed(const QString &rowId, Row &r)
{
    if (!r.candidate)
        return;

    const bool recoveryFell = r.alarmed && sideOf(*r.confirmed, *r.candidate) == Side::Up;
    r.candidate.reset();
    r.confirmTimer.stop();
    r.lastSettled = now();
    qCDebug(lcMonitor) << rowId << "is back to its confirmed state before the grace window ended";

    if (recoveryFell) {
        ++r.alarmRepeats;
        if (!r.repeatTimer.isActive())
            arm(&r.repeatTimer, now() + m_graceMs);
    }
}

void DriftTracker::arm(QTimer *timer, qint64 dueAt)
{
    timer->start(int(qBound(qint64(0), dueAt - now(), qint64(std::numeric_limits<int>::max()))));
}

void DriftTracker::confirm(const QString &rowId)
{
    Row &r = row(rowId);
    if (!r.candidate || !r.confirmed)
        return;

    Drift drift;
    drift.rowId = rowId;
    drift.before = *r.confirmed;
    drift.after = *r.candidate;
    drift.kind = kindOf(drift.before, drift.after);
    drift.at = QDateTime::currentDateTimeUtc().addMSecs(r.candidateSince - now());
    drift.repeats = qMax(1, r.episodes);

    r.confirmed = r.candidate;
    r.candidate.reset();
    r.episodes = 0;
    r.lastSettled = now();
    r.alarmed = drift.after.status != Status::Pass;
    r.alarmFrom = drift.before;
    r.alarmRepeats = drift.repeats;
    if (!r.alarmed)
        r.repeatTimer.stop();

    qCInfo(lcMonitor) << rowId << "drifted:" << drift.before.value << "->" << drift.after.value << "x" << drift.repeats;
    Q_EMIT drifted(drift);
    Q_EMIT confirmedChanged();
}

void DriftTracker::emitRepeat(const QString &rowId)
{
    Row &r = row(rowId);
    if (!r.alarmed || !r.confirmed)
        return;

    Drift drift;
    drift.rowId = rowId;
    drift.kind = DriftKind::Repeated;
    drift.before = r.alarmFrom;
    drift.after = *r.confirmed;
    drift.at = QDateTime::currentDateTimeUtc();
    drift.repeats = r.alarmRepeats;
    Q_EMIT drifted(drift);
}

} // namespace bd::monitor
