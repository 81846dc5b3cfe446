// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriftEvent.h"
#include "Report.h"

#include <QList>
#include <QString>

namespace bd {
class HostPaths;
}

namespace bd::report {

// The personal values a report may contain. Empty strings and negative uids are simply not looked for.
struct RedactionIdentity
{
    QString userName;
    QString realName;
    QStringList homes; // $HOME and the passwd home when they differ
    QString hostName;
    qint64 uid = -1;
    QString ownerUser; // install.toml's owner_user
    qint64 ownerUid = -1;

    // The running user (getpwuid, GECOS, HOME), this machine's host name, and the owner from the
    // install.toml that paths resolves (read even when the file is malformed, so its values still go).
    static RedactionIdentity current(const HostPaths &paths);
};

// One value that was replaced, for the export dialog's list.
struct Redaction
{
    QString what;        // translated kind: "user name", "home directory", ...
    QString original;    // the value found
    QString placeholder; // "<user>", "<home>", ...
    int count = 0;       // how many times it was replaced
};

// Replaces personal values with stable placeholders in every detail, source and drift description of
// a report, and replaces the host name field. The user name (and the owner user when it is the same)
// becomes <user>, a different owner user <owner>, the real name <real-name>, home directories <home>,
// the host name <host>, the uid <uid> and a different owner uid <owner-uid>. Values are matched
// case-sensitively (a host called "debian" leaves "Debian GNU/Linux" alone) and whole, never inside a
// longer word or path component; uids only as whole numbers, never inside versions or longer numbers.
// uid 0 and the name "root" are left alone: they are the same on every machine and the hardening rows
// need them. Check names, versions, OS and kernel are not personal and stay. Nothing else changes.
class Redactor
{
public:
    explicit Redactor(const RedactionIdentity &identity);

    QString apply(const QString &text);
    QStringList apply(const QStringList &texts);
    Report apply(const Report &report);
    DriftHistory apply(const DriftHistory &history);

    // What was replaced so far, most frequent first.
    QList<Redaction> redactions() const;

private:
    struct Rule
    {
        QString what;
        QString value;
        QString placeholder;
        bool number = false;
        int count = 0;
    };

    enum class Match
    {
        Name,
        Number
    };

    void addRule(const QString &what, const QString &value, const QString &placeholder, Match match = Match::Name);
    QString applyRule(Rule &rule, const QString &text);

    QList<Rule> m_rules;
};

} // namespace bd::report
