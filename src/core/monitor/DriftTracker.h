// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckResult.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

class QTimer;

namespace bd::monitor {

// What one posture row looks like at one moment: its status, a short value a user can compare
// ("active", "mode 0600, owner uid 1000") and whether it is in the middle of a change.
struct Observation
{
    Status status = Status::Pass;
    QString label; // what the row is called in a notification: "bangerd.service", "helper socket"
    QString value;
    bool transient = false; // activating, deactivating, reloading, auto-restart: never a degradation

    bool sameAs(const Observation &other) const { return status == other.status && value == other.value; }
};

enum class DriftKind
{
    Degraded,  // the row got worse
    Recovered, // the row passes again
    Changed,   // still a problem, but a different one; or a passing row whose value moved
    Repeated   // a row that is already alarmed went down again; updates its notification
};

// One confirmed change of one row.
struct Drift
{
    QString rowId;
    DriftKind kind = DriftKind::Changed;
    Observation before;
    Observation after;
    QDateTime at;        // when the change was first seen (UTC)
    int repeats = 1;     // how many times the row degraded since the last confirmed state
    QString description; // filled by the monitor: "helper socket: mode 0600 → 0666"

    // Degradations, problem changes and repeats raise a critical notification.
    bool isAlarm() const;
};

// The drift state machine of the posture monitor, one small automaton per row. A change must hold
// for the whole grace window, counted from the event that caused it, before it is confirmed; a row
// that flaps inside the window collapses into one drift with a count; an alarmed row is not alarmed
// again until it has recovered. The first observation of a row without a baseline is taken as is.
class DriftTracker : public QObject
{
    Q_OBJECT

public:
    explicit DriftTracker(QObject *parent = nullptr);
    ~DriftTracker() override;

    void setGraceMs(int ms) { m_graceMs = qMax(0, ms); }
    int graceMs() const { return m_graceMs; }
    // Milliseconds on the monotonic clock that event times are given in.
    static qint64 now();

    // The confirmed posture to start from, e.g. the one persisted before a restart.
    void setBaseline(const QHash<QString, Observation> &rows);
    QHash<QString, Observation> confirmed() const;
    bool isPending(const QString &rowId) const;

    // Feeds what a row looks like now; eventAtMs is when the event behind it happened (now() if unknown).
    void observe(const QString &rowId, const Observation &observation, std::optional<qint64> eventAtMs = {});

Q_SIGNALS:
    void drifted(const bd::monitor::Drift &drift);
    // The confirmed posture changed and should be persisted.
    void confirmedChanged();

private:
    struct Row;

    Row &row(const QString &rowId);
    void propose(const QString &rowId, Row &row, const Observation &observation, qint64 eventAt);
    void backToConfirmed(const QString &rowId, Row &row);
    void arm(QTimer *timer, qint64 dueAt);
    void confirm(const QString &rowId);
    void emitRepeat(const QString &rowId);

    int m_graceMs = 2000;
    QHash<QString, Row *> m_rows;
};

} // namespace bd::monitor

Q_DECLARE_METATYPE(bd::monitor::Observation)
Q_DECLARE_METATYPE(bd::monitor::Drift)
