# SPDX-FileCopyrightText: 2026 Banger Doctor contributors
# SPDX-License-Identifier: GPL-3.0-or-later
'''A python-dbusmock template that answers like systemd's manager where the doctor looks.

Start it with `/usr/bin/python3 -m dbusmock --system -t tests/support/systemd_mock.py`. Unlike the
stock `systemd` template it:
  - escapes object paths as systemd does (bangerd.service -> .../unit/bangerd_2eservice);
  - has LoadUnit: an unknown unit is loaded with LoadState "not-found", ActiveState "inactive";
  - raises org.freedesktop.systemd1.NoSuchUnit from GetUnit for a unit that is not loaded;
  - has Subscribe/Unsubscribe, and emits unit signals and PropertiesChanged only while at least one
    client is subscribed (real systemd does the same);
  - gives every unit SubState, FragmentPath, DropInPaths and the org.freedesktop.systemd1.Service
    sandboxing properties with their real D-Bus types (b, s, t);
  - has ListUnits and Reload (which emits Reloading(true) then Reloading(false)).

Test controls on the org.freedesktop.DBus.Mock interface of /org/freedesktop/systemd1:
  AddUnit(s name, s active_state, s sub_state)
  SetUnitState(s name, s active_state, s sub_state)       emits PropertiesChanged when subscribed
  SetUnitProperties(s name, a{sv} unit_props)             org.freedesktop.systemd1.Unit
  SetServiceProperties(s name, a{sv} service_props)       org.freedesktop.systemd1.Service
  RemoveUnit(s name)                                      the unit is gone (UnitRemoved)
  GetSubscriberCount() -> u
Calls are read back with the stock GetCalls().
'''

import dbus

from dbusmock import MOCK_IFACE, mockobject

BUS_NAME = 'org.freedesktop.systemd1'
MAIN_OBJ = '/org/freedesktop/systemd1'
MAIN_IFACE = 'org.freedesktop.systemd1.Manager'
UNIT_IFACE = 'org.freedesktop.systemd1.Unit'
SERVICE_IFACE = 'org.freedesktop.systemd1.Service'
SYSTEM_BUS = True

NO_SUCH_UNIT = 'org.freedesktop.systemd1.NoSuchUnit'
NOT_SUBSCRIBED = 'org.freedesktop.systemd1.NotSubscribed'

# What systemd reports for a service without any sandboxing (CAP_ALL is all 64 bits set).
SERVICE_DEFAULTS = {
    'NoNewPrivileges': dbus.Boolean(False),
    'ProtectSystem': dbus.String('no'),
    'ProtectHome': dbus.String('no'),
    'RestrictSUIDSGID': dbus.Boolean(False),
    'LockPersonality': dbus.Boolean(False),
    'CapabilityBoundingSet': dbus.UInt64(0xFFFFFFFFFFFFFFFF),
    'User': dbus.String(''),
}


def load(mock, _parameters):
    mock.units = {}
    mock.subscribers = 0
    mock.AddProperties(MAIN_IFACE, {'Version': dbus.String('252 (mock)')})


def unit_path(name):
    '''Escapes like systemd's bus_label_escape(): [A-Za-z0-9] stay, every other byte becomes _xx.'''
    label = ''.join(c if c.isascii() and c.isalnum() else '_%02x' % b
                    for c, b in ((chr(b), b) for b in name.encode()))
    return MAIN_OBJ + '/unit/' + label


def unit_object(mock, name):
    try:
        return mockobject.objects[mock.units[str(name)]]
    except KeyError as e:
        raise dbus.exceptions.DBusException(f'Unit {name} not loaded.', name=NO_SUCH_UNIT) from e


def create_unit(mock, name, load_state, active_state, sub_state):
    path = unit_path(str(name))
    mock.units[str(name)] = path
    mock.AddObject(path, UNIT_IFACE, {
        'Id': dbus.String(name),
        'Names': dbus.Array([name], signature='s'),
        'LoadState': dbus.String(load_state),
        'ActiveState': dbus.String(active_state),
        'SubState': dbus.String(sub_state),
        'FragmentPath': dbus.String(''),
        'DropInPaths': dbus.Array([], signature='s'),
    }, [])
    obj = mockobject.objects[path]
    obj.AddProperties(SERVICE_IFACE, dict(SERVICE_DEFAULTS))
    if mock.subscribers:
        mock.EmitSignal(MAIN_IFACE, 'UnitNew', 'so', [name, path])
    return path


