// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIcons.h"

// The resources live in the static bdapp library, whose initialiser the linker would otherwise drop.
static void initAppResources()
{
    Q_INIT_RESOURCE(app);
}

namespace bd::app::icons {

namespace {

QIcon load(const char *name)
{
    static const bool initialised = [] {
        initAppResources();
        return true;
    }();
    Q_UNUSED(initialised);
    return QIcon(QStringLiteral(":/banger-doctor/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}

} // namespace

QIcon status(Status status)
{
    switch (status) {
    case Status::Pass:
        return load("status-pass");
    case Status::Warn:
        return load("status-warn");
    case Status::Fail:
        return load("status-fail");
    }
    return load("status-fail");
}

QIcon pending()
{
    return load("status-pending");
}

QIcon hint()
{
    return load("detail-hint");
}

QIcon detail()
{
    return load("detail-info");
}

QIcon rerun()
{
    return load("rerun");
}

QIcon application()
{
    return load("banger-doctor");
}

} // namespace bd::app::icons
