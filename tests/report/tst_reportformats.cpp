// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"
#include "ReportReader.h"
#include "ReportWriter.h"
#include "SampleReport.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using bd::report::Format;

Q_DECLARE_METATYPE(bd::report::Format)

// Every format written from the same fixed report, compared with committed golden files and checked by
// the tool its readers use: a JSON Schema validator, a Markdown renderer, promtool and Chromium.
class TestReportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGoldenFile_data();
    void matchesGoldenFile();
    void jsonFollowsTheCommittedSchema();
    void schemaRejectsAReportWithAnUnknownStatus();
    void jsonKeysComeInReadingOrder();
    void jsonReadsBackAsTheSameReport();
    void markdownRendersItsTablesAndDetailsBlocks();
    void prometheusPassesPromtool();
    void prometheusGivesOneGaugePerCheck();
    void htmlIsSelfContained();
    void htmlRendersInChromium();

private:
    static QByteArray written(Format format, bool redacted = false);
    static QString sourcePath(const QString &relative);
    static QString python();
};

QByteArray TestReportFormats::written(Format format, bool redacted)
{
    bd::report::WriteOptions options;
    options.history = sampleHistory();
    options.redacted = redacted;
    return bd::report::write(sampleReport(), format, options);
}

QString TestReportFormats::sourcePath(const QString &relative)
{
    return qEnvironmentVariable("BD_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QString TestReportFormats::python()
{
    const QString configured = qEnvironmentVariable("BD_PYTHON");
    return configured.isEmpty() ? QStringLiteral("/usr/bin/python3") : configured;
}

void TestReportFormats::matchesGoldenFile_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("plain text is what the terminal shows, without colour") << Format::Text;
    QTest::newRow("Markdown has the summary, problems, details blocks, environment and drift") << Format::Markdown;
    QTest::newRow("JSON is the v1 document with the drift history") << Format::Json;
    QTest::newRow("HTML is one self-contained page") << Format::Html;
    QTest::newRow("Prometheus has one gauge per check") << Format::Prometheus;
}

void TestReportFormats::matchesGoldenFile()
{
    QFETCH(Format, format);

    const QByteArray actual = written(format);
    const QString golden = sourcePath(QStringLiteral("tests/report/golden/sample.") + bd::report::fileSuffix(format));
    if (qEnvironmentVariableIsSet("BD_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(actual) == actual.size());
        qWarning("updated %s", qPrintable(golden));
    }

    QFile file(golden);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(golden + QStringLiteral(" is missing; run with BD_UPDATE_GOLDEN=1")));
    // Line by line, so a failure names the first line that differs instead of a truncated blob.
    const QStringList expected = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList lines = QString::fromUtf8(actual).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMin(lines.size(), expected.size()); ++i)
        QVERIFY2(
            lines.at(i) == expected.at(i),
            qPrintable(QStringLiteral("line %1:\n  got:  %2\n  want: %3").arg(i + 1).arg(lines.at(i), expected.at(i))));
    QCOMPARE(lines.size(), expected.size());
}

void TestReportFormats::jsonFollowsTheCommittedSchema()
{
    QTemporaryDir dir;
    QFile json(dir.filePath(QStringLiteral("report.json")));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(written(Format::Json, true));
    json.close();

    const QString script =
        QStringLiteral("import json, sys, jsonschema\n"
                       "schema = json.load(open(sys.argv[1]))\n"
                       "jsonschema.Draft202012Validator.check_schema(schema)\n"
                       "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n"
                       "print('valid')\n");
    const ToolRun run =
        runTool(python(), {QStringLiteral("-c"), script,
                           sourcePath(QStringLiteral("resources/schema/report-v1.schema.json")), json.fileName()});
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QCOMPARE(run.output.trimmed(), QByteArray("valid"));
}

