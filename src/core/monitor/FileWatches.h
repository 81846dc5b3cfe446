// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace bd::monitor {

// File-system watches on the paths the posture depends on, each tied to the rows it concerns. A
// target that does not exist yet is covered by a watch on its parent directory; a file that is
// replaced (written to a temporary file and renamed over, as editors and package managers do) drops
// its inotify watch, so every event re-arms the watches. A directory target also watches the files
// in it (drop-in directories).
class FileWatches : public QObject
{
    Q_OBJECT

public:
    explicit FileWatches(QObject *parent = nullptr);

    void clear();
    void watch(const QString &path, const QStringList &rows);
    QStringList watchedPaths() const;

Q_SIGNALS:
    // Something at or under a target changed; eventAtMs is on DriftTracker::now().
    void changed(const QStringList &rows, qint64 eventAtMs);

private:
    void onChanged(const QString &path);
    void rearm();
    void add(const QString &path);

    QFileSystemWatcher m_watcher;
    QHash<QString, QStringList> m_targets; // target path -> rows
};

} // namespace bd::monitor