def update(mock, obj, interface, props):
    '''Changes properties, telling subscribers through PropertiesChanged as systemd does.'''
    if mock.subscribers:
        obj.UpdateProperties(interface, props)
        return
    for key, value in props.items():
        if key not in obj.props.get(interface, {}):
            raise dbus.exceptions.DBusException(f'property {key} not found',
                                                name='org.freedesktop.DBus.Error.UnknownProperty')
        obj.props[interface][key] = value


@dbus.service.method(MAIN_IFACE, in_signature='s', out_signature='o')
def GetUnit(self, name):
    return dbus.ObjectPath(unit_object(self, name).path)


@dbus.service.method(MAIN_IFACE, in_signature='s', out_signature='o')
def LoadUnit(self, name):
    if str(name) not in self.units:
        create_unit(self, name, 'not-found', 'inactive', 'dead')
    return dbus.ObjectPath(self.units[str(name)])


@dbus.service.method(MAIN_IFACE, in_signature='', out_signature='')
def Subscribe(self):
    self.subscribers += 1


@dbus.service.method(MAIN_IFACE, in_signature='', out_signature='')
def Unsubscribe(self):
    if self.subscribers == 0:
        raise dbus.exceptions.DBusException('Client is not subscribed.', name=NOT_SUBSCRIBED)
    self.subscribers -= 1


@dbus.service.method(MAIN_IFACE, in_signature='', out_signature='')
def Reload(self):
    self.EmitSignal(MAIN_IFACE, 'Reloading', 'b', [True])
    self.EmitSignal(MAIN_IFACE, 'Reloading', 'b', [False])


@dbus.service.method(MAIN_IFACE, in_signature='', out_signature='a(ssssssouso)')
def ListUnits(self):
    rows = []
    for name, path in sorted(self.units.items()):
        props = mockobject.objects[path].props[UNIT_IFACE]
        rows.append((name, '', props['LoadState'], props['ActiveState'], props['SubState'], '',
                     dbus.ObjectPath(path), dbus.UInt32(0), '', dbus.ObjectPath('/')))
    return dbus.Array(rows, signature='(ssssssouso)')


@dbus.service.method(MOCK_IFACE, in_signature='sss', out_signature='o')
def AddUnit(self, name, active_state, sub_state):
    if str(name) in self.units:
        obj = unit_object(self, name)
        update(self, obj, UNIT_IFACE, {'LoadState': dbus.String('loaded'), 'ActiveState': dbus.String(active_state),
                                       'SubState': dbus.String(sub_state)})
        return dbus.ObjectPath(obj.path)
    return dbus.ObjectPath(create_unit(self, name, 'loaded', active_state, sub_state))


@dbus.service.method(MOCK_IFACE, in_signature='sss', out_signature='')
def SetUnitState(self, name, active_state, sub_state):
    update(self, unit_object(self, name), UNIT_IFACE,
           {'ActiveState': dbus.String(active_state), 'SubState': dbus.String(sub_state)})


@dbus.service.method(MOCK_IFACE, in_signature='sa{sv}', out_signature='')
def SetUnitProperties(self, name, props):
    update(self, unit_object(self, name), UNIT_IFACE, props)


@dbus.service.method(MOCK_IFACE, in_signature='sa{sv}', out_signature='')
def SetServiceProperties(self, name, props):
    update(self, unit_object(self, name), SERVICE_IFACE, props)


@dbus.service.method(MOCK_IFACE, in_signature='s', out_signature='')
def RemoveUnit(self, name):
    path = self.units.pop(str(name), None)
    if path is None:
        raise dbus.exceptions.DBusException(f'Unit {name} not loaded.', name=NO_SUCH_UNIT)
    self.RemoveObject(path)
    if self.subscribers:
        self.EmitSignal(MAIN_IFACE, 'UnitRemoved', 'so', [name, dbus.ObjectPath(path)])


@dbus.service.method(MOCK_IFACE, in_signature='', out_signature='u')
def GetSubscriberCount(self):
    return dbus.UInt32(self.subscribers)
