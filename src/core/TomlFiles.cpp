// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The only translation unit that includes toml11: it is slow to compile, and every toml11 exception
// stops here and becomes a LoadError with a line and a column.
#include "TomlFiles.h"

#include "BoundedFile.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <sstream>
#include <toml.hpp>

namespace bd {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd", text);
}

struct TomlFailure
{
    int line = 0;
    int column = 0;
    QString message;
};

// toml11 3.7 reports an unreliable column; the caret in its excerpt is exact, so read that instead.
TomlFailure failureFromWhat(const std::string &what)
{
    TomlFailure failure;
    const QStringList lines = QString::fromStdString(what).split(QLatin1Char('\n'));
    static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d+) \\| "));
    static const QRegularExpression caret(QStringLiteral("^\\s*\\| ( *)[\\^~]+-*\\s*(.*)$"));
    QString annotation;
    for (int i = 1; i < lines.size(); ++i) {
        const auto caretMatch = caret.match(lines.at(i));
        const auto lineMatch = numbered.match(lines.at(i - 1));
        if (!caretMatch.hasMatch() || !lineMatch.hasMatch())
            continue;
        failure.line = lineMatch.captured(1).toInt();
        failure.column = int(caretMatch.captured(1).size()) + 1;
        annotation = caretMatch.captured(2).trimmed();
    }
    QString head = lines.value(0);
    head.remove(QRegularExpression(QStringLiteral("^\\[error\\]\\s*(toml::[a-z_:]+:\\s*)?")));
    failure.message = annotation.isEmpty() ? head : head + QStringLiteral(" (") + annotation + QLatin1Char(')');
    return failure;
}

LoadError errorAt(const QString &file, const TomlFailure &failure)
{
    return LoadError{file, failure.line, failure.column, failure.message};
}

template<typename T> bool readFile(const QString &path, TomlLoad<T> *load, toml::value *root)
{
    const FileRead read = readBoundedFile(path, 256 * 1024);
    load->exists = read.outcome != FileRead::Outcome::Missing;
    if (!read.ok()) {
        if (load->exists)
            load->error = LoadError{path, 0, 0, read.error};
        return false;
    }
    try {
        std::istringstream stream(read.data.toStdString());
        *root = toml::parse(stream, path.toStdString());
        return true;
    } catch (const std::exception &e) {
        load->error = errorAt(path, failureFromWhat(e.what()));
        qCDebug(lcConfig) << "parse failed" << path << e.what();
        return false;
    }
}

// Typed field access that turns toml11's exceptions into a LoadError naming the offending line.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(bd::Fields)

public:
    Fields(const toml::value &table, QString file)
        : m_table(table)
        , m_file(std::move(file))
    {}

    std::optional<LoadError> error;

    bool has(const char *key) const { return m_table.is_table() && m_table.contains(key); }

    QString string(const char *key, const QString &fallback = {})
    {
        if (!has(key) || error)
            return fallback;
        const toml::value &v = m_table.at(key);
        if (!v.is_string())
            return wrongType(key, v, tr("a string")), fallback;
        return QString::fromStdString(v.as_string().str);
    }

    std::optional<qint64> integer(const char *key, qint64 minimum)
    {
        if (!has(key) || error)
            return std::nullopt;
        const toml::value &v = m_table.at(key);
        if (!v.is_integer())
            return wrongType(key, v, tr("an integer")), std::nullopt;
        if (v.as_integer() < minimum)
            return outOfRange(key, v, minimum), std::nullopt;
        return qint64(v.as_integer());
    }

    const toml::value &raw(const char *key) const { return m_table.at(key); }

    void wrongType(const char *key, const toml::value &v, const QString &expected)
    {
        fail(v, tr("%1 must be %2").arg(QString::fromLatin1(key), expected));
    }

    void outOfRange(const char *key, const toml::value &v, qint64 minimum)
    {
        fail(v, tr("%1 must be at least %2").arg(QString::fromLatin1(key)).arg(minimum));
    }

    void fail(const toml::value &v, const QString &message)
    {
        const auto where = v.location();
        const int column = int(where.column()); // exact for values, unlike for syntax errors
        error = LoadError{m_file, int(where.line()), column, message};
    }

private:
    const toml::value &m_table;
    QString m_file;
};

