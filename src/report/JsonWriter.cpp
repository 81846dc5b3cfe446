// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace bd::report {

namespace {

// Milliseconds rounded to microseconds keep reports short and stable.
double roundedMs(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

QString utcTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject checkObject(const CheckResult &check)
{
    QJsonObject object{
        {QStringLiteral("id"), check.id},
        {QStringLiteral("name"), check.name},
        {QStringLiteral("status"), statusKey(check.status)},
        {QStringLiteral("details"), QJsonArray::fromStringList(check.details)},
        {QStringLiteral("elapsed_ms"), roundedMs(check.elapsedMs)},
    };
    if (!check.sources.isEmpty())
        object.insert(QStringLiteral("sources"), QJsonArray::fromStringList(check.sources));
    return object;
}

QJsonObject summaryObject(const Report &report)
{
    const ReportSummary summary = report.summary();
    return {
        {QStringLiteral("pass"), summary.pass},
        {QStringLiteral("warn"), summary.warn},
        {QStringLiteral("fail"), summary.fail},
        {QStringLiteral("status"), statusKey(summary.status)},
        {QStringLiteral("elapsed_ms"), roundedMs(report.elapsedMs)},
    };
}

QJsonObject driftObject(const DriftEvent &event)
{
    return {
        {QStringLiteral("at"), utcTimestamp(event.at)}, {QStringLiteral("check"), event.checkId},
        {QStringLiteral("name"), event.checkName},      {QStringLiteral("from"), statusKey(event.from)},
        {QStringLiteral("to"), statusKey(event.to)},    {QStringLiteral("change"), event.change},
    };
}

// Keys in the order a reader expects them; keys not listed follow alphabetically.
const QStringList &keyOrder()
{
    static const QStringList order{
        QStringLiteral("schema"),  QStringLiteral("generated_at"), QStringLiteral("redacted"),
        QStringLiteral("app"),     QStringLiteral("host"),         QStringLiteral("summary"),
        QStringLiteral("checks"),  QStringLiteral("history"),      QStringLiteral("version"),
        QStringLiteral("commit"),  QStringLiteral("qt"),           QStringLiteral("hostname"),
        QStringLiteral("os"),      QStringLiteral("kernel"),       QStringLiteral("arch"),
        QStringLiteral("pass"),    QStringLiteral("warn"),         QStringLiteral("fail"),
        QStringLiteral("at"),      QStringLiteral("id"),           QStringLiteral("check"),
        QStringLiteral("name"),    QStringLiteral("status"),       QStringLiteral("from"),
        QStringLiteral("to"),      QStringLiteral("change"),       QStringLiteral("details"),
        QStringLiteral("sources"), QStringLiteral("elapsed_ms"),
    };
    return order;
}

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    const QStringList &order = keyOrder();
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype ib = order.contains(b) ? order.indexOf(b) : order.size();
        return ia < ib;
    });
    return keys;
}

// A scalar's JSON text, escaped exactly as QJsonDocument escapes it.
QByteArray scalarJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth);

QByteArray indent(int depth)
{
    return QByteArray(depth * 4, ' ');
}

// Arrays of scalars stay on one line each element; objects and arrays open a new indented block.
void writeArray(QByteArray &out, const QJsonArray &array, int depth)
{
    if (array.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += indent(depth + 1);
        writeValue(out, array.at(i), depth + 1);
        out += i + 1 < array.size() ? ",\n" : "\n";
    }
    out += indent(depth) + ']';
}

void writeObject(QByteArray &out, const QJsonObject &object, int depth)
{
    if (object.isEmpty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    const QStringList keys = orderedKeys(object);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += indent(depth + 1) + scalarJson(keys.at(i)) + ": ";
        writeValue(out, object.value(keys.at(i)), depth + 1);
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    out += indent(depth) + '}';
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth)
{
    if (value.isObject())
        writeObject(out, value.toObject(), depth);
    else if (value.isArray())
        writeArray(out, value.toArray(), depth);
    else
        out += scalarJson(value);
}

} // namespace

QJsonObject toJsonObject(const Report &report, const DriftHistory &history, bool redacted)
{
    QJsonArray checks;
    for (const CheckResult &check : report.checks)
        checks.append(checkObject(check));

    QJsonArray drift;
    for (const DriftEvent &event : history)
        drift.append(driftObject(event));

    return {
        {QStringLiteral("schema"), QString::fromLatin1(kJsonSchema)},
        {QStringLiteral("generated_at"), utcTimestamp(report.generatedAt)},
        {QStringLiteral("redacted"), redacted},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("version"), report.app.version},
                                            {QStringLiteral("commit"), report.app.commit},
                                            {QStringLiteral("qt"), report.app.qt}}},
        {QStringLiteral("host"), QJsonObject{{QStringLiteral("hostname"), report.host.hostname},
                                             {QStringLiteral("os"), report.host.os},
                                             {QStringLiteral("kernel"), report.host.kernel},
                                             {QStringLiteral("arch"), report.host.arch}}},
        {QStringLiteral("summary"), summaryObject(report)},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("history"), drift},
    };
}

QByteArray toJson(const Report &report, const DriftHistory &history, bool redacted)
{
    QByteArray out;
    writeObject(out, toJsonObject(report, history, redacted), 0);
    return out + '\n';
}

} // namespace bd::report
