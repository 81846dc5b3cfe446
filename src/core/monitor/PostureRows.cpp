// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostureRows.h"

#include "CheckRegistry.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace bd::monitor {

namespace {

const QString kHelperUnit = QStringLiteral("banger-root-helper.service");
const QString kDaemonUnit = QStringLiteral("bangerd.service");
const QString kArrow = QStringLiteral(" \u2192 ");

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("bd::monitor", text, nullptr, n);
}

bool comparesFacts(const QString &rowId)
{
    return hasFileFacts(rowId) || rowId == QLatin1String("helper-service") || rowId == QLatin1String("daemon-service");
}

QString fileType(mode_t mode)
{
    if (S_ISSOCK(mode))
        return QStringLiteral("socket");
    if (S_ISREG(mode))
        return QStringLiteral("regular file");
    if (S_ISLNK(mode))
        return QStringLiteral("symlink");
    if (S_ISDIR(mode))
        return QStringLiteral("directory");
    return QStringLiteral("special file");
}

// "owner uid 1000" against "owner uid 0" gives "owner uid 1000 → 0": the words they share lead.
QString comparePart(const QString &before, const QString &after)
{
    const QStringList old = before.split(QLatin1Char(' '));
    const QStringList now = after.split(QLatin1Char(' '));
    qsizetype shared = 0;
    while (shared < qMin(old.size(), now.size()) - 1 && old.at(shared) == now.at(shared))
        ++shared;
    if (shared == 0)
        return before + kArrow + after;
    return before + kArrow + now.mid(shared).join(QLatin1Char(' '));
}

// "mode 0600, owner uid 0" against "mode 0666, owner uid 0" gives "mode 0600 → 0666".
QString compareParts(const QString &before, const QString &after)
{
    const QStringList old = before.split(QStringLiteral(", "));
    const QStringList now = after.split(QStringLiteral(", "));
    if (old.size() != now.size() || old.size() < 2)
        return before + kArrow + after;

    QStringList changes;
    for (int i = 0; i < old.size(); ++i) {
        if (old.at(i) != now.at(i))
            changes << comparePart(old.at(i), now.at(i));
    }
    return changes.join(QStringLiteral("; "));
}

// Detail lines that are in one value and not in the other.
QStringList linesOnlyIn(const QString &value, const QString &other)
{
    const QStringList others = other.split(QLatin1Char('\n'));
    QStringList lines;
    for (const QString &line : value.split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !others.contains(line))
            lines << line;
    }
    return lines;
}

QString compareDetails(const Drift &drift)
{
    if (drift.kind == DriftKind::Recovered)
        return tr("passes again");

    const QStringList added = linesOnlyIn(drift.after.value, drift.before.value);
    if (added.isEmpty())
        return statusWord(drift.before.status) + kArrow + statusWord(drift.after.status);
    return added.join(QStringLiteral("; "));
}

} // namespace

const QStringList &postureRowIds()
{
    static const QStringList ids = {
        QStringLiteral("banger-version"),        QStringLiteral("firecracker-binary"),
        QStringLiteral("security-posture"),      QStringLiteral("helper-service"),
        QStringLiteral("daemon-service"),        QStringLiteral("helper-socket"),
        QStringLiteral("daemon-socket"),         QStringLiteral("helper-unit-hardening"),
        QStringLiteral("daemon-unit-hardening"), QStringLiteral("firecracker-ownership"),
    };
    return ids;
}

bool isPostureRow(const QString &id)
{
    return postureRowIds().contains(id);
}

QString serviceRowForUnit(const QString &unit)
{
    if (unit == kHelperUnit)
        return QStringLiteral("helper-service");
    if (unit == kDaemonUnit)
        return QStringLiteral("daemon-service");
    return {};
}

QStringList rowsForUnitState(const QString &unit)
{
    const QString row = serviceRowForUnit(unit);
    return row.isEmpty() ? QStringList() : QStringList{row};
}

QStringList rowsForUnitFile(const QString &unit)
{
    if (unit == kHelperUnit)
        return {QStringLiteral("helper-unit-hardening")};
    if (unit == kDaemonUnit)
        return {QStringLiteral("daemon-unit-hardening")};
    return {};
}

QStringList socketRows()
{
    return {QStringLiteral("helper-socket"), QStringLiteral("daemon-socket")};
}

QStringList firecrackerRows()
{
    return {QStringLiteral("firecracker-binary"), QStringLiteral("firecracker-ownership")};
}

bool hasFileFacts(const QString &rowId)
{
    return socketRows().contains(rowId) || rowId == QLatin1String("firecracker-ownership");
}

QString fileFacts(const QString &path)
{
    struct stat st;
    if (path.isEmpty() || ::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("mode %1, owner uid %2, %3")
        .arg(QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0')))
        .arg(st.st_uid)
        .arg(fileType(st.st_mode));
}

Observation observationFromUnit(const QString &unit, const QString &loadState, const QString &activeState,
                                const QString &subState)
{
    Observation observation;
    observation.label = unit;
    observation.value = loadState == QLatin1String("not-found") ? loadState : activeState;
    observation.status = observation.value == QLatin1String("active") ? Status::Pass : Status::Fail;
    observation.transient = activeState == QLatin1String("activating") ||
                            activeState == QLatin1String("deactivating") || activeState == QLatin1String("reloading") ||
                            subState == QLatin1String("auto-restart");
    return observation;
}

Observation observationFromResult(const CheckResult &result, const QString &facts)
{
    Observation observation;
    observation.status = result.status;
    observation.label = translatedCheckName(result.id, result.name);
    if (result.id == QLatin1String("helper-service"))
        observation.label = kHelperUnit;
    else if (result.id == QLatin1String("daemon-service"))
        observation.label = kDaemonUnit;

    QStringList details = result.details;
    if (result.isProblem() && !details.isEmpty())
        details.removeLast(); // the hint says what to do, not what the row looks like
    observation.value = facts.isEmpty() ? details.join(QLatin1Char('\n')) : facts;
    return observation;
}

QString describe(const Drift &drift)
{
    const QString label = drift.after.label.isEmpty() ? drift.rowId : drift.after.label;
    QString change =
        comparesFacts(drift.rowId) ? compareParts(drift.before.value, drift.after.value) : compareDetails(drift);
    if (drift.repeats > 1)
        change += QLatin1Char(' ') + tr("(%n times)", drift.repeats);
    return label + QStringLiteral(": ") + change;
}

} // namespace bd::monitor
