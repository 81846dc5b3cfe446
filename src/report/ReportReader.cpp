// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportReader.h"

#include "BoundedFile.h"
#include "JsonWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bd::report {

namespace {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::report", text);
}

// Collects the first problem; every getter returns a harmless default once one was found.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(bd::report::Validator)

public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &key, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = tr("This report cannot be opened: \"%1\" %2.").arg(key, problem);
    }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isObject())
            fail(path, missingOr(value, tr("is not an object")));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &key, const QString &path, bool optional = false)
    {
        const QJsonValue value = parent.value(key);
        if (optional && value.isUndefined())
            return {};
        if (!value.isArray())
            fail(path, missingOr(value, tr("is not a list")));
        return value.toArray();
    }

    QString string(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (!value.isString())
            fail(path, missingOr(value, tr("is not text")));
        return value.toString();
    }

    double number(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return 0; // elapsed times are informative; an older or hand-made report may lack them
        if (!value.isDouble())
            fail(path, tr("is not a number"));
        return value.toDouble();
    }

    QStringList strings(const QJsonObject &parent, const QString &key, const QString &path, bool optional = false)
    {
        QStringList out;
        const QJsonArray items = array(parent, key, path, optional);
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            if (!items.at(i).isString())
                fail(QStringLiteral("%1[%2]").arg(path).arg(i), tr("is not text"));
            out << items.at(i).toString();
        }
        return out;
    }

    Status status(const QJsonObject &parent, const QString &key, const QString &path)
    {
        Status status = Status::Pass;
        const QString text = string(parent, key, path);
        if (!failed() && !statusFromKey(text, &status))
            fail(path, tr("is \"%1\", not one of pass, warn, fail").arg(text.left(40)));
        return status;
    }

    QDateTime time(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QString text = string(parent, key, path);
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (!failed() && !time.isValid())
            fail(path, tr("is not a date and time (\"%1\")").arg(text.left(40)));
        return time.toUTC();
    }

private:
    static QString missingOr(const QJsonValue &value, const QString &problem)
    {
        return value.isUndefined() ? tr("is missing") : problem;
    }

    QString m_error;
};

ReportRead failure(const QString &message)
{
    return ReportRead{std::nullopt, message};
}

bool looksTruncated(const QJsonParseError &error, const QByteArray &json)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return true;
    default:
        return error.offset >= json.trimmed().size();
    }
}

QString parseErrorMessage(const QJsonParseError &error, const QByteArray &json)
{
    if (looksTruncated(error, json))
        return QCoreApplication::translate("bd::report::ReportReader",
                                           "This report is incomplete: it ends after %n bytes, in the middle of "
                                           "the JSON. The file was probably truncated while it was copied or "
                                           "downloaded.",
                                           nullptr, int(json.size()));
    return tr("This file is not valid JSON (%1 at byte %2), so it is not a Banger Doctor report.")
        .arg(error.errorString())
        .arg(error.offset);
}

// "banger-doctor/report/v1" → 1; 0 for anything that is not a Banger Doctor report schema.
int schemaVersion(const QString &schema)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^banger-doctor/report/v(\d{1,6})$)"));
    const QRegularExpressionMatch match = pattern.match(schema);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

std::optional<QString> schemaError(const QJsonObject &root)
{
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (!schema.isString())
        return tr("This JSON file is not a Banger Doctor report: it has no \"schema\" of banger-doctor/report/v1.");
    const int version = schemaVersion(schema.toString());
    if (version == 0)
        return tr("This JSON file is not a Banger Doctor report: its schema is \"%1\", not "
                  "banger-doctor/report/v1.")
            .arg(schema.toString().left(80));
    if (version > 1)
        return tr("This report was written by a newer Banger Doctor (report format v%1); this version reads v1 "
                  "reports only. Update Banger Doctor to open it.")
            .arg(version);
    return std::nullopt;
}

CheckResult readCheck(Validator &v, const QJsonObject &object, const QString &path)
{
    CheckResult check;
    check.id = v.string(object, QStringLiteral("id"), path + QStringLiteral(".id"));
    check.name = v.string(object, QStringLiteral("name"), path + QStringLiteral(".name"));
    check.status = v.status(object, QStringLiteral("status"), path + QStringLiteral(".status"));
    check.details = v.strings(object, QStringLiteral("details"), path + QStringLiteral(".details"));
    check.sources = v.strings(object, QStringLiteral("sources"), path + QStringLiteral(".sources"), true);
    check.elapsedMs = v.number(object, QStringLiteral("elapsed_ms"), path + QStringLiteral(".elapsed_ms"));
    return check;
}

