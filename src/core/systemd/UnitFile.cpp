// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitFile.h"

#include "BoundedFile.h"
#include "Capabilities.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <map>

#include <unistd.h>

namespace bd {

namespace {

constexpr int kMaxSymlinkHops = 32;

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd", text);
}

// Where a chain of symlinks ends, with absolute targets placed under --root as systemd would see
// them from inside the root.
struct Resolved
{
    QString path;
    bool masked = false; // the chain ends at /dev/null
    QString error;
};

// The target exactly as stored in the link (QFileInfo would resolve it against the real root).
QString readLink(const QString &path)
{
    char buffer[4096];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof(buffer) - 1);
    return n > 0 ? QFile::decodeName(QByteArray(buffer, int(n))) : QString();
}

Resolved resolveSymlinks(const HostPaths &paths, const QString &start)
{
    Resolved out{start, false, {}};
    QSet<QString> seen;
    for (int hop = 0; hop < kMaxSymlinkHops; ++hop) {
        const QFileInfo info(out.path);
        if (!info.isSymLink())
            return out;

        if (seen.contains(out.path))
            break;
        seen.insert(out.path);

        const QString hostTarget = readLink(out.path);
        if (hostTarget.isEmpty()) {
            out.error = tr("%1: cannot read the symbolic link").arg(out.path);
            return out;
        }
        if (hostTarget == QLatin1String("/dev/null")) {
            out.masked = true;
            return out;
        }
        out.path = QDir::isAbsolutePath(hostTarget) ? paths.system(hostTarget)
                                                    : QDir::cleanPath(info.absolutePath() + u'/' + hostTarget);
    }
    out.error = tr("%1: symbolic link loop").arg(start);
    return out;
}

std::optional<QString> normaliseProtectSystem(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("no");
    if (const std::optional<bool> b = UnitFile::parseBoolean(value))
        return *b ? QStringLiteral("yes") : QStringLiteral("no");
    if (value == QLatin1String("full") || value == QLatin1String("strict"))
        return value;
    return std::nullopt;
}

std::optional<QString> normaliseProtectHome(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("no");
    if (const std::optional<bool> b = UnitFile::parseBoolean(value))
        return *b ? QStringLiteral("yes") : QStringLiteral("no");
    if (value == QLatin1String("read-only") || value == QLatin1String("tmpfs"))
        return value;
    return std::nullopt;
}

bool isBooleanSetting(const QString &key)
{
    static const QStringList keys = {QStringLiteral("NoNewPrivileges"), QStringLiteral("RestrictSUIDSGID"),
                                     QStringLiteral("LockPersonality")};
    return keys.contains(key);
}

} // namespace

std::optional<bool> UnitFile::parseBoolean(const QString &text)
{
    static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("yes"), QStringLiteral("y"),
                                    QStringLiteral("true"), QStringLiteral("t"),   QStringLiteral("on")};
    static const QStringList no = {QStringLiteral("0"),     QStringLiteral("no"), QStringLiteral("n"),
                                   QStringLiteral("false"), QStringLiteral("f"),  QStringLiteral("off")};
    const QString lower = text.toLower();
    if (yes.contains(lower))
        return true;
    if (no.contains(lower))
        return false;
    return std::nullopt;
}

UnitFile UnitFile::load(const HostPaths &paths, const QString &unitName)
{
    UnitFile unit;
    if (!unit.loadFragment(paths, unitName))
        return unit;

    QStringList names{unitName};
    const QString fragmentName = QFileInfo(unit.m_fragmentPath).fileName();
    if (fragmentName != unitName)
        names << fragmentName; // an alias link: systemd reads the drop-ins of both names
    if (unit.loadDropIns(paths, names))
        unit.m_outcome = Outcome::Loaded;
    return unit;
}

void UnitFile::fail(Outcome outcome, const QString &error)
{
    m_outcome = outcome;
    m_error = error;
    qCDebug(lcCheck) << "unit file:" << error;
}

