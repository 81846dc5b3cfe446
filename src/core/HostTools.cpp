// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostTools.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd", text);
}

std::optional<HostTool> toolFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    HostTool tool;
    for (const QJsonValue &name : object.value(QLatin1String("any_of")).toArray()) {
        if (!name.toString().isEmpty())
            tool.anyOf << name.toString();
    }
    tool.purpose = object.value(QLatin1String("purpose")).toString();
    tool.package = object.value(QLatin1String("package")).toString();
    if (tool.anyOf.isEmpty())
        return std::nullopt;
    return tool;
}

} // namespace

std::optional<QList<HostTool>> parseHostTools(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue tools = document.object().value(QLatin1String("tools"));
    if (parseError.error != QJsonParseError::NoError || !tools.isArray()) {
        if (error)
            *error = tr("the host tool list is not valid JSON with a \"tools\" array");
        return std::nullopt;
    }

    QList<HostTool> list;
    for (const QJsonValue &value : tools.toArray()) {
        const std::optional<HostTool> tool = toolFrom(value);
        if (!tool) {
            if (error)
                *error = tr("an entry of the host tool list has no \"any_of\" names");
            return std::nullopt;
        }
        list << *tool;
    }
    return list;
}

std::optional<QList<HostTool>> loadHostTools(QString *error)
{
    QFile file(QStringLiteral(":/banger-doctor/data/host-tools.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("the host tool list is missing from this build");
        return std::nullopt;
    }
    return parseHostTools(file.readAll(), error);
}

} // namespace bd