DriftEvent readDrift(Validator &v, const QJsonObject &object, const QString &path)
{
    DriftEvent event;
    event.at = v.time(object, QStringLiteral("at"), path + QStringLiteral(".at"));
    event.checkId = v.string(object, QStringLiteral("check"), path + QStringLiteral(".check"));
    event.checkName = v.string(object, QStringLiteral("name"), path + QStringLiteral(".name"));
    event.from = v.status(object, QStringLiteral("from"), path + QStringLiteral(".from"));
    event.to = v.status(object, QStringLiteral("to"), path + QStringLiteral(".to"));
    event.change = v.string(object, QStringLiteral("change"), path + QStringLiteral(".change"));
    return event;
}

template<typename T, typename ReadOne>
QList<T> readList(Validator &v, const QJsonArray &items, const QString &key, ReadOne readOne)
{
    QList<T> out;
    for (qsizetype i = 0; i < items.size() && !v.failed(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!items.at(i).isObject()) {
            v.fail(path, tr("is not an object"));
            break;
        }
        out.append(readOne(v, items.at(i).toObject(), path));
    }
    return out;
}

void readHeader(Validator &v, const QJsonObject &root, LoadedReport *loaded)
{
    Report &report = loaded->report;
    report.generatedAt = v.time(root, QStringLiteral("generated_at"), QStringLiteral("generated_at"));
    loaded->redacted = root.value(QStringLiteral("redacted")).toBool(false);

    const QJsonObject app = v.object(root, QStringLiteral("app"), QStringLiteral("app"));
    report.app.version = v.string(app, QStringLiteral("version"), QStringLiteral("app.version"));
    report.app.commit = v.string(app, QStringLiteral("commit"), QStringLiteral("app.commit"));
    report.app.qt = v.string(app, QStringLiteral("qt"), QStringLiteral("app.qt"));

    const QJsonObject host = v.object(root, QStringLiteral("host"), QStringLiteral("host"));
    report.host.hostname = v.string(host, QStringLiteral("hostname"), QStringLiteral("host.hostname"));
    report.host.os = v.string(host, QStringLiteral("os"), QStringLiteral("host.os"));
    report.host.kernel = v.string(host, QStringLiteral("kernel"), QStringLiteral("host.kernel"));
    report.host.arch = v.string(host, QStringLiteral("arch"), QStringLiteral("host.arch"));

    const QJsonObject summary = v.object(root, QStringLiteral("summary"), QStringLiteral("summary"));
    report.elapsedMs = v.number(summary, QStringLiteral("elapsed_ms"), QStringLiteral("summary.elapsed_ms"));
}

} // namespace

ReportRead readReport(const QByteArray &json)
{
    if (json.size() > kMaxReportBytes)
        return failure(tr("This report is %1 MiB; reports larger than %2 MiB are refused.")
                           .arg(double(json.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(kMaxReportBytes / (1024 * 1024)));
    if (json.trimmed().isEmpty())
        return failure(tr("This file is empty, so it is not a Banger Doctor report."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(parseErrorMessage(parseError, json));
    if (!document.isObject())
        return failure(tr("This JSON file is not a Banger Doctor report: it is not a JSON object."));
    if (const auto error = schemaError(document.object()))
        return failure(*error);

    const QJsonObject root = document.object();
    Validator v;
    LoadedReport loaded;
    readHeader(v, root, &loaded);
    loaded.report.checks = readList<CheckResult>(v, v.array(root, QStringLiteral("checks"), QStringLiteral("checks")),
                                                 QStringLiteral("checks"), readCheck);
    loaded.history = readList<DriftEvent>(v, v.array(root, QStringLiteral("history"), QStringLiteral("history"), true),
                                          QStringLiteral("history"), readDrift);
    if (v.failed())
        return failure(v.error());
    return ReportRead{std::move(loaded), {}};
}

ReportRead readReportFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() > kMaxReportBytes)
        return failure(tr("%1 is %2 MiB; reports larger than %3 MiB are refused.")
                           .arg(path)
                           .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(kMaxReportBytes / (1024 * 1024)));

    const FileRead read = readBoundedFile(path, kMaxReportBytes);
    if (!read.ok())
        return failure(tr("Cannot open %1: %2").arg(path, read.error));
    return readReport(read.data);
}

} // namespace bd::report