bool UnitFile::loadFragment(const HostPaths &paths, const QString &unitName)
{
    for (const QString &dir : paths.unitDirectories()) {
        const QString candidate = dir + u'/' + unitName;
        if (!QFileInfo(candidate).isSymLink() && !QFileInfo::exists(candidate))
            continue;

        const Resolved resolved = resolveSymlinks(paths, candidate);
        if (!resolved.error.isEmpty()) {
            fail(Outcome::Error, resolved.error);
            return false;
        }
        if (resolved.masked) {
            fail(Outcome::Masked, tr("%1 is masked (a link to /dev/null)").arg(candidate));
            return false;
        }
        m_fragmentPath = resolved.path;
        return applyFile(resolved.path);
    }
    fail(Outcome::NotFound,
         tr("no unit file %1 in %2").arg(unitName, paths.unitDirectories().join(QStringLiteral(", "))));
    return false;
}

// The drop-in directory names systemd searches for one unit name, most specific first:
// "banger-root-helper.service.d", then the dash prefixes "banger-root-.service.d", "banger-.service.d".
static QStringList dropInDirNames(const QString &name)
{
    QStringList dirs{name + QStringLiteral(".d")};
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return dirs;
    const QString suffix = name.mid(dot);
    QString stem = name.left(dot);
    while (stem.lastIndexOf(u'-') > 0) {
        stem = stem.left(stem.lastIndexOf(u'-'));
        dirs << stem + u'-' + suffix + QStringLiteral(".d");
    }
    return dirs;
}

bool UnitFile::loadDropIns(const HostPaths &paths, const QStringList &names)
{
    // Directories in systemd's order: for each name and unit directory the specific and prefix
    // directories, then the type-wide "service.d" of every unit directory. The first file seen under
    // a file name masks that name in every later directory.
    QStringList dirs;
    for (const QString &name : names) {
        for (const QString &unitDir : paths.unitDirectories()) {
            for (const QString &dirName : dropInDirNames(name))
                dirs << unitDir + u'/' + dirName;
        }
    }
    const QString type = names.constFirst().mid(names.constFirst().lastIndexOf(u'.') + 1);
    for (const QString &unitDir : paths.unitDirectories())
        dirs << unitDir + u'/' + type + QStringLiteral(".d");

    std::map<QString, QString> byName;
    for (const QString &dir : std::as_const(dirs)) {
        const QDir dropInDir(dir);
        const QStringList files =
            dropInDir.entryList({QStringLiteral("*.conf")}, QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &file : files)
            byName.emplace(file, dropInDir.filePath(file));
    }
    if (byName.size() > size_t(kMaxDropIns)) {
        fail(Outcome::Error, QCoreApplication::translate("bd::UnitFile", "%n drop-in files, more than allowed", nullptr,
                                                         int(byName.size())));
        return false;
    }

    for (const auto &[file, path] : byName) {
        const Resolved resolved = resolveSymlinks(paths, path);
        if (!resolved.error.isEmpty()) {
            fail(Outcome::Error, resolved.error);
            return false;
        }
        if (resolved.masked)
            continue; // an empty drop-in that masks lower ones of the same name
        m_dropIns << resolved.path;
        if (!applyFile(resolved.path))
            return false;
    }
    return true;
}

bool UnitFile::applyFile(const QString &path)
{
    const FileRead read = readBoundedFile(path, kMaxFileBytes);
    if (!read.ok()) {
        fail(Outcome::Error, path + QStringLiteral(": ") + read.error);
        return false;
    }
    if (!apply(read.data, path)) {
        m_outcome = Outcome::Error;
        return false;
    }
    return true;
}

bool UnitFile::apply(const QByteArray &text, const QString &sourceName)
{
    QList<Line> lines;
    if (!logicalLines(text, sourceName, &lines))
        return false;

    QString section;
    for (const Line &line : std::as_const(lines)) {
        if (!applyLine(line, sourceName, &section))
            return false;
    }
    return true;
}

