// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "DriftTracker.h"

#include <QHash>
#include <QList>
#include <QString>

namespace bd::monitor {

// The last confirmed posture and the drift history, persisted as JSON in the app's own data dir so
// that a drift across a restart or a reboot still counts. Writes are atomic (QSaveFile) and happen on
// a worker thread, one after the other. Nothing here ever points at banger's own files.
class PostureStore
{
public:
    explicit PostureStore(const QString &filePath = defaultPath());

    // $XDG_DATA_HOME/banger-doctor/posture.json, by default ~/.local/share/banger-doctor/posture.json.
    static QString defaultPath();
    static constexpr int kMaxHistory = 1000;

    QString filePath() const { return m_filePath; }
    // Returns false when the file is missing or unusable; the store is then empty.
    bool load();
    void saveAsync() const;
    bool saveNow() const;

    QHash<QString, Observation> posture() const { return m_posture; }
    void setPosture(const QHash<QString, Observation> &posture) { m_posture = posture; }
    QList<Drift> history() const { return m_history; }
    void append(const Drift &drift);
    // The history as the window and the report writers take it.
    DriftHistory driftHistory() const;

    QByteArray toJson() const;
    bool fromJson(const QByteArray &json);

private:
    QString m_filePath;
    QHash<QString, Observation> m_posture;
    QList<Drift> m_history;
};

DriftEvent toDriftEvent(const Drift &drift);
QString driftKindKey(DriftKind kind);
bool driftKindFromKey(const QString &key, DriftKind *kind);

} // namespace bd::monitor
