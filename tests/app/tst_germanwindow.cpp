// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window under a German locale, with the catalogue embedded in bdapp loaded exactly as the
// application loads it: menus, tree headers, rows and the status bar read in German.
#include "CheckTreeModel.h"
#include "FixtureRoot.h"
#include "HealthyInstall.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest>

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QString statusBarText(const QMainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

// The display text of every check row, found under the group rows.
QStringList checkNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            names << model.index(row, 0, parent).data().toString();
    }
    return names;
}

} // namespace

class TestGermanWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menusAndHeadersAreGerman();
    void aFinishedRunShowsGermanRowsAndCounts();
};

void TestGermanWindow::initTestCase()
{
    // No buses: the service rows fail at once instead of asking whatever systemd this machine runs.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/system_bus");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/session_bus");
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    bd::app::installTranslations(*QCoreApplication::instance());
}

void TestGermanWindow::menusAndHeadersAreGerman()
{
    bd::app::MainWindow window;

    QCOMPARE(menuTitles(window), QStringList({"&Datei", "&Ansicht", "&Prüfung", "&Hilfe"}));
    QCOMPARE(window.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Prüfung"));
    QCOMPARE(window.exportAction()->text(), QStringLiteral("&Exportieren …"));
}

void TestGermanWindow::aFinishedRunShowsGermanRowsAndCounts()
{
    FixtureRoot fixture;
    installHealthySystem(fixture);
    bd::app::MainWindow window;
    bd::DoctorOptions options;
    options.root = fixture.root();
    window.scheduler()->setOptions(options);
    window.scheduler()->setHostPaths(fixture.paths());
    QSignalSpy finished(&window, &bd::app::MainWindow::runFinished);

    window.runAll();

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const QStringList names = checkNames(*window.model());
    QVERIFY2(names.contains(QStringLiteral("Host-Architektur")), qPrintable(names.join(u", ")));
    QVERIFY2(names.contains(QStringLiteral("Besitz der firecracker-Programmdatei")), qPrintable(names.join(u", ")));
    QVERIFY2(!names.contains(QStringLiteral("host architecture")), qPrintable(names.join(u", ")));
    QVERIFY2(statusBarText(window).contains(QStringLiteral("Ausgeführt am")), qPrintable(statusBarText(window)));
}

QTEST_MAIN(TestGermanWindow)
#include "tst_germanwindow.moc"
