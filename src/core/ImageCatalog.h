// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// The images banger can pull on first use (name → kernel and rootfs source), compiled into the app as
// :/banger-doctor/data/image-catalog.json.
class ImageCatalog
{
public:
    struct Entry
    {
        QString name;
        QString arch;
        QString kernel;
        QString rootfs;
    };

    static ImageCatalog embedded();
    // Parses the catalog format; on error the catalog is empty and error() says why.
    static ImageCatalog fromJson(const QByteArray &json);

    QString error() const { return m_error; }
    std::optional<Entry> find(const QString &name) const;
    QStringList names() const;

private:
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace bd
