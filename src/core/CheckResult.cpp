// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckResult.h"

#include <QCoreApplication>

namespace bd {

QString statusKey(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    }
    return QStringLiteral("fail");
}

bool statusFromKey(const QString &key, Status *status)
{
    for (Status candidate : {Status::Pass, Status::Warn, Status::Fail}) {
        if (statusKey(candidate) == key) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString statusWord(Status status)
{
    switch (status) {
    case Status::Pass:
        return QCoreApplication::translate("bd::Status", "passed");
    case Status::Warn:
        return QCoreApplication::translate("bd::Status", "warning");
    case Status::Fail:
        return QCoreApplication::translate("bd::Status", "failed");
    }
    return {};
}

Status worse(Status a, Status b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

QString CheckResult::hint() const
{
    if (status == Status::Pass || details.isEmpty())
        return {};
    return details.last();
}

static CheckResult make(Status status, const QStringList &details)
{
    CheckResult result;
    result.status = status;
    result.details = details;
    return result;
}

CheckResult CheckResult::pass(const QStringList &details)
{
    return make(Status::Pass, details);
}

CheckResult CheckResult::warn(const QStringList &details)
{
    return make(Status::Warn, details);
}

CheckResult CheckResult::fail(const QStringList &details)
{
    return make(Status::Fail, details);
}

} // namespace bd