void TestReportFormats::schemaRejectsAReportWithAnUnknownStatus()
{
    // The validator must really be looking: the same report with one status changed is refused.
    QByteArray json = written(Format::Json);
    json.replace("\"status\": \"warn\"", "\"status\": \"ok\"");
    const QString script = QStringLiteral("import json, sys, jsonschema\n"
                                          "schema = json.load(open(sys.argv[1]))\n"
                                          "jsonschema.validate(json.load(sys.stdin), schema)\n");
    const ToolRun run = runTool(
        python(), {QStringLiteral("-c"), script, sourcePath(QStringLiteral("resources/schema/report-v1.schema.json"))},
        json);
    QVERIFY2(run.exitCode == 1, run.output.constData());
    QVERIFY2(run.output.contains("'ok' is not one of"), run.output.constData());
}

void TestReportFormats::jsonKeysComeInReadingOrder()
{
    const QByteArray json = written(Format::Json);
    const QList<QByteArray> keys{"\"schema\"",  "\"generated_at\"", "\"app\"",    "\"host\"",
                                 "\"summary\"", "\"checks\"",       "\"history\""};
    qsizetype previous = -1;
    for (const QByteArray &key : keys) {
        const qsizetype at = json.indexOf(key);
        QVERIFY2(at > previous, key.constData());
        previous = at;
    }
}

void TestReportFormats::jsonReadsBackAsTheSameReport()
{
    const bd::report::ReportRead read = bd::report::readReport(written(Format::Json, true));
    QVERIFY2(read.ok(), qPrintable(read.error));

    const bd::Report expected = sampleReport();
    QCOMPARE(read.value->report.generatedAt, expected.generatedAt);
    QCOMPARE(read.value->report.host.hostname, expected.host.hostname);
    QCOMPARE(read.value->report.checks.size(), expected.checks.size());
    for (qsizetype i = 0; i < expected.checks.size(); ++i) {
        QCOMPARE(read.value->report.checks.at(i).id, expected.checks.at(i).id);
        QCOMPARE(read.value->report.checks.at(i).status, expected.checks.at(i).status);
        QCOMPARE(read.value->report.checks.at(i).details, expected.checks.at(i).details);
        QCOMPARE(read.value->report.checks.at(i).sources, expected.checks.at(i).sources);
    }
    QCOMPARE(read.value->history.size(), 2);
    QCOMPARE(read.value->history.at(0).change, sampleHistory().at(0).change);
    QCOMPARE(read.value->history.at(1).to, bd::Status::Pass);
    QVERIFY(read.value->redacted);
}

void TestReportFormats::markdownRendersItsTablesAndDetailsBlocks()
{
    const QString script = QStringLiteral("import sys, markdown\n"
                                          "text = sys.stdin.read()\n"
                                          "sys.stdout.write(markdown.markdown(text, extensions=['tables', "
                                          "'md_in_html']))\n");
    const ToolRun run = runTool(python(), {QStringLiteral("-c"), script}, written(Format::Markdown));
    QVERIFY2(run.exitCode == 0, run.output.constData());
    const QString html = QString::fromUtf8(run.output);

    // Problems, environment and drift are tables; each of the five checks is one details block whose
    // body was rendered as Markdown (a list), not left as raw text.
    QCOMPARE(html.count(QStringLiteral("<table>")), 3);
    QCOMPARE(html.count(QStringLiteral("<details>")), 5);
    QCOMPARE(html.count(QStringLiteral("<summary>")), 5);
    QVERIFY2(html.contains(QStringLiteral("<td>❌ fail</td>\n<td>helper socket</td>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<li><strong>Hint:</strong> sudo chmod 0600")));
    // Escaped text comes out literally: angle brackets stay text, pipes do not split cells.
    QVERIFY(html.contains(QStringLiteral("&lt;tags&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<tags>")));
    QVERIFY(html.contains(QStringLiteral("pipes | stars * under_scores")));
    QVERIFY(html.contains(QStringLiteral("helper socket: mode 0600 → 0666")));
}

