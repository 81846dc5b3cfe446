// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redactor.h"

#include "BoundedFile.h"
#include "HostPaths.h"
#include "TomlFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSysInfo>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace bd::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::report::Redactor", text);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

bool isDigitAt(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isDigit();
}

// A name or path ends where no letter, digit, '_' or '-' continues it.
bool isWordBoundary(const QString &text, qsizetype begin, qsizetype end)
{
    const bool leftOk = begin == 0 || !isWordChar(text.at(begin - 1));
    const bool rightOk = end >= text.size() || !isWordChar(text.at(end));
    return leftOk && rightOk;
}

// A number is whole when no digit, letter or decimal point (a '.' between digits) continues it.
bool isNumberBoundary(const QString &text, qsizetype begin, qsizetype end)
{
    if (begin > 0) {
        const QChar left = text.at(begin - 1);
        if (isWordChar(left) || (left == QLatin1Char('.') && isDigitAt(text, begin - 2)))
            return false;
    }
    if (end < text.size()) {
        const QChar right = text.at(end);
        if (isWordChar(right) || (right == QLatin1Char('.') && isDigitAt(text, end + 1)))
            return false;
    }
    return true;
}

QString realNameFromGecos(const char *gecos)
{
    if (!gecos)
        return {};
    return QString::fromLocal8Bit(gecos).section(QLatin1Char(','), 0, 0).trimmed();
}

// install.toml may be malformed and still name its owner; the loader then gives no values, so the
// owner is also looked for line by line, because an error excerpt can quote it.
void readOwnerLeniently(const QString &path, RedactionIdentity *identity)
{
    const FileRead read = readBoundedFile(path, 64 * 1024);
    if (!read.ok())
        return;
    static const QRegularExpression user(QStringLiteral(R"(^\s*owner_user\s*=\s*["']([^"'\n]+)["'])"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression uid(QStringLiteral(R"(^\s*owner_uid\s*=\s*(\d+))"),
                                        QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(read.data);
    if (const auto m = user.match(text); m.hasMatch() && identity->ownerUser.isEmpty())
        identity->ownerUser = m.captured(1);
    if (const auto m = uid.match(text); m.hasMatch() && identity->ownerUid < 0)
        identity->ownerUid = m.captured(1).toLongLong();
}

void readOwner(const HostPaths &paths, RedactionIdentity *identity)
{
    const InstallLoad install = loadInstallMeta(paths.installToml());
    if (install.value) {
        identity->ownerUser = install.value->ownerUser;
        identity->ownerUid = install.value->ownerUid;
        return;
    }
    if (install.exists)
        readOwnerLeniently(paths.installToml(), identity);
}

} // namespace

RedactionIdentity RedactionIdentity::current(const HostPaths &paths)
{
    RedactionIdentity identity;
    identity.uid = qint64(::getuid());
    identity.hostName = QSysInfo::machineHostName();
    identity.homes << QDir::cleanPath(paths.home());

    if (const passwd *pw = ::getpwuid(::getuid())) {
        identity.userName = QString::fromLocal8Bit(pw->pw_name);
        identity.realName = realNameFromGecos(pw->pw_gecos);
        const QString passwdHome = QDir::cleanPath(QString::fromLocal8Bit(pw->pw_dir));
        if (!identity.homes.contains(passwdHome))
            identity.homes << passwdHome;
    }
    if (identity.userName.isEmpty())
        identity.userName = qEnvironmentVariable("USER");

    readOwner(paths, &identity);
    return identity;
}

Redactor::Redactor(const RedactionIdentity &identity)
{
    for (const QString &home : identity.homes)
        addRule(tr("home directory"), home, QStringLiteral("<home>"));
    addRule(tr("user name"), identity.userName, QStringLiteral("<user>"));
    if (identity.ownerUser != identity.userName)
        addRule(tr("owner user"), identity.ownerUser, QStringLiteral("<owner>"));
    if (identity.realName != identity.userName)
        addRule(tr("real name"), identity.realName, QStringLiteral("<real-name>"));
    addRule(tr("host name"), identity.hostName, QStringLiteral("<host>"));
    if (identity.uid >= 0)
        addRule(tr("uid"), QString::number(identity.uid), QStringLiteral("<uid>"), Match::Number);
    if (identity.ownerUid >= 0 && identity.ownerUid != identity.uid)
        addRule(tr("owner uid"), QString::number(identity.ownerUid), QStringLiteral("<owner-uid>"), Match::Number);

    // The longest value wins where two overlap: a home path before the user name inside it.
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [](const Rule &a, const Rule &b) { return a.value.size() > b.value.size(); });
}

void Redactor::addRule(const QString &what, const QString &value, const QString &placeholder, Match match)
{
    const bool number = match == Match::Number;
    const QString trimmed = value.trimmed();
    const bool universal = trimmed == QLatin1String("root") || trimmed == QLatin1String("0") ||
                           trimmed == QLatin1String("/") || trimmed == QLatin1String("localhost");
    if (trimmed.size() < 2 && !number)
        return;
    if (trimmed.isEmpty() || universal)
        return;
    for (const Rule &rule : std::as_const(m_rules)) {
        if (rule.value == trimmed)
            return;
    }
    m_rules.append(Rule{what, trimmed, placeholder, number});
}

QString Redactor::apply(const QString &text)
{
    // One left-to-right pass, so a placeholder already written is never matched again.
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        bool replaced = false;
        for (Rule &rule : m_rules) {
            const qsizetype end = i + rule.value.size();
            if (QStringView(text).mid(i).startsWith(rule.value) &&
                (rule.number ? isNumberBoundary(text, i, end) : isWordBoundary(text, i, end))) {
                out += rule.placeholder;
                ++rule.count;
                i = end;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += text.at(i++);
    }
    return out;
}

QStringList Redactor::apply(const QStringList &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &text : texts)
        out << apply(text);
    return out;
}

Report Redactor::apply(const Report &report)
{
    // Check ids and names, versions, the OS and the kernel are the same vocabulary on every machine:
    // they stay as they are, so a host called "vm" does not turn "vm defaults" into "<host> defaults".
    Report out = report;
    const QString host = apply(report.host.hostname);
    out.host.hostname = host == report.host.hostname && !host.isEmpty() ? QStringLiteral("<host>") : host;
    for (CheckResult &check : out.checks) {
        check.details = apply(check.details);
        check.sources = apply(check.sources);
    }
    return out;
}

DriftHistory Redactor::apply(const DriftHistory &history)
{
    DriftHistory out = history;
    for (DriftEvent &event : out)
        event.change = apply(event.change);
    return out;
}

QList<Redaction> Redactor::redactions() const
{
    QList<Redaction> out;
    for (const Rule &rule : m_rules) {
        if (rule.count > 0)
            out.append(Redaction{rule.what, rule.value, rule.placeholder, rule.count});
    }
    std::stable_sort(out.begin(), out.end(), [](const Redaction &a, const Redaction &b) { return a.count > b.count; });
    return out;
}

} // namespace bd::report
