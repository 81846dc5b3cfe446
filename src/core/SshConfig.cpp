// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConfig.h"

#include "BoundedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <glob.h>

namespace bd::ssh {

namespace {

// Splits "Keyword rest", "Keyword=rest" and "Keyword = rest" into the keyword and the rest.
std::pair<QString, QString> splitKeyword(const QString &line)
{
    int end = 0;
    while (end < line.size() && !line.at(end).isSpace() && line.at(end) != QLatin1Char('='))
        ++end;
    int rest = end;
    while (rest < line.size() && line.at(rest).isSpace())
        ++rest;
    if (rest < line.size() && line.at(rest) == QLatin1Char('='))
        ++rest;
    return {line.left(end), line.mid(rest).trimmed()};
}

QStringList globPaths(const QString &pattern)
{
    glob_t matches{};
    QStringList paths;
    if (::glob(QFile::encodeName(pattern).constData(), 0, nullptr, &matches) == 0) {
        for (size_t i = 0; i < matches.gl_pathc; ++i)
            paths << QFile::decodeName(matches.gl_pathv[i]);
    }
    ::globfree(&matches);
    return paths;
}

class IncludeWalker
{
    Q_DECLARE_TR_FUNCTIONS(bd::ssh::IncludeWalker)

public:
    IncludeWalker(QString target, QString home, IncludeLimits limits)
        : m_target(std::move(target))
        , m_home(std::move(home))
        , m_limits(limits)
    {}

    void walkTop(const QString &configPath, IncludeSearch *search)
    {
        const FileRead read = readBoundedFile(configPath, m_limits.maxFileBytes);
        search->configRead = read.ok();
        search->configError = read.error;
        if (read.ok())
            walkText(configPath, read.data, 0, search);
    }

private:
    QString expand(const QString &argument) const
    {
        if (argument == QLatin1String("~"))
            return m_home;
        if (argument.startsWith(QLatin1String("~/")))
            return m_home + argument.mid(1);
        if (QDir::isAbsolutePath(argument))
            return argument;
        return m_home + QStringLiteral("/.ssh/") + argument;
    }

    void walkText(const QString &file, const QByteArray &text, int depth, IncludeSearch *search)
    {
        m_seen.insert(QFileInfo(file).canonicalFilePath());
        for (const Directive &directive : parseDirectives(text)) {
            if (directive.keyword != QLatin1String("include"))
                continue;
            for (const QString &argument : directive.arguments) {
                if (followPattern(expand(argument), depth, search)) {
                    if (search->viaFile.isEmpty()) {
                        search->viaFile = file;
                        search->viaLine = directive.line;
                    }
                    return;
                }
            }
        }
    }

    // True when the pattern, or a file it includes, reaches the target.
    bool followPattern(const QString &pattern, int depth, IncludeSearch *search)
    {
        for (const QString &path : globPaths(pattern)) {
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (canonical.isEmpty())
                continue;
            if (canonical == m_target) {
                search->found = true;
                return true;
            }
            followFile(path, canonical, depth + 1, search);
            if (search->found)
                return true;
        }
        return false;
    }

    void followFile(const QString &path, const QString &canonical, int depth, IncludeSearch *search)
    {
        if (m_seen.contains(canonical) || QFileInfo(canonical).isDir())
            return;
        if (depth > m_limits.maxDepth || m_filesRead >= m_limits.maxFiles) {
            search->warnings << tr("stopped following includes at %1: too deeply nested or too many files").arg(path);
            return;
        }
        ++m_filesRead;
        const FileRead read = readBoundedFile(path, m_limits.maxFileBytes);
        if (!read.ok()) {
            search->warnings << tr("could not read %1: %2").arg(path, read.error);
            return;
        }
        walkText(path, read.data, depth, search);
    }

    QString m_target;
    QString m_home;
    IncludeLimits m_limits;
    QSet<QString> m_seen;
    int m_filesRead = 0;
};

} // namespace

QStringList splitArguments(const QString &text)
{
    QStringList arguments;
    QString current;
    bool inArgument = false;
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote.isNull() && c.isSpace()) {
            if (inArgument)
                arguments << current;
            current.clear();
            inArgument = false;
            continue;
        }
        if (quote.isNull() && !inArgument && c == QLatin1Char('#'))
            break;
        inArgument = true;
        if (c == QLatin1Char('\\') && i + 1 < text.size())
            current += text.at(++i);
        else if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\'')))
            quote = c;
        else if (c == quote)
            quote = QChar();
        else
            current += c;
    }
    if (inArgument)
        arguments << current;
    return arguments;
}

QList<Directive> parseDirectives(const QByteArray &text)
{
    QList<Directive> directives;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto [keyword, rest] = splitKeyword(line);
        if (keyword.isEmpty())
            continue;
        directives << Directive{keyword.toLower(), splitArguments(rest), number};
    }
    return directives;
}

IncludeSearch findInclude(const QString &configPath, const QString &target, const QString &home,
                          const IncludeLimits &limits)
{
    IncludeSearch search;
    const QString canonicalTarget = QFileInfo(target).canonicalFilePath();
    IncludeWalker walker(canonicalTarget.isEmpty() ? QDir::cleanPath(target) : canonicalTarget, QDir::cleanPath(home),
                         limits);
    walker.walkTop(configPath, &search);
    return search;
}

QString includeLineFor(const QString &path, const QString &home)
{
    QString shown = QDir::cleanPath(path);
    const QString homePrefix = QDir::cleanPath(home) + QLatin1Char('/');
    if (shown.startsWith(homePrefix))
        shown = QStringLiteral("~/") + shown.mid(homePrefix.size());
    if (shown.contains(QLatin1Char(' ')) || shown.contains(QLatin1Char('#')))
        shown = QLatin1Char('"') + shown + QLatin1Char('"');
    return QStringLiteral("Include ") + shown;
}

} // namespace bd::ssh