void TestReportFormats::prometheusPassesPromtool()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed (Debian package prometheus; scripts/deps.sh --test installs it)");

    const ToolRun run =
        runTool(promtool, {QStringLiteral("check"), QStringLiteral("metrics")}, written(Format::Prometheus));
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QVERIFY2(run.output.trimmed().isEmpty(), run.output.constData()); // no lint findings either

    // promtool must really be checking: a duplicate TYPE line makes it fail.
    const ToolRun broken = runTool(promtool, {QStringLiteral("check"), QStringLiteral("metrics")},
                                   written(Format::Prometheus) + "# TYPE banger_doctor_status gauge\n");
    QVERIFY2(broken.exitCode != 0, broken.output.constData());
}

void TestReportFormats::prometheusGivesOneGaugePerCheck()
{
    const QString text = QString::fromUtf8(written(Format::Prometheus));
    for (const bd::CheckResult &check : sampleReport().checks) {
        const QString line =
            QStringLiteral("banger_doctor_check_status{check=\"%1\"} %2\n").arg(check.id).arg(int(check.status));
        QVERIFY2(text.contains(line), qPrintable(line));
    }
    QVERIFY(text.contains(QStringLiteral("banger_doctor_status 2\n")));
    QVERIFY(text.contains(QStringLiteral("banger_doctor_last_run_timestamp_seconds 1796310000\n")));
}

void TestReportFormats::htmlIsSelfContained()
{
    // A real HTML parser walks every tag and attribute: no scripts, no event handlers, nothing that
    // would make the browser fetch anything.
    const QString script = QStringLiteral(
        "import sys, re\n"
        "from html.parser import HTMLParser\n"
        "bad = []\n"
        "class P(HTMLParser):\n"
        "    def handle_starttag(self, tag, attrs):\n"
        "        if tag in ('script', 'link', 'img', 'iframe', 'object', 'embed', 'base'): bad.append(tag)\n"
        "        for k, v in attrs:\n"
        "            if k.startswith('on') or k in ('src', 'href', 'srcset'): bad.append(k + '=' + str(v))\n"
        "    def handle_data(self, data):\n"
        "        if self.lasttag == 'style' and re.search(r'url\\(|@import', data): bad.append('css fetch')\n"
        "p = P()\n"
        "p.feed(sys.stdin.read())\n"
        "print('\\n'.join(bad) if bad else 'clean')\n");
    const ToolRun run = runTool(python(), {QStringLiteral("-c"), script}, written(Format::Html));
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QCOMPARE(run.output.trimmed(), QByteArray("clean"));
    QVERIFY(written(Format::Html).contains("&lt;tags&gt; &quot;quotes&quot;"));
}

void TestReportFormats::htmlRendersInChromium()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        QSKIP("chromium is not installed (Debian package chromium; scripts/deps.sh --test installs it)");

    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("report.html"));
    QFile file(page);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(written(Format::Html));
    file.close();

    const QString png = dir.filePath(QStringLiteral("report.png"));
    const ToolRun run =
        runTool(chromium,
                {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                 QStringLiteral("--disable-background-networking"), QStringLiteral("--no-first-run"),
                 QStringLiteral("--hide-scrollbars"), QStringLiteral("--user-data-dir=") + dir.filePath("profile"),
                 QStringLiteral("--window-size=1100,1500"), QStringLiteral("--screenshot=") + png,
                 QUrl::fromLocalFile(page).toString()},
                {}, 90000);
    QVERIFY2(run.exitCode == 0, run.output.constData());

    // A page that failed to render is a near-empty PNG of a few kilobytes; this one has text and colour.
    QFileInfo shot(png);
    QVERIFY2(shot.exists(), run.output.constData());
    QVERIFY2(shot.size() > 30000, qPrintable(QString::number(shot.size())));
    const QString keep = qEnvironmentVariable("BD_SCREENSHOT_DIR");
    if (!keep.isEmpty())
        QFile::copy(png, keep + QStringLiteral("/report-html.png"));
}

QTEST_GUILESS_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
