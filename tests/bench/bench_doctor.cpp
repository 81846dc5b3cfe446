// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the real `banger-doctor --report --format json --root ...` against a representative fake
// install with systemd mocked on a private bus, and prints wall time, per-check time and peak RSS.
#include "FixtureRoot.h"
#include "HealthyInstall.h"
#include "SystemdMock.h"
#include "TestBus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <vector>

namespace {

constexpr int kOwnerUid = 65534;

struct RunSample
{
    double wallMs = 0;
    long maxRssKiB = 0;
    int exitCode = -1;
    QList<QPair<QString, double>> checks; // id, elapsed_ms in report order
};

double nowMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

bool startSystemd(TestBus &bus)
{
    if (!bus.start() || !bus.startSystemdMock())
        return false;
    SystemdMock mock(bus.system());
    QVariantMap daemon = SystemdMock::hardenedService(QStringLiteral("nobody"), ~0ull);
    daemon.insert(QStringLiteral("ProtectHome"), QStringLiteral("read-only"));
    return mock.addUnit(QStringLiteral("banger-root-helper.service")) &&
           mock.addUnit(QStringLiteral("bangerd.service")) &&
           mock.setServiceProperties(QStringLiteral("banger-root-helper.service"),
                                     SystemdMock::hardenedService(QString(), (1ull << 12) | (1ull << 21) | 1ull)) &&
           mock.setServiceProperties(QStringLiteral("bangerd.service"), daemon);
}

std::vector<QByteArray> environmentBlock(const QProcessEnvironment &env)
{
    std::vector<QByteArray> block;
    for (const QString &key : env.keys())
        block.push_back((key + QLatin1Char('=') + env.value(key)).toLocal8Bit());
    return block;
}

// posix_spawn + wait4 rather than QProcess: wait4 hands back this child's own rusage (peak RSS).
RunSample runOnce(const QString &binary, const QStringList &args, const std::vector<QByteArray> &env,
                  const QString &outputPath)
{
    std::vector<QByteArray> argStore{binary.toLocal8Bit()};
    for (const QString &arg : args)
        argStore.push_back(arg.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (const QByteArray &e : env)
        envp.push_back(const_cast<char *>(e.constData()));
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = outputPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);

    RunSample sample;
    const double start = nowMs();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return sample;
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    sample.wallMs = nowMs() - start;
    sample.maxRssKiB = usage.ru_maxrss;
    sample.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return sample;
}

void readChecks(const QString &outputPath, RunSample *sample)
{
    QFile file(outputPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray checks = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("checks")).toArray();
    for (const QJsonValue &check : checks) {
        const QJsonObject row = check.toObject();
        sample->checks << qMakePair(row.value(QLatin1String("id")).toString(),
                                    row.value(QLatin1String("elapsed_ms")).toDouble());
    }
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = size_t(std::clamp(p * double(values.size()) - 1.0, 0.0, double(values.size() - 1)) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

void printWallTimes(const QList<RunSample> &samples)
{
    std::vector<double> walls;
    for (const RunSample &s : samples)
        walls.push_back(s.wallMs);
    std::printf("runs: %lld, exit code of the first run: %d\n", qlonglong(samples.size()), samples.first().exitCode);
    std::printf("wall time of the whole run: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms\n",
                percentile(walls, 0.5), percentile(walls, 0.9), *std::min_element(walls.begin(), walls.end()),
                *std::max_element(walls.begin(), walls.end()));
}

void printChecks(const QList<RunSample> &samples)
{
    std::vector<double> walls;
    for (const RunSample &s : samples)
        walls.push_back(s.wallMs);
    const double medianWall = percentile(walls, 0.5);

    std::printf("\n%-24s %12s %12s %10s\n", "check", "median ms", "p90 ms", "of run");
    for (qsizetype i = 0; i < samples.first().checks.size(); ++i) {
        std::vector<double> times;
        for (const RunSample &s : samples)
            times.push_back(s.checks.value(i).second);
        const double median = percentile(times, 0.5);
        std::printf("%-24s %12.2f %12.2f %9.1f%%\n", qPrintable(samples.first().checks.at(i).first), median,
                    percentile(times, 0.9), 100.0 * median / medianWall);
    }
}

void printRss(const QList<RunSample> &samples)
{
    std::vector<double> rss;
    for (const RunSample &s : samples)
        rss.push_back(double(s.maxRssKiB));
    std::printf("\npeak RSS of the child (getrusage via wait4): median %.0f KiB, max %.0f KiB\n", percentile(rss, 0.5),
                *std::max_element(rss.begin(), rss.end()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of banger-doctor --report"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("How many runs (default 30)."), QStringLiteral("N"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("binary"), QStringLiteral("The banger-doctor to run."), QStringLiteral("PATH"),
                      QString::fromLocal8Bit(qgetenv("BD_BINARY"))});
    parser.addOption({QStringLiteral("rss"), QStringLiteral("Also print the peak RSS of the child.")});
    parser.addOption({QStringLiteral("no-bus"), QStringLiteral("Leave the system bus unreachable (no systemd mock).")});
    parser.process(app);

    if (qEnvironmentVariableIsEmpty("BD_SOURCE_DIR"))
        qputenv("BD_SOURCE_DIR", BD_BENCH_SOURCE_DIR);
    const QString binary = parser.value(QStringLiteral("binary")).isEmpty() ? QStringLiteral(BD_BENCH_BINARY)
                                                                            : parser.value(QStringLiteral("binary"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    FixtureRoot fixture;
    installHealthySystem(fixture, kOwnerUid, QStringLiteral("nobody"));
    TestBus bus;
    QProcessEnvironment env = fixture.environment();
    if (parser.isSet(QStringLiteral("no-bus"))) {
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    } else if (!startSystemd(bus)) {
        std::fprintf(stderr, "cannot start the private bus and systemd mock: %s\n", qPrintable(bus.errorString()));
        return 2;
    } else {
        env = bus.environment(env);
    }

    const std::vector<QByteArray> envBlock = environmentBlock(env);
    const QStringList args = QStringList{QStringLiteral("--report"), QStringLiteral("--format"), QStringLiteral("json")}
                             << fixture.rootArguments();
    QTemporaryFile output;
    output.open();

    QList<RunSample> samples;
    for (int i = 0; i < runs; ++i) {
        RunSample sample = runOnce(binary, args, envBlock, output.fileName());
        readChecks(output.fileName(), &sample);
        if (sample.checks.isEmpty()) {
            std::fprintf(stderr, "run %d produced no JSON report (exit code %d)\n", i + 1, sample.exitCode);
            return 2;
        }
        samples << sample;
    }

    std::printf("binary: %s\n", qPrintable(binary));
    printWallTimes(samples);
    printChecks(samples);
    if (parser.isSet(QStringLiteral("rss")))
        printRss(samples);
    std::fflush(stdout);
    return 0;
}
