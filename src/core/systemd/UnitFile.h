// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostPaths.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bd {

// One effective setting and the "file:line" of the assignment it came from (empty for a default).
struct UnitValue
{
    QString value;
    QString source;
};

// CapabilityBoundingSet= as systemd accumulates it: bit N is capability N.
struct CapabilityBoundingSet
{
    quint64 mask = ~quint64(0); // systemd's default: every capability
    bool assigned = false;      // at least one assignment was made
    QStringList sources;        // the assignments that shaped mask, in order
};

// The [Service] settings of a unit as systemd would apply them (systemd.unit(5), systemd.exec(5)):
// the unit file found first in HostPaths::unitDirectories(), then every *.conf drop-in from those
// directories' <unit>.d/, dash-prefix (banger-.service.d/) and type-wide (service.d/) directories,
// merged by file name (the more specific, higher-precedence directory wins) and applied in lexical
// order of the file names.
//
// Understood: sections, '#' and ';' comment lines (also inside a continuation), trailing-backslash
// continuation, spacing around keys and values, every boolean spelling systemd accepts, later
// assignments overriding earlier ones, empty assignments resetting to the default, invalid values
// being ignored (systemd logs and keeps the previous value), CapabilityBoundingSet= accumulation with
// '~' inversion. Symlinked unit files and drop-ins are followed under --root (absolute targets are
// re-rooted); a link to /dev/null masks, a loop is an error.
//
// Not understood, because banger's units do not use them: specifiers such as %i in values, template
// units (name@.service), and the generator, transient and *.control unit directories.
class UnitFile
{
    Q_DECLARE_TR_FUNCTIONS(bd::UnitFile)

public:
    enum class Outcome
    {
        Loaded,
        NotFound,
        Masked,
        Error
    };

    static constexpr qint64 kMaxFileBytes = 256 * 1024;
    static constexpr int kMaxLineBytes = 16 * 1024;
    static constexpr int kMaxDropIns = 256;

    static UnitFile load(const HostPaths &paths, const QString &unitName);

    // Applies one file's text after whatever was applied before, as load() does for the unit file and
    // then each drop-in. sourceName is used in "file:line". Returns false (and sets error()) for a
    // file systemd would refuse: an unterminated section header or an over-long line.
    bool apply(const QByteArray &text, const QString &sourceName);

    Outcome outcome() const { return m_outcome; }
    QString error() const { return m_error; }
    // The unit file read (after following symlinks), and the drop-ins in the order applied.
    QString fragmentPath() const { return m_fragmentPath; }
    QStringList dropInPaths() const { return m_dropIns; }
    // Assignments that systemd would ignore (bad values, unknown capabilities), as "file:line: text".
    QStringList warnings() const { return m_warnings; }

    // The effective value of a single-valued [Service] setting, normalised the way systemd reports it
    // over D-Bus: booleans as "yes"/"no", ProtectSystem and ProtectHome as "no", "yes", "full",
    // "strict", "read-only" or "tmpfs". Unset settings give systemd's default with an empty source.
    UnitValue setting(const QString &key) const;
    const CapabilityBoundingSet &capabilityBoundingSet() const { return m_capabilities; }

    static std::optional<bool> parseBoolean(const QString &text);

private:
    struct Line
    {
        QString text;
        int number = 0;
    };

    bool loadFragment(const HostPaths &paths, const QString &unitName);
    bool loadDropIns(const HostPaths &paths, const QStringList &names);
    bool applyFile(const QString &path);
    bool logicalLines(const QByteArray &text, const QString &sourceName, QList<Line> *lines);
    bool applyLine(const Line &line, const QString &sourceName, QString *section);
    void assign(const QString &key, const QString &value, const QString &source);
    void assignCapabilities(const QString &value, const QString &source);
    void fail(Outcome outcome, const QString &error);

    Outcome m_outcome = Outcome::NotFound;
    QString m_error;
    QString m_fragmentPath;
    QStringList m_dropIns;
    QStringList m_warnings;
    QMap<QString, UnitValue> m_settings;
    CapabilityBoundingSet m_capabilities;
};

} // namespace bd
