# SPDX-FileCopyrightText: 2026 Banger Doctor contributors
# SPDX-License-Identifier: GPL-3.0-or-later
'''Owns a bus name and then never reads another message: every call to it times out.

Usage: /usr/bin/python3 silent_peer.py --system|--session NAME
Prints "ready" on stdout once NAME is owned, then blocks until it is killed. It stands in for a
systemd that is wedged (a stuck PID 1, a D-Bus peer that stopped answering).
'''

import signal
import sys

import dbus

bus = dbus.SystemBus() if sys.argv[1] == '--system' else dbus.SessionBus()
if bus.request_name(sys.argv[2], dbus.bus.NAME_FLAG_DO_NOT_QUEUE) != dbus.bus.REQUEST_NAME_REPLY_PRIMARY_OWNER:
    sys.exit(f'cannot own {sys.argv[2]}')
print('ready', flush=True)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
while True:
    signal.pause()
