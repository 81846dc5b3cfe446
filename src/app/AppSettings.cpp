// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace bd::app {

namespace {

const QString kRecheck = QStringLiteral("monitor/recheckMinutes");
const QString kGrace = QStringLiteral("monitor/graceSeconds");
const QString kRecovery = QStringLiteral("notifications/notifyRecovery");
const QString kReportFormat = QStringLiteral("export/format");
const QString kRedact = QStringLiteral("export/redact");
const QString kTemplate = QStringLiteral(":/packaging/banger-doctor-autostart.desktop");

// Settings live in $XDG_CONFIG_HOME/banger-doctor/banger-doctor.conf, the doctor's own file, away
// from banger's config directory.
const QString kSettingsScope = QStringLiteral("banger-doctor");

} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings(kSettingsScope, kSettingsScope);
    AppSettings loaded;
    loaded.recheckMinutes = qBound(1, settings.value(kRecheck, loaded.recheckMinutes).toInt(), 24 * 60);
    loaded.graceSeconds = qBound(0, settings.value(kGrace, loaded.graceSeconds).toInt(), 600);
    loaded.notifyRecovery = settings.value(kRecovery, loaded.notifyRecovery).toBool();
    loaded.startAtLogin = autostart::isEnabled();
    loaded.reportFormat =
        report::formatFromName(settings.value(kReportFormat).toString()).value_or(loaded.reportFormat);
    loaded.redactReports = settings.value(kRedact, loaded.redactReports).toBool();
    return loaded;
}

void AppSettings::save() const
{
    QSettings settings(kSettingsScope, kSettingsScope);
    settings.setValue(kRecheck, recheckMinutes);
    settings.setValue(kGrace, graceSeconds);
    settings.setValue(kRecovery, notifyRecovery);
    saveReportDefaults(reportFormat, redactReports);
}

void AppSettings::saveReportDefaults(report::Format format, bool redact)
{
    QSettings settings(kSettingsScope, kSettingsScope);
    settings.setValue(kReportFormat, report::formatName(format));
    settings.setValue(kRedact, redact);
}

namespace autostart {

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/banger-doctor.desktop");
}

bool isEnabled()
{
    return QFileInfo::exists(entryPath());
}

bool setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QCoreApplication::translate("bd::app::AppSettings", "cannot remove %1").arg(path);
        return false;
    }

    QFile source(kTemplate);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile target(path);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) || target.write(source.readAll()) < 0 ||
        !target.commit()) {
        if (error)
            *error = QCoreApplication::translate("bd::app::AppSettings", "cannot write %1: %2")
                         .arg(path, target.errorString());
        return false;
    }
    return true;
}

} // namespace autostart

} // namespace bd::app
