// SPDX-FileCopyrightText: 2026 Banger Doctor contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FixtureRoot.h"

// Fills a fixture with a healthy system install for the given owner: install.toml of this build, hardened unit
// files, both sockets (0600, owned by the owner), firecracker v1.12.0, host tools, devices, the vsock
// agent, a state DB with the default image and its files, an ssh key and an included ssh_config.
// Every file-based row passes on it; the D-Bus rows need a systemd (mock) as well.
void installHealthySystem(FixtureRoot &fixture, int ownerUid = 65534, const QString &owner = QStringLiteral("nobody"));
