// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageCatalog.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

ImageCatalog ImageCatalog::embedded()
{
    QFile file(QStringLiteral(":/banger-doctor/data/image-catalog.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        ImageCatalog missing;
        missing.m_error = QCoreApplication::translate("bd::ImageCatalog", "the compiled-in image catalog is missing");
        qCWarning(lcCheck) << missing.m_error;
        return missing;
    }
    return fromJson(file.readAll());
}

ImageCatalog ImageCatalog::fromJson(const QByteArray &json)
{
    ImageCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QLatin1String("images")).isArray()) {
        catalog.m_error = parseError.error != QJsonParseError::NoError
                              ? parseError.errorString()
                              : QCoreApplication::translate("bd::ImageCatalog", "the catalog has no \"images\" array");
        return catalog;
    }

    const QJsonArray images = doc.object().value(QLatin1String("images")).toArray();
    for (const QJsonValue &value : images) {
        const QJsonObject image = value.toObject();
        const QString name = image.value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            catalog.m_entries << Entry{name, image.value(QLatin1String("arch")).toString(),
                                       image.value(QLatin1String("kernel")).toString(),
                                       image.value(QLatin1String("rootfs")).toString()};
    }
    return catalog;
}

std::optional<ImageCatalog::Entry> ImageCatalog::find(const QString &name) const
{
    for (const Entry &entry : m_entries)
        if (entry.name == name)
            return entry;
    return std::nullopt;
}

QStringList ImageCatalog::names() const
{
    QStringList names;
    for (const Entry &entry : m_entries)
        names << entry.name;
    return names;
}

} // namespace bd
