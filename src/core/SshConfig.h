// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace bd::ssh {

// One "Keyword arguments" line of an ssh_config(5) file.
struct Directive
{
    QString keyword; // lower-cased: keywords are case-insensitive
    QStringList arguments;
    int line = 0;
};

// Splits a config text into directives the way ssh reads it: blank lines and lines starting with '#'
// are skipped, the keyword is separated by whitespace or one '=' ("Include=x", "Include = x"),
// arguments may be quoted with " or ', and an unquoted '#' starting an argument ends the line.
QList<Directive> parseDirectives(const QByteArray &text);
QStringList splitArguments(const QString &text);

struct IncludeSearch
{
    bool found = false;
    QString viaFile; // the file holding the Include that matched
    int viaLine = 0;
    bool configRead = false; // whether the top-level config could be read at all
    QString configError;     // why not, when it could not
    QStringList warnings;    // nested files that could not be read, depth limit reached, ...
};

struct IncludeLimits
{
    int maxDepth = 16;                // ssh's own nesting limit
    int maxFiles = 128;               // files read in total, globs included
    qint64 maxFileBytes = 256 * 1024; // larger files are not read
};

// Whether the user config at configPath, following Include directives (with '~' expanded against
// home, relative paths taken from ~/.ssh, globs expanded, nested includes followed), pulls in
// target. Includes inside Host and Match blocks count too. Matching compares canonical paths.
// Not understood: %-tokens and ${VAR} in Include paths, and ~user; such lines match nothing.
IncludeSearch findInclude(const QString &configPath, const QString &target, const QString &home,
                          const IncludeLimits &limits = {});

// How an Include line for path should be written: "~/..." inside home, quoted when it has spaces.
QString includeLineFor(const QString &path, const QString &home);

} // namespace bd::ssh
