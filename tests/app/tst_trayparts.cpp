// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tray's parts on their own: settings and the autostart entry, the icons and tooltip, the
// notifier against dbusmock's notification daemon on a private session bus, the history timeline.
#include "AppSettings.h"
#include "HistoryDialog.h"
#include "Notifier.h"
#include "SettingsDialog.h"
#include "TestBus.h"
#include "TrayController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

using bd::Status;
using namespace bd::app;

namespace {

bd::monitor::Drift socketDrift(Status after)
{
    bd::monitor::Drift drift;
    drift.rowId = QStringLiteral("helper-socket");
    drift.before = {Status::Pass, QStringLiteral("helper socket"), QStringLiteral("mode 0600"), false};
    drift.after = {after, QStringLiteral("helper socket"), QStringLiteral("mode 0666"), false};
    drift.kind = after == Status::Pass ? bd::monitor::DriftKind::Recovered : bd::monitor::DriftKind::Degraded;
    drift.description = QStringLiteral("helper socket: mode 0600 \u2192 0666");
    return drift;
}

bd::CheckResult result(Status status)
{
    bd::CheckResult r;
    r.status = status;
    return r;
}

} // namespace

class TestTrayParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void autostartEntryIsWrittenAndRemoved();
    void settingsDialogStoresWhatTheUserChose();
    void tooltipGivesTheCountsInWords_data();
    void tooltipGivesTheCountsInWords();
    void iconsDifferInShapeNotOnlyColour();
    void notifierSendsCriticalDegradationsAndReplacesItsOwnNotification();
    void notifierStaysQuietWhenPausedOrWhenRecoveriesAreOff();
    void historyShowsNewestFirst();

private:
    QList<QVariantList> notifyCalls();

    QTemporaryDir m_home;
    TestBus m_bus;
};

void TestTrayParts::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
    QVERIFY2(m_bus.startNotificationDaemon(), qPrintable(m_bus.errorString()));
}

void TestTrayParts::autostartEntryIsWrittenAndRemoved()
{
    const QString entry = m_home.filePath(QStringLiteral("config/autostart/banger-doctor.desktop"));
    QCOMPARE(autostart::entryPath(), entry);
    QVERIFY(!autostart::isEnabled());

    QVERIFY(autostart::setEnabled(true));
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("Exec=banger-doctor --tray\n"));
    QVERIFY(content.startsWith("[Desktop Entry]\n"));
    QVERIFY(autostart::isEnabled());

    QVERIFY(autostart::setEnabled(false));
    QVERIFY(!QFile::exists(entry));
    QVERIFY(autostart::setEnabled(false));
}

void TestTrayParts::settingsDialogStoresWhatTheUserChose()
{
    SettingsDialog dialog;
    dialog.findChild<QSpinBox *>(QStringLiteral("recheckMinutes"))->setValue(30);
    dialog.findChild<QSpinBox *>(QStringLiteral("graceSeconds"))->setValue(0);
    dialog.findChild<QCheckBox *>(QStringLiteral("notifyRecovery"))->setChecked(false);
    dialog.findChild<QCheckBox *>(QStringLiteral("startAtLogin"))->setChecked(true);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("reportFormat"));
    format->setCurrentIndex(format->findData(int(bd::report::Format::Json)));
    dialog.findChild<QCheckBox *>(QStringLiteral("redactReports"))->setChecked(false);
    dialog.accept();

    const AppSettings stored = AppSettings::load();
    QCOMPARE(stored.recheckMinutes, 30);
    QCOMPARE(stored.graceSeconds, 0);
    QCOMPARE(stored.notifyRecovery, false);
    QVERIFY(stored.startAtLogin);
    QCOMPARE(stored.reportFormat, bd::report::Format::Json);
    QCOMPARE(stored.redactReports, false);
    QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("config/banger-doctor/banger-doctor.conf"))));
    QVERIFY(autostart::setEnabled(false));
}

void TestTrayParts::tooltipGivesTheCountsInWords_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all passing rows are counted as passed")
        << QList<int>{0, 0} << QStringLiteral("Banger Doctor: 2 passed, 0 warnings, 0 failed");
    QTest::newRow("one of each is said in the singular")
        << QList<int>{0, 1, 2} << QStringLiteral("Banger Doctor: 1 passed, 1 warning, 1 failed");
}

void TestTrayParts::tooltipGivesTheCountsInWords()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QString, expected);

    QList<bd::CheckResult> results;
    for (int status : statuses)
        results << result(Status(status));
    QCOMPARE(TrayController::tooltipFor(results), expected);
}

