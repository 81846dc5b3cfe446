// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Idle cost of the tray: starts the real `banger-doctor --tray` against a healthy fixture, a mocked
// systemd and a notification daemon, waits until the first posture is persisted, then measures the
// process's CPU time and wake-ups (context switches) over a quiet period. See README.md.
#include "FixtureRoot.h"
#include "SystemdMock.h"
#include "TestBus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace {

struct Sample
{
    double cpuSeconds = 0;
    qint64 switches = 0;
};

// utime + stime from /proc/PID/stat, and voluntary + involuntary context switches of every thread.
Sample sample(qint64 pid)
{
    Sample s;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        s.cpuSeconds = double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / sysconf(_SC_CLK_TCK);
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.contains("ctxt_switches:"))
                s.switches += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return s;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_tray_idle: %s\n", qPrintable(message));
    return 1;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(50);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("BD_SOURCE_DIR", BD_BENCH_SOURCE_DIR);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 60;

    FixtureRoot fixture;
    fixture.writeInstallToml(::getuid(), QStringLiteral("ada"));
    fixture.makeSocket(QStringLiteral("/run/banger/root-helper.sock"), 0600);
    fixture.makeSocket(QStringLiteral("/run/banger/bangerd.sock"), 0600);
    fixture.installFirecracker(QStringLiteral("1.12.0"));

    TestBus bus;
    if (!bus.start() || !bus.startSystemdMock() || !bus.startNotificationDaemon())
        return fail(bus.errorString());
    SystemdMock mock(bus.system());
    mock.addUnit(QStringLiteral("banger-root-helper.service"));
    mock.addUnit(QStringLiteral("bangerd.service"));

    QTemporaryDir data;
    QProcessEnvironment env = bus.environment(fixture.environment());
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess tray;
    tray.setProcessEnvironment(env);
    tray.setProcessChannelMode(QProcess::ForwardedChannels);
    tray.start(QStringLiteral(BD_BENCH_BINARY), QStringList{QStringLiteral("--tray")} + fixture.rootArguments());
    if (!tray.waitForStarted())
        return fail(QStringLiteral("cannot start ") + QStringLiteral(BD_BENCH_BINARY));

    const QString posture = data.path() + QStringLiteral("/banger-doctor/posture.json");
    if (!waitUntil([&] { return QFile::exists(posture) && mock.subscriberCount() > 0; }, 20000))
        return fail(QStringLiteral("the tray never persisted its first posture"));
    QThread::sleep(3); // let the first full run and its grace windows settle before measuring

    const Sample before = sample(tray.processId());
    QThread::sleep(seconds);
    const Sample after = sample(tray.processId());

    const double cpu = after.cpuSeconds - before.cpuSeconds;
    std::printf("idle for %d s in the tray: %.2f s CPU (%.3f %% of one core), %lld context switches "
                "(%.2f wake-ups per second)\n",
                seconds, cpu, 100.0 * cpu / seconds, after.switches - before.switches,
                double(after.switches - before.switches) / seconds);

    tray.terminate();
    tray.waitForFinished(5000);
    return 0;
}
