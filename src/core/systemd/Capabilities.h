// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// Linux capabilities as systemd spells them in CapabilityBoundingSet= and reports them over D-Bus
// (a uint64 with bit N set for capability number N, see capabilities(7)).
namespace capabilities {

// The highest capability number this build knows (CAP_CHECKPOINT_RESTORE, Linux 5.9).
constexpr int kLast = 40;
// Every capability this build knows; systemd's "all capabilities" is all 64 bits set.
constexpr quint64 kKnownMask = (quint64(1) << (kLast + 1)) - 1;

// "CAP_NET_ADMIN" for 12; "cap_N" for a number this build does not know.
QString name(int bit);
// Accepts "CAP_NET_ADMIN", "cap_net_admin" and, like systemd, a plain number up to 63.
std::optional<int> fromName(const QString &name);
// Names of the bits set in mask, lowest first.
QStringList names(quint64 mask);
// True when mask grants every capability this build knows.
bool isFull(quint64 mask);

} // namespace capabilities

} // namespace bd