QDateTime toDateTime(const toml::value &v)
{
    if (v.is_offset_datetime()) {
        const auto &dt = v.as_offset_datetime();
        const QDate date(dt.date.year, dt.date.month + 1, dt.date.day);
        const QTime time(dt.time.hour, dt.time.minute, dt.time.second);
        const int offset = (dt.offset.hour * 60 + dt.offset.minute) * 60;
        return QDateTime(date, time, QTimeZone(offset));
    }
    if (v.is_local_datetime()) {
        const auto &dt = v.as_local_datetime();
        return QDateTime(QDate(dt.date.year, dt.date.month + 1, dt.date.day),
                         QTime(dt.time.hour, dt.time.minute, dt.time.second));
    }
    return {};
}

void readInstallFields(Fields &fields, InstallMeta *meta)
{
    meta->version = fields.string("version");
    meta->commit = fields.string("commit");
    meta->ownerUser = fields.string("owner_user");
    meta->ownerUid = fields.integer("owner_uid", 0).value_or(-1);
    if (fields.has("installed_at") && !fields.error) {
        meta->installedAt = toDateTime(fields.raw("installed_at"));
        if (!meta->installedAt.isValid())
            fields.wrongType("installed_at", fields.raw("installed_at"), tr("a TOML date-time"));
    }
}

void readVmDefaults(const toml::value &table, const QString &file, VmDefaultsConfig *vm, std::optional<LoadError> *err)
{
    Fields fields(table, file);
    if (auto v = fields.integer("vcpu_count", 1))
        vm->vcpuCount = int(qMin<qint64>(*v, 1024));
    if (auto v = fields.integer("memory_mib", 1))
        vm->memoryMib = int(qMin<qint64>(*v, 1 << 24));
    if (fields.has("disk_size") && !fields.error) {
        const toml::value &disk = fields.raw("disk_size");
        if (disk.is_integer() && disk.as_integer() > 0)
            vm->diskSizeBytes = disk.as_integer();
        else if (disk.is_string())
            vm->diskSizeBytes = parseSizeString(QString::fromStdString(disk.as_string().str));
        if (!vm->diskSizeBytes)
            fields.fail(disk, tr("disk_size must be a positive number of bytes or a size such as \"8G\""));
    }
    *err = fields.error;
}

} // namespace

QString LoadError::toString() const
{
    if (line <= 0)
        return file + QStringLiteral(": ") + message;
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(qMax(column, 1)).arg(message);
}

InstallLoad loadInstallMeta(const QString &path)
{
    InstallLoad load;
    toml::value root;
    if (!readFile(path, &load, &root))
        return load;

    Fields fields(root, path);
    InstallMeta meta;
    readInstallFields(fields, &meta);
    if (!fields.error && meta.ownerUid < 0)
        fields.error = LoadError{path, 0, 0, tr("owner_uid is missing")};
    if (!fields.error && meta.ownerUser.isEmpty())
        fields.error = LoadError{path, 0, 0, tr("owner_user is missing")};

    load.error = fields.error;
    if (!load.error)
        load.value = meta;
    return load;
}

ConfigLoad loadUserConfig(const QString &path)
{
    ConfigLoad load;
    toml::value root;
    if (!readFile(path, &load, &root))
        return load;

    Fields fields(root, path);
    UserConfig config;
    config.firecrackerBin = fields.string("firecracker_bin", config.firecrackerBin);
    config.sshKeyPath = fields.string("ssh_key_path");
    config.defaultImageName = fields.string("default_image_name");
    if (fields.has("vm_defaults") && !fields.error) {
        const toml::value &vm = fields.raw("vm_defaults");
        if (vm.is_table())
            readVmDefaults(vm, path, &config.vmDefaults, &fields.error);
        else
            fields.wrongType("vm_defaults", vm, tr("a table"));
    }

    load.error = fields.error;
    if (!load.error)
        load.value = config;
    return load;
}

std::optional<qint64> parseSizeString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*([KMGT]?)(i?B)?\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 number = match.captured(1).toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    const QString unit = match.captured(2).toUpper();
    const int power = unit.isEmpty() ? 0 : int(QStringLiteral("KMGT").indexOf(unit)) + 1;
    qint64 bytes = number;
    for (int i = 0; i < power; ++i) {
        if (bytes > (std::numeric_limits<qint64>::max() >> 10))
            return std::nullopt;
        bytes <<= 10;
    }
    return bytes;
}

} // namespace bd
