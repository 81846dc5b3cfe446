// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation end to end: the real binary under a German locale speaks German in the
// reports meant for people and in --help, keeps JSON and Prometheus in English for tools, and the
// shipped catalogue is complete, with every placeholder and quoted command of the English text intact.
#include "FixtureRoot.h"
#include "HealthyInstall.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment localeEnvironment(const FixtureRoot &fixture, const QString &lang, const QString &language)
{
    QProcessEnvironment env = fixture.environment();
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.insert(QStringLiteral("LANGUAGE"), language);
    // No bus on purpose: the service rows fail with a hint, which the text report must word in German too.
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/system_bus"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/session_bus"));
    return env;
}

Output runBinary(const QProcessEnvironment &env, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("BD_BINARY"), arguments);

    Output output;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return output;
    }
    output.exitCode = process.exitCode();
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

Output runReport(const FixtureRoot &fixture, const QString &format, const QString &lang = "de_DE.UTF-8",
                 const QString &language = "de")
{
    const QStringList arguments =
        QStringList{QStringLiteral("--report"), QStringLiteral("--format"), format} + fixture.rootArguments();
    return runBinary(localeEnvironment(fixture, lang, language), arguments);
}

QString catalogue()
{
    return qEnvironmentVariable("BD_SOURCE_DIR") + QStringLiteral("/translations/banger-doctor_de.ts");
}

