// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace bd::report {

namespace {

// Milliseconds rounded to microseconds keep reports short and stable.
double roundedMs(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
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

} // namespace

QJsonObject toJsonObject(const Report &report)
{
    QJsonArray checks;
    for (const CheckResult &check : report.checks)
        checks.append(checkObject(check));

    return {
        {QStringLiteral("schema"), QString::fromLatin1(kJsonSchema)},
        {QStringLiteral("generated_at"), report.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("version"), report.app.version},
                                            {QStringLiteral("commit"), report.app.commit},
                                            {QStringLiteral("qt"), report.app.qt}}},
        {QStringLiteral("host"), QJsonObject{{QStringLiteral("hostname"), report.host.hostname},
                                             {QStringLiteral("os"), report.host.os},
                                             {QStringLiteral("kernel"), report.host.kernel},
                                             {QStringLiteral("arch"), report.host.arch}}},
        {QStringLiteral("summary"), summaryObject(report)},
        {QStringLiteral("checks"), checks},
    };
}

QByteArray toJson(const Report &report)
{
    return QJsonDocument(toJsonObject(report)).toJson(QJsonDocument::Indented);
}

} // namespace bd::report
