// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckRegistry.h"
#include "DoctorInputs.h"
#include "Report.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

#include <memory>
#include <optional>

class QThreadPool;

namespace bd {

struct PlannedCheck
{
    QString id;
    QString name;      // English, as in reports
    const char *group; // untranslated group key from the registry
};

// Runs the registered checks concurrently on a thread pool, each under its own deadline, and streams
// the results back on the thread the scheduler lives in. Starting a new run supersedes the previous
// one: results that arrive late from an old run are dropped, never mixed into the new one.
class CheckScheduler : public QObject
{
    Q_OBJECT

public:
    explicit CheckScheduler(QObject *parent = nullptr);
    ~CheckScheduler() override;

    void setOptions(const DoctorOptions &options);
    DoctorOptions options() const { return m_options; }
    // Tests and the monitor may hand over a resolver built from another environment.
    void setHostPaths(const HostPaths &paths);
    // The rows to run, in report order; checkRegistry() unless a test supplies its own.
    void setDefinitions(const QList<CheckDefinition> &definitions);

    // Runs every applicable check, or only those whose id is in onlyIds. Returns the id of the run.
    quint64 start(const QStringList &onlyIds = {});
    void cancel();
    bool isRunning() const { return m_run != nullptr; }
    quint64 currentRun() const { return m_runId; }

    // The pool the checks run on. It is never destroyed: a check stuck in the kernel (a hung NFS
    // stat, say) would otherwise hold up the process at exit, and the deadline already gave its row.
    static QThreadPool *pool();

Q_SIGNALS:
    void runStarted(quint64 runId, const QList<bd::PlannedCheck> &plan);
    void checkFinished(quint64 runId, const bd::CheckResult &result);
    void runFinished(quint64 runId, const bd::Report &report);

private:
    struct Run;

    void onInputsLoaded(quint64 runId, std::shared_ptr<const DoctorInputs> inputs, HostInfo host);
    void launch(quint64 runId, int index);
    void deliver(quint64 runId, int index, CheckResult result);
    void finishIfComplete();

    DoctorOptions m_options;
    std::optional<HostPaths> m_paths;
    QList<CheckDefinition> m_definitions;
    quint64 m_runId = 0;
    std::unique_ptr<Run> m_run;
};

// Runs one check synchronously on the calling thread, stamping id, name and elapsed time.
CheckResult runCheckNow(const CheckDefinition &def, const DoctorInputs &inputs);

} // namespace bd

Q_DECLARE_METATYPE(bd::PlannedCheck)
