// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostureStore.h"

#include "CheckRegistry.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent>

namespace bd::monitor {

namespace {

const QString kSchema = QStringLiteral("banger-doctor/posture/v1");
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

QJsonObject observationToJson(const Observation &observation)
{
    return {{QStringLiteral("status"), statusKey(observation.status)},
            {QStringLiteral("label"), observation.label},
            {QStringLiteral("value"), observation.value}};
}

std::optional<Observation> observationFromJson(const QJsonObject &object)
{
    Observation observation;
    if (!statusFromKey(object.value(QStringLiteral("status")).toString(), &observation.status))
        return std::nullopt;
    observation.label = object.value(QStringLiteral("label")).toString();
    observation.value = object.value(QStringLiteral("value")).toString();
    return observation;
}

QJsonObject driftToJson(const Drift &drift)
{
    return {{QStringLiteral("at"), drift.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("row"), drift.rowId},
            {QStringLiteral("kind"), driftKindKey(drift.kind)},
            {QStringLiteral("before"), observationToJson(drift.before)},
            {QStringLiteral("after"), observationToJson(drift.after)},
            {QStringLiteral("repeats"), drift.repeats},
            {QStringLiteral("description"), drift.description}};
}

std::optional<Drift> driftFromJson(const QJsonObject &object)
{
    Drift drift;
    drift.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    drift.rowId = object.value(QStringLiteral("row")).toString();
    const auto before = observationFromJson(object.value(QStringLiteral("before")).toObject());
    const auto after = observationFromJson(object.value(QStringLiteral("after")).toObject());
    if (!drift.at.isValid() || drift.rowId.isEmpty() || !before || !after ||
        !driftKindFromKey(object.value(QStringLiteral("kind")).toString(), &drift.kind))
        return std::nullopt;

    drift.before = *before;
    drift.after = *after;
    drift.repeats = qMax(1, object.value(QStringLiteral("repeats")).toInt(1));
    drift.description = object.value(QStringLiteral("description")).toString();
    return drift;
}

// One writer thread so that saves land in the order they were asked for.
QThreadPool *writerPool()
{
    static QThreadPool *const pool = [] {
        auto *created = new QThreadPool;
        created->setMaxThreadCount(1);
        return created;
    }();
    return pool;
}

bool writeAtomically(const QString &filePath, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcMonitor) << "cannot save the posture to" << filePath << file.errorString();
        return false;
    }
    return true;
}

} // namespace

DriftEvent toDriftEvent(const Drift &drift)
{
    DriftEvent event;
    event.at = drift.at.toUTC();
    event.checkId = drift.rowId;
    event.checkName = translatedCheckName(drift.rowId, drift.rowId);
    event.from = drift.before.status;
    event.to = drift.after.status;
    event.change = drift.description;
    return event;
}

QString driftKindKey(DriftKind kind)
{
    switch (kind) {
    case DriftKind::Degraded:
        return QStringLiteral("degraded");
    case DriftKind::Recovered:
        return QStringLiteral("recovered");
    case DriftKind::Changed:
        return QStringLiteral("changed");
    case DriftKind::Repeated:
        return QStringLiteral("repeated");
    }
    return QStringLiteral("changed");
}

bool driftKindFromKey(const QString &key, DriftKind *kind)
{
    for (DriftKind candidate : {DriftKind::Degraded, DriftKind::Recovered, DriftKind::Changed, DriftKind::Repeated}) {
        if (driftKindKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

PostureStore::PostureStore(const QString &filePath)
    : m_filePath(filePath)
{}

QString PostureStore::defaultPath()
{
    // Spelled out rather than AppDataLocation, whose organisation part would be banger's own directory.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/banger-doctor/posture.json");
}

bool PostureStore::load()
{
    m_posture.clear();
    m_history.clear();

    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() > kMaxFileBytes) {
        qCWarning(lcMonitor) << m_filePath << "is too large to be a posture file; starting afresh";
        return false;
    }
    return fromJson(file.readAll());
}

void PostureStore::saveAsync() const
{
    const QString filePath = m_filePath;
    const QByteArray bytes = toJson();
    writerPool()->start([filePath, bytes] { writeAtomically(filePath, bytes); });
}

bool PostureStore::saveNow() const
{
    writerPool()->waitForDone();
    return writeAtomically(m_filePath, toJson());
}

void PostureStore::append(const Drift &drift)
{
    m_history << drift;
    if (m_history.size() > kMaxHistory)
        m_history.remove(0, m_history.size() - kMaxHistory);
}

DriftHistory PostureStore::driftHistory() const
{
    DriftHistory events;
    for (const Drift &drift : m_history)
        events << toDriftEvent(drift);
    return events;
}

QByteArray PostureStore::toJson() const
{
    QJsonObject rows;
    for (auto it = m_posture.cbegin(); it != m_posture.cend(); ++it)
        rows.insert(it.key(), observationToJson(it.value()));

    QJsonArray history;
    for (const Drift &drift : m_history)
        history << driftToJson(drift);

    const QJsonObject root{
        {QStringLiteral("schema"), kSchema}, {QStringLiteral("rows"), rows}, {QStringLiteral("history"), history}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool PostureStore::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || root.value(QStringLiteral("schema")).toString() != kSchema) {
        qCWarning(lcMonitor) << m_filePath << "is not a posture file we know; starting afresh" << error.errorString();
        return false;
    }

    const QJsonObject rows = root.value(QStringLiteral("rows")).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        if (const auto observation = observationFromJson(it.value().toObject()))
            m_posture.insert(it.key(), *observation);
    }
    for (const QJsonValue &entry : root.value(QStringLiteral("history")).toArray()) {
        if (const auto drift = driftFromJson(entry.toObject()))
            append(*drift);
    }
    return true;
}

} // namespace bd::monitor
