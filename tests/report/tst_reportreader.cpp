// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"
#include "ReportReader.h"
#include "SampleReport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using bd::report::readReport;
using bd::report::readReportFile;

// Opening someone else's report must never crash or hang: every bad input gets its own message.
class TestReportReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesBadDocuments_data();
    void refusesBadDocuments();
    void acceptsKeysAddedByALaterV1();
    void acceptsAReportWithoutHistory();
    void refusesHugeInputBeforeParsing();
    void refusesBadFiles_data();
    void refusesBadFiles();

private:
    static QByteArray sampleJson() { return bd::report::toJson(sampleReport(), sampleHistory()); }
};

void TestReportReader::refusesBadDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QByteArray good = sampleJson();
    QByteArray badStatus = good;
    badStatus.replace("\"status\": \"warn\"", "\"status\": \"ok\"");
    QByteArray badDetails = good;
    badDetails.replace("\"details\": [\n                \"x86_64\"\n            ]", "\"details\": \"x86_64\"");
    QByteArray noHost = good;
    noHost.replace("\"host\":", "\"hast\":");
    QByteArray badTime = good;
    badTime.replace("2026-12-03T14:58:10Z", "yesterday");

    QTest::newRow("an empty file") << QByteArray("  \n") << QStringLiteral("empty");
    QTest::newRow("bytes that are not JSON")
        << QByteArray("\x89PNG\r\n\x1a\n garbage") << QStringLiteral("not valid JSON");
    QTest::newRow("a report cut off halfway is called truncated")
        << good.left(good.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("a JSON array is not a report") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("another tool's JSON has no schema") << QByteArray("{\"foo\": 1}") << QStringLiteral("no \"schema\"");
    QTest::newRow("an unknown schema is named")
        << QByteArray("{\"schema\": \"acme/report/v1\"}") << QStringLiteral("its schema is \"acme/report/v1\"");
    QTest::newRow("a report from a newer version asks for an update")
        << QByteArray(good).replace("report/v1", "report/v2")
        << QStringLiteral("newer Banger Doctor (report format v2)");
    QTest::newRow("a check with an unknown status names the key")
        << badStatus << QStringLiteral("\"checks[2].status\" is \"ok\"");
    QTest::newRow("details that are not a list name the key")
        << badDetails << QStringLiteral("\"checks[0].details\" is not a list");
    QTest::newRow("a missing host object is named") << noHost << QStringLiteral("\"host\" is missing");
    QTest::newRow("a drift event with a bad time names the key")
        << badTime << QStringLiteral("\"history[0].at\" is not a date");
    QTest::newRow("deeply nested JSON is refused, not recursed into")
        << QByteArray(100000, '[') << QStringLiteral("Banger Doctor report");
    QTest::newRow("a check that is a number, not an object")
        << QByteArray(good).replace("\"checks\": [", "\"checks\": [ 7,")
        << QStringLiteral("\"checks[0]\" is not an object");
}

void TestReportReader::refusesBadDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const bd::report::ReportRead read = readReport(json);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
}

void TestReportReader::acceptsKeysAddedByALaterV1()
{
    QByteArray json = sampleJson();
    json.replace("\"schema\": \"banger-doctor/report/v1\",",
                 "\"schema\": \"banger-doctor/report/v1\", \"fleet\": {\"site\": \"x\"},");
    const bd::report::ReportRead read = readReport(json);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value->report.checks.size(), sampleReport().checks.size());
}

void TestReportReader::acceptsAReportWithoutHistory()
{
    // Reports written before the drift history existed, like the one in DESIGN.md, still open.
    const QByteArray json =
        R"json({"schema": "banger-doctor/report/v1", "generated_at": "2026-12-03T15:00:00Z",
        "app": {"version": "0.1.0", "commit": "1a2b3c4d", "qt": "6.4.2"},
        "host": {"hostname": "h", "os": "Debian GNU/Linux 12 (bookworm)", "kernel": "6.1.0-26-amd64",
                 "arch": "x86_64"},
        "summary": {"pass": 1, "warn": 0, "fail": 0, "status": "pass", "elapsed_ms": 41.7},
        "checks": [{"id": "host-architecture", "name": "host architecture", "status": "pass",
                    "details": ["amd64"], "elapsed_ms": 0.02}]})json";
    const bd::report::ReportRead read = readReport(json);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value->report.host.hostname, QStringLiteral("h"));
    QVERIFY(read.value->history.isEmpty());
    QCOMPARE(read.value->report.elapsedMs, 41.7);
}

void TestReportReader::refusesHugeInputBeforeParsing()
{
    QByteArray huge = sampleJson();
    huge.append(QByteArray(bd::report::kMaxReportBytes, ' '));
    const bd::report::ReportRead read = readReport(huge);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(QStringLiteral("larger than 16 MiB")), qPrintable(read.error));
}

void TestReportReader::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a missing file") << QStringLiteral("missing") << QStringLiteral("Cannot open");
    QTest::newRow("a directory") << QStringLiteral("directory") << QStringLiteral("Cannot open");
    QTest::newRow("a FIFO is refused without blocking") << QStringLiteral("fifo") << QStringLiteral("Cannot open");
    QTest::newRow("a 1 GiB sparse file is refused from its size alone")
        << QStringLiteral("huge") << QStringLiteral("larger than 16 MiB");
}

void TestReportReader::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    if (kind == QLatin1String("directory"))
        QVERIFY(QDir().mkdir(path));
    if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    if (kind == QLatin1String("huge")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(1) << 30));
    }

    QElapsedTimer timer;
    timer.start();
    const bd::report::ReportRead read = readReportFile(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(message), qPrintable(read.error));
    QVERIFY2(timer.elapsed() < 2000, "refusing a bad file must not read it");
}

QTEST_GUILESS_MAIN(TestReportReader)
#include "tst_reportreader.moc"
