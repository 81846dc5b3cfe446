// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "HtmlWriter.h"
#include "JsonWriter.h"
#include "MarkdownWriter.h"
#include "PrometheusWriter.h"
#include "TextWriter.h"

namespace bd::report {

namespace {

struct FormatInfo
{
    Format format;
    const char *name;
    const char *suffix;
};

constexpr FormatInfo kFormats[] = {
    {Format::Text, "text", "txt"},  {Format::Markdown, "markdown", "md"},       {Format::Json, "json", "json"},
    {Format::Html, "html", "html"}, {Format::Prometheus, "prometheus", "prom"},
};

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    for (const FormatInfo &info : kFormats) {
        if (name == QLatin1String(info.name))
            return info.format;
    }
    return std::nullopt;
}

QString formatName(Format format)
{
    for (const FormatInfo &info : kFormats) {
        if (info.format == format)
            return QString::fromLatin1(info.name);
    }
    return {};
}

QStringList formatNames()
{
    QStringList names;
    for (const FormatInfo &info : kFormats)
        names << QString::fromLatin1(info.name);
    return names;
}

QString fileSuffix(Format format)
{
    for (const FormatInfo &info : kFormats) {
        if (info.format == format)
            return QString::fromLatin1(info.suffix);
    }
    return QStringLiteral("txt");
}

QByteArray write(const Report &report, Format format, const WriteOptions &options)
{
    switch (format) {
    case Format::Text:
        return toText(report, options.color, options.history).toUtf8();
    case Format::Markdown:
        return toMarkdown(report, options.history, options.redacted).toUtf8();
    case Format::Json:
        return toJson(report, options.history, options.redacted);
    case Format::Html:
        return toHtml(report, options.history, options.redacted).toUtf8();
    case Format::Prometheus:
        return toPrometheus(report).toUtf8();
    }
    return {};
}

} // namespace bd::report