void TestTrayParts::iconsDifferInShapeNotOnlyColour()
{
    const auto mask = [](Status status) {
        return TrayController::iconFor(status).pixmap(32).toImage().createAlphaMask();
    };
    QVERIFY(mask(Status::Pass) != mask(Status::Warn));
    QVERIFY(mask(Status::Warn) != mask(Status::Fail));
    QVERIFY(mask(Status::Pass) != mask(Status::Fail));
}

QList<QVariantList> TestTrayParts::notifyCalls()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("GetCalls"));
    const QDBusArgument calls = m_bus.session().call(call).arguments().value(0).value<QDBusArgument>();
    QList<QVariantList> found;
    calls.beginArray();
    while (!calls.atEnd()) {
        quint64 at = 0;
        QString method;
        QVariantList args;
        calls.beginStructure();
        calls >> at >> method >> args;
        calls.endStructure();
        if (method == QLatin1String("Notify"))
            found << args;
    }
    calls.endArray();
    return found;
}

void TestTrayParts::notifierSendsCriticalDegradationsAndReplacesItsOwnNotification()
{
    Notifier notifier(m_bus.session());
    QSignalSpy delivered(&notifier, &Notifier::delivered);
    const int before = int(notifyCalls().size());

    notifier.notify(socketDrift(Status::Fail));
    QTRY_COMPARE(delivered.count(), 1);
    const QVariantList first = notifyCalls().value(before);
    QCOMPARE(first.value(0).toString(), QStringLiteral("Banger Doctor"));
    QCOMPARE(first.value(1).toUInt(), 0u);
    QCOMPARE(first.value(4).toString(), QStringLiteral("helper socket: mode 0600 \u2192 0666"));
    QVERIFY(qdbus_cast<QStringList>(first.value(5)).contains(QStringLiteral("open:helper-socket")));
    QCOMPARE(qdbus_cast<QVariantMap>(first.value(6)).value(QStringLiteral("urgency")).toInt(), 2);

    notifier.notify(socketDrift(Status::Pass));
    QTRY_COMPARE(delivered.count(), 2);
    const QVariantList second = notifyCalls().value(before + 1);
    QCOMPARE(second.value(1).toUInt(), delivered.at(0).at(0).toUInt());
    QCOMPARE(qdbus_cast<QVariantMap>(second.value(6)).value(QStringLiteral("urgency")).toInt(), 1);
}

void TestTrayParts::notifierStaysQuietWhenPausedOrWhenRecoveriesAreOff()
{
    Notifier notifier(m_bus.session());
    QSignalSpy delivered(&notifier, &Notifier::delivered);
    notifier.setNotifyRecovery(false);
    notifier.notify(socketDrift(Status::Pass));
    notifier.pauseUntil(QDateTime::currentDateTimeUtc().addSecs(3600));
    QVERIFY(notifier.isPaused());
    notifier.notify(socketDrift(Status::Fail));

    notifier.pauseUntil({});
    notifier.notify(socketDrift(Status::Fail)); // the one that goes out, and the only one
    QTRY_COMPARE(delivered.count(), 1);
    QCOMPARE(notifyCalls().last().value(3).toString(), Notifier::summaryFor(socketDrift(Status::Fail)));
}

void TestTrayParts::historyShowsNewestFirst()
{
    bd::DriftHistory history;
    for (int minute : {1, 2, 3}) {
        bd::DriftEvent event;
        event.at = QDateTime(QDate(2026, 12, 3), QTime(16, minute), Qt::UTC);
        event.checkId = QStringLiteral("row-%1").arg(minute);
        event.checkName = event.checkId;
        event.to = Status::Fail;
        event.change = QStringLiteral("change %1").arg(minute);
        history << event;
    }

    HistoryDialog dialog(history);
    QCOMPARE(dialog.entryCount(), 3);
    auto *timeline = dialog.findChild<QTreeWidget *>(QStringLiteral("timeline"));
    QCOMPARE(timeline->topLevelItem(0)->text(3), QStringLiteral("change 3"));

    QSignalSpy open(&dialog, &HistoryDialog::openRequested);
    Q_EMIT timeline->itemActivated(timeline->topLevelItem(2), 0);
    QCOMPARE(open.value(0).value(0).toString(), QStringLiteral("row-1"));
}

QTEST_MAIN(TestTrayParts)
#include "tst_trayparts.moc"