bool UnitFile::logicalLines(const QByteArray &text, const QString &sourceName, QList<Line> *lines)
{
    const QList<QByteArray> raw = text.split('\n');
    QString pending;
    int pendingStart = 0;
    for (int i = 0; i < raw.size(); ++i) {
        if (raw[i].size() > kMaxLineBytes) {
            m_error = tr("%1:%2: line longer than %3 bytes").arg(sourceName).arg(i + 1).arg(kMaxLineBytes);
            return false;
        }
        const QString line = QString::fromUtf8(raw[i]);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue; // comments are skipped even in the middle of a continuation

        if (pending.isNull())
            pendingStart = i + 1;
        pending += line;

        // A trailing backslash that is not itself escaped continues the line; it becomes a space.
        int backslashes = 0;
        for (qsizetype k = pending.size() - 1; k >= 0 && pending.at(k) == u'\\'; --k)
            ++backslashes;
        if (backslashes % 2 == 1) {
            pending[pending.size() - 1] = u' ';
            if (pending.size() > kMaxLineBytes * 4) {
                m_error = tr("%1:%2: continued line too long").arg(sourceName).arg(pendingStart);
                return false;
            }
            continue;
        }
        lines->append({pending, pendingStart});
        pending = QString();
    }
    if (!pending.isNull())
        lines->append({pending, pendingStart});
    return true;
}

bool UnitFile::applyLine(const Line &line, const QString &sourceName, QString *section)
{
    const QString text = line.text.trimmed();
    if (text.isEmpty())
        return true;

    const QString source = sourceName + u':' + QString::number(line.number);
    if (text.startsWith(u'[')) {
        if (!text.endsWith(u']')) {
            m_error = tr("%1: invalid section header").arg(source);
            return false;
        }
        *section = text.mid(1, text.size() - 2);
        return true;
    }

    const qsizetype eq = text.indexOf(u'=');
    if (eq < 0) {
        m_warnings << tr("%1: missing '=', line ignored").arg(source);
        return true;
    }
    if (*section == QLatin1String("Service"))
        assign(text.left(eq).trimmed(), text.mid(eq + 1).trimmed(), source);
    return true;
}

void UnitFile::assign(const QString &key, const QString &value, const QString &source)
{
    if (key == QLatin1String("CapabilityBoundingSet")) {
        assignCapabilities(value, source);
        return;
    }

    std::optional<QString> normalised = value;
    if (isBooleanSetting(key)) {
        const std::optional<bool> b = parseBoolean(value);
        normalised = b ? std::optional<QString>(*b ? QStringLiteral("yes") : QStringLiteral("no")) : std::nullopt;
    } else if (key == QLatin1String("ProtectSystem")) {
        normalised = normaliseProtectSystem(value);
    } else if (key == QLatin1String("ProtectHome")) {
        normalised = normaliseProtectHome(value);
    }

    if (!normalised) {
        m_warnings << tr("%1: %2=%3 is not a valid value, ignored as systemd does").arg(source, key, value);
        return;
    }
    m_settings.insert(key, UnitValue{*normalised, source});
}

void UnitFile::assignCapabilities(const QString &value, const QString &source)
{
    QString list = value;
    const bool invert = list.startsWith(u'~');
    if (invert)
        list.remove(0, 1);

    quint64 sum = 0;
    for (const QString &word : list.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (const std::optional<int> bit = capabilities::fromName(word))
            sum |= quint64(1) << *bit;
        else
            m_warnings << tr("%1: unknown capability %2, ignored as systemd does").arg(source, word);
    }

    // systemd replaces the set when nothing was listed ("" or "~") or nothing narrowed it yet, and
    // otherwise adds to it (or, with '~', takes away from it).
    CapabilityBoundingSet &caps = m_capabilities;
    if (sum == 0 || caps.mask == ~quint64(0)) {
        caps.mask = invert ? ~sum : sum;
        caps.sources = {source};
    } else {
        caps.mask = invert ? (caps.mask & ~sum) : (caps.mask | sum);
        caps.sources << source;
    }
    caps.assigned = true;
}

UnitValue UnitFile::setting(const QString &key) const
{
    const auto it = m_settings.constFind(key);
    if (it != m_settings.constEnd())
        return *it;

    if (isBooleanSetting(key) || key == QLatin1String("ProtectSystem") || key == QLatin1String("ProtectHome"))
        return UnitValue{QStringLiteral("no"), {}};
    return UnitValue{};
}

} // namespace bd
