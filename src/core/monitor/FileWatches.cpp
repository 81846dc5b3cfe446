// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileWatches.h"

#include "DriftTracker.h"
#include "Logging.h"

#include <QDir>
#include <QFileInfo>

namespace bd::monitor {

namespace {

QString parentOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

bool concerns(const QString &target, const QString &changedPath)
{
    return changedPath == target || changedPath == parentOf(target) ||
           changedPath.startsWith(target + QLatin1Char('/'));
}

} // namespace

FileWatches::FileWatches(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatches::onChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatches::onChanged);
}

void FileWatches::clear()
{
    m_targets.clear();
    const QStringList watched = watchedPaths();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
}

void FileWatches::watch(const QString &path, const QStringList &rows)
{
    if (path.isEmpty())
        return;
    QStringList &known = m_targets[QDir::cleanPath(path)];
    for (const QString &row : rows) {
        if (!known.contains(row))
            known << row;
    }
    rearm();
}

QStringList FileWatches::watchedPaths() const
{
    return m_watcher.files() + m_watcher.directories();
}

void FileWatches::onChanged(const QString &path)
{
    const qint64 eventAt = DriftTracker::now();
    QStringList rows;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (!concerns(it.key(), path))
            continue;
        for (const QString &row : it.value()) {
            if (!rows.contains(row))
                rows << row;
        }
    }

    rearm();
    if (rows.isEmpty())
        return;
    qCDebug(lcMonitor) << path << "changed; re-checking" << rows;
    Q_EMIT changed(rows, eventAt);
}

void FileWatches::rearm()
{
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        const QString &target = it.key();
        add(parentOf(target));

        const QFileInfo info(target);
        if (!info.exists())
            continue;
        add(target);
        if (!info.isDir())
            continue;
        for (const QFileInfo &child : QDir(target).entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
            add(child.filePath());
    }
}

void FileWatches::add(const QString &path)
{
    const QStringList watched = watchedPaths();
    if (watched.contains(path) || !QFileInfo::exists(path))
        return;
    if (!m_watcher.addPath(path))
        qCDebug(lcMonitor) << "cannot watch" << path;
}

} // namespace bd::monitor
