// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checks.h"

#include "StateStore.h"

#include <QCoreApplication>

namespace bd::checks {

// lupdate files the calls of this helper under the enclosing namespace, so that is the context.
static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("bd::checks", text, disambiguation, n);
}

static QString openModeSource(const StoreSnapshot &snapshot)
{
    switch (snapshot.openMode) {
    case StoreOpenMode::Immutable:
        return QStringLiteral("sqlite %1 (immutable)").arg(snapshot.path);
    case StoreOpenMode::ReadOnlySharedMem:
        return QStringLiteral("sqlite %1 (read-only, read-only -shm)").arg(snapshot.path);
    case StoreOpenMode::ReadOnly:
        return QStringLiteral("sqlite %1 (read-only)").arg(snapshot.path);
    case StoreOpenMode::None:
        break;
    }
    return QStringLiteral("stat %1").arg(snapshot.path);
}

CheckResult stateStore(const CheckContext &ctx)
{
    const StoreSnapshot snapshot = StateStore::read(ctx.in.paths.stateDb());

    CheckResult result;
    if (snapshot.status == StoreStatus::Missing)
        result = CheckResult::pass({tr("will be created on first daemon start at %1").arg(snapshot.path)});
    else if (!snapshot.isReadable())
        result = CheckResult::fail({snapshot.message, snapshot.hint});
    else
        result = CheckResult::pass({tr("readable at %1").arg(snapshot.path),
                                    tr("schema version %1, %n image(s) registered", nullptr, snapshot.imageCount)
                                        .arg(snapshot.schemaVersion)});
    result.sources << openModeSource(snapshot);
    return result;
}

} // namespace bd::checks