QString linguistTool(const QString &name)
{
    for (const auto location : {QLibraryInfo::LibraryExecutablesPath, QLibraryInfo::BinariesPath}) {
        const QString candidate = QLibraryInfo::path(location) + QLatin1Char('/') + name;
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(name);
}

// Every source file lupdate reads for the catalogue (the list of src/app/CMakeLists.txt).
QStringList translatableSources()
{
    const QString root = qEnvironmentVariable("BD_SOURCE_DIR");
    QStringList files;
    for (const QString &folder : {QStringLiteral("/src"), QStringLiteral("/ui")}) {
        QDirIterator it(root + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

// What must survive translation unchanged: %1, %n, backtick-quoted commands, markup tags, line breaks. A
// translation may write %L1 for %1 to show that number in the reader's locale.
QStringList fixedParts(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%L?(?:\d+|n)|`[^`]*`|<[^>]+>|\n)"));
    QStringList parts;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        parts << match.captured().replace(QStringLiteral("%L"), QStringLiteral("%"));
    parts.sort();
    return parts;
}

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }

    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages << Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            messages.last().unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
        } else if (xml.name() == QLatin1String("numerusform")) {
            messages.last().translations << xml.readElementText();
        }
        // A plain translation is the text right inside <translation>; numerus forms are read above.
        if (xml.name() == QLatin1String("translation") && xml.readNext() == QXmlStreamReader::Characters &&
            !xml.text().trimmed().isEmpty())
            messages.last().translations << xml.text().toString();
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textReportsSpeakGerman_data();
    void textReportsSpeakGerman();
    void jsonReportStaysEnglish();
    void prometheusReportStaysEnglish();
    void anEnglishLocaleKeepsEnglish();
    void helpSpeaksGerman();
    void lreleaseFindsNothingUnfinished();
    void theCatalogueCoversEveryStringOfTheSources();
    void everyMessageKeepsItsPlaceholdersAndCommands();

private:
    FixtureRoot m_fixture;
};

void TestTranslation::initTestCase()
{
    QVERIFY(QFileInfo(qEnvironmentVariable("BD_BINARY")).isExecutable());
    QVERIFY(m_fixture.isValid());
    installHealthySystem(m_fixture);
}

void TestTranslation::textReportsSpeakGerman_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("german");
    QTest::addColumn<QStringList>("english");

    QTest::newRow("the text report names checks, status and hints in German")
        << "text" << QStringList{"Host-Architektur",        "Zustandsspeicher", "firecracker-Programmdatei",
                                 "Härtung der Helfer-Unit", " bestanden, ",     "Hinweis: "}
        << QStringList{"host architecture", "state store", " passed, ", "hint: "};
    QTest::newRow("the Markdown report has German headings and badges")
        << "markdown" << QStringList{"## Bericht von Banger Doctor", "### Probleme", "✅ bestanden", "**Hinweis:**"}
        << QStringList{"Banger Doctor report", "### Problems", "✅ pass"};
    QTest::newRow("the HTML report is German and says so in its lang attribute")
        << "html" << QStringList{"<html lang=\"de\">", "Bericht von Banger Doctor", "Host-Architektur"}
        << QStringList{"<html lang=\"en\">", "host architecture"};
}

void TestTranslation::textReportsSpeakGerman()
{
    QFETCH(QString, format);
    QFETCH(QStringList, german);
    QFETCH(QStringList, english);

    const Output run = runReport(m_fixture, format);

    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
    for (const QString &text : german)
        QVERIFY2(run.out.contains(text), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(text, run.out)));
    for (const QString &text : english)
        QVERIFY2(!run.out.contains(text), qPrintable(QStringLiteral("English \"%1\" left in:\n%2").arg(text, run.out)));
}

void TestTranslation::jsonReportStaysEnglish()
{
    const Output run = runReport(m_fixture, QStringLiteral("json"));

    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QLatin1String("schema")).toString(), QStringLiteral("banger-doctor/report/v1"));
    const QJsonObject summary = report.value(QLatin1String("summary")).toObject();
    for (const char *key : {"pass", "warn", "fail", "status", "elapsed_ms"})
        QVERIFY2(summary.contains(QLatin1String(key)), key);
    QMap<QString, QString> names;
    for (const QJsonValue &value : report.value(QLatin1String("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        names.insert(check.value(QLatin1String("id")).toString(), check.value(QLatin1String("name")).toString());
        QVERIFY(QStringList({"pass", "warn", "fail"}).contains(check.value(QLatin1String("status")).toString()));
    }
    QCOMPARE(names.value(QStringLiteral("host-architecture")), QStringLiteral("host architecture"));
    QCOMPARE(names.value(QStringLiteral("firecracker-ownership")), QStringLiteral("firecracker binary ownership"));
    QVERIFY2(!run.out.contains(QStringLiteral("Host-Architektur")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("Prüfen Sie")), qPrintable(run.out));
}

void TestTranslation::prometheusReportStaysEnglish()
{
    const Output run = runReport(m_fixture, QStringLiteral("prometheus"));

    QVERIFY2(run.out.contains(QStringLiteral("banger_doctor_check_status{check=\"host-architecture\"}")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Status of one doctor check")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("Host-Architektur")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("bestanden")), qPrintable(run.out));
}

void TestTranslation::anEnglishLocaleKeepsEnglish()
{
    const Output run = runReport(m_fixture, QStringLiteral("text"), QStringLiteral("C.UTF-8"), QString());

    QVERIFY2(run.out.contains(QStringLiteral("host architecture")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("Host-Architektur")), qPrintable(run.out));
}

void TestTranslation::helpSpeaksGerman()
{
    const QProcessEnvironment env = localeEnvironment(m_fixture, QStringLiteral("de_DE.UTF-8"), QStringLiteral("de"));

    const Output help = runBinary(env, {QStringLiteral("--help")});
    const Output wrong =
        runBinary(env, {QStringLiteral("--report"), QStringLiteral("--format"), QStringLiteral("xml")});

    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Den Bericht ausgeben und beenden.")), qPrintable(help.out));
    QVERIFY2(help.out.contains(QStringLiteral("Exit-Codes von --report")), qPrintable(help.out));
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("unbekanntes Format 'xml'")), qPrintable(wrong.err));
}

void TestTranslation::lreleaseFindsNothingUnfinished()
{
    const QString lrelease = linguistTool(QStringLiteral("lrelease"));
    if (lrelease.isEmpty())
        QSKIP("lrelease is not installed (package qt6-l10n-tools)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lrelease, {catalogue(), QStringLiteral("-qm"), dir.filePath(QStringLiteral("de.qm"))});
    QVERIFY(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAll());

    QCOMPARE(process.exitCode(), 0);
    static const QRegularExpression generated(
        QStringLiteral(R"(Generated (\d+) translation\(s\) \((\d+) finished and 0 unfinished\))"));
    const QRegularExpressionMatch match = generated.match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    QCOMPARE(match.captured(1), match.captured(2));
    QVERIFY2(!output.contains(QStringLiteral("Ignored")), qPrintable(output));
}

void TestTranslation::theCatalogueCoversEveryStringOfTheSources()
{
    const QString lupdate = linguistTool(QStringLiteral("lupdate"));
    if (lupdate.isEmpty())
        QSKIP("lupdate is not installed (package qt6-l10n-tools)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString refreshed = dir.filePath(QStringLiteral("banger-doctor_de.ts"));
    QVERIFY(QFile::copy(catalogue(), refreshed));

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate,
                  translatableSources() + QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                      QStringLiteral("none"), QStringLiteral("-ts"), refreshed});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);

    QString error;
    QStringList missing;
    for (const Message &message : readCatalogue(refreshed, &error)) {
        if (message.unfinished || message.translations.isEmpty())
            missing << message.context + QStringLiteral(": ") + message.source;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run `cmake --build build --target update_translations` and "
                                                          "translate in translations/banger-doctor_de.ts:\n") +
                                           missing.join(QLatin1Char('\n'))));
}

void TestTranslation::everyMessageKeepsItsPlaceholdersAndCommands()
{
    QString error;
    const QList<Message> messages = readCatalogue(catalogue(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 400);

    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        QVERIFY2(!message.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
        QVERIFY2(!message.translations.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + where));
        for (const QString &translation : message.translations) {
            QStringList expected = fixedParts(message.source);
            // A singular form may spell out the one instead of writing %n.
            if (message.translations.size() > 1 && !translation.contains(QStringLiteral("%n")))
                expected.removeAll(QStringLiteral("%n"));
            QVERIFY2(fixedParts(translation) == expected, qPrintable(where + QStringLiteral(" → ") + translation));
            QVERIFY2(translation.count(QLatin1Char('&')) == message.source.count(QLatin1Char('&')),
                     qPrintable(QStringLiteral("accelerator: ") + where));
        }
    }
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
