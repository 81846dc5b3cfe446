// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

// The data files compiled into the core library must survive static linking into every binary.
class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataFilesAreCompiledIn_data();
    void dataFilesAreCompiledIn();
};

void TestResources::dataFilesAreCompiledIn_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("arrayKey");
    QTest::newRow("the image catalog lists images")
        << QStringLiteral(":/banger-doctor/data/image-catalog.json") << QStringLiteral("images");
    QTest::newRow("the host tools list names tools")
        << QStringLiteral(":/banger-doctor/data/host-tools.json") << QStringLiteral("tools");
}

void TestResources::dataFilesAreCompiledIn()
{
    QFETCH(QString, path);
    QFETCH(QString, arrayKey);

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!doc.object().value(arrayKey).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"
