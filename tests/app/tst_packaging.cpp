// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop entry and AppStream metainfo as the build generates them, checked by the validators
// distributions run, and the screenshot they point at.
#include "BuildInfo.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

QString generated(const char *name)
{
    return qEnvironmentVariable("BD_PACKAGING_DIR") + QLatin1Char('/') + QLatin1String(name);
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validatorAcceptsTheFile_data();
    void validatorAcceptsTheFile();
    void desktopEntryStartsTheInstalledBinary();
    void metainfoCarriesTheBuildVersion();
    void metainfoScreenshotIsTheOneInTheRepository();
};

void TestPackaging::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("BD_PACKAGING_DIR"), "BD_PACKAGING_DIR is set by tests/CMakeLists.txt");
}

void TestPackaging::validatorAcceptsTheFile_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("desktop-file-validate accepts the desktop entry")
        << QStringLiteral("desktop-file-validate") << QStringList{generated("banger-doctor.desktop")};
    QTest::newRow("appstreamcli accepts the metainfo offline")
        << QStringLiteral("appstreamcli")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--no-net"),
                       generated("io.banger.Doctor.metainfo.xml")};
}

void TestPackaging::validatorAcceptsTheFile()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);

    QProcess process;
    process.start(program, arguments);
    QVERIFY2(process.waitForFinished(30000), qPrintable(program + QStringLiteral(" did not finish")));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
    QVERIFY2(!output.contains("error") && !output.contains("warning"), output.constData());
}

void TestPackaging::desktopEntryStartsTheInstalledBinary()
{
    const QString entry = readAll(generated("banger-doctor.desktop"));
    QVERIFY(entry.contains(QStringLiteral("\nExec=banger-doctor\n")));
    QVERIFY(entry.contains(QStringLiteral("\nIcon=banger-doctor\n")));
    QVERIFY(!entry.contains(QLatin1Char('@')));
}

void TestPackaging::metainfoCarriesTheBuildVersion()
{
    const QString metainfo = readAll(generated("io.banger.Doctor.metainfo.xml"));
    const QString release = QStringLiteral("<release version=\"%1\"").arg(QLatin1String(bd::buildinfo::version));
    QVERIFY2(metainfo.contains(release), qPrintable(metainfo));
    QVERIFY(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">banger-doctor.desktop</launchable>")));
    QVERIFY(!metainfo.contains(QLatin1Char('@')));
}

void TestPackaging::metainfoScreenshotIsTheOneInTheRepository()
{
    const QString metainfo = readAll(generated("io.banger.Doctor.metainfo.xml"));
    static const QRegularExpression image(QStringLiteral("<image>([^<]+)</image>"));
    const QString url = image.match(metainfo).captured(1);
    QVERIFY2(url.startsWith(QStringLiteral("https://")) &&
                 url.endsWith(QStringLiteral("/docs/screenshot-main-window.png")),
             qPrintable(url));

    const QImage screenshot(qEnvironmentVariable("BD_SOURCE_DIR") + QStringLiteral("/docs/screenshot-main-window.png"));
    QVERIFY(!screenshot.isNull());
    QVERIFY(screenshot.width() >= 800 && screenshot.height() >= 500);
}

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
