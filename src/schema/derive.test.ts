// Table-driven tests of the derivations: what the form shows, what the engine would receive.
import { describe, expect, it } from 'vitest';
import { parseXml } from '../xsd/parse';
import { toXml } from '../xsd/serialize';
import {
  applyFollows, arrayPaths, columns, followValue, formFields, fromEntity, groupFields, isVisible, tables, toRequestBody, validate,
  type ElementDef, type FormValues, type ResourceTable,
} from './index';

const VM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<vm href="/ovirt-engine/api/vms/123" id="123">
  <name>web1</name>
  <description>front end</description>
  <type>server</type>
  <status><state>down</state></status>
  <memory>1073741824</memory>
  <cpu><topology sockets="2" cores="1" threads="1"/><cpu_tune><vcpu_pin vcpu="0" cpu_set="0-1"/></cpu_tune></cpu>
  <os type="rhel_7x64"><boot dev="hd"/><boot dev="cdrom"/></os>
  <high_availability><enabled>false</enabled><priority>1</priority></high_availability>
  <display><type>spice</type><monitors>1</monitors></display>
  <cluster href="/ovirt-engine/api/clusters/c1" id="c1"/>
  <template href="/ovirt-engine/api/templates/t1" id="t1"/>
  <creation_time>2017-01-01T10:00:00.000+01:00</creation_time>
  <stateless>false</stateless>
  <memory_policy><guaranteed>536870912</guaranteed><ballooning>true</ballooning></memory_policy>
  <custom_properties><custom_property name="sndbuf" value="0"/></custom_properties>
  <initialization><host_name>web1.example.com</host_name></initialization>
</vm>`;

const vm = () => parseXml(VM_XML).value as Record<string, unknown>;

describe('formFields', () => {
  it.each([
    ['create', 'status.state', undefined],
    ['create', 'name', { disabled: false, required: true }],
    ['create', 'template', { disabled: false, required: true }],
    ['edit', 'template', { disabled: true, required: false }],
    ['edit', 'name', { disabled: false, required: true }],
    ['edit', 'status.state', { disabled: true, required: false }],
    ['edit', 'initialization.host_name', { disabled: true, required: false }],
    ['edit', 'memory', { disabled: false, required: false }],
  ] as const)('%s mode, vms %s', (mode, path, expected) => {
    const f = formFields(tables.vms, mode).find((x) => x.path === path);
    if (!expected) expect(f).toBeUndefined();
    else expect({ disabled: f?.disabled, required: f?.required }).toEqual(expected);
  });

  it('groups fields in table order under the guide sections', () => {
    const groups = groupFields(formFields(tables.vms, 'create')).map(([g]) => g);
    expect(groups.slice(0, 3)).toEqual(['General', 'System', 'Boot Options']);
    expect(groups).toContain('Initialization');
    expect(groups.filter((g) => /init|sysprep/i.test(g))).toEqual(['Initialization']);
    expect(groups).toContain('High Availability');
  });
});

describe('columns', () => {
  it.each([
    ['vms', ['name', 'description', 'status.state', 'cluster', 'host', 'memory', 'os.type']],
    ['hosts', ['name', 'status.state', 'address', 'cluster', 'spm.status.state', 'memory', 'summary.active']],
    ['storagedomains', ['name', 'description', 'status.state', 'type', 'storage.type', 'available', 'used']],
  ] as const)('%s', (segment, paths) => {
    expect(columns(tables[segment]).map((c) => c.path)).toEqual(paths);
  });
});

describe('fromEntity', () => {
  it('reads refs as ids, bytes in the display unit, attributes and lists', () => {
    const v = fromEntity(tables.vms, vm());
    expect(v).toMatchObject({
      name: 'web1', cluster: 'c1', template: 't1', memory: 1024, 'memory_policy.guaranteed': 512,
      'cpu.topology.sockets': 2, 'os.type': 'rhel_7x64', 'os.boot': ['hd', 'cdrom'], 'status.state': 'down',
      'high_availability.enabled': false, 'initialization.host_name': 'web1.example.com',
      'custom_properties.custom_property': [{ name: 'sndbuf', value: '0' }],
      'cpu.cpu_tune.vcpu_pin': [{ vcpu: 0, cpu_set: '0-1' }],
    });
    expect(v).not.toHaveProperty('os.kernel');
  });
});

describe('toRequestBody, edit mode', () => {
  const edit = (changes: FormValues) => {
    const original = fromEntity(tables.vms, vm());
    return toRequestBody(tables.vms, { ...original, ...changes }, original);
  };

  it.each<[string, FormValues, Record<string, unknown>]>([
    ['nothing changed', {}, {}],
    ['memory typed in MiB', { memory: 2048 }, { memory: 2147483648 }],
    ['memory typed as text', { memory: '1536' }, { memory: 1610612736 }],
    ['same value typed as text', { memory: '1024' }, {}],
    ['one topology attribute', { 'cpu.topology.sockets': '4' }, { cpu: { topology: { sockets: 4 } } }],
    ['a reference', { cluster: 'c2' }, { cluster: { id: 'c2' } }],
    ['boot order', { 'os.boot': ['cdrom', 'hd'] }, { os: { boot: [{ dev: 'cdrom' }, { dev: 'hd' }] } }],
    ['a cleared description', { description: '' }, { description: '' }],
    ['a boolean', { stateless: true }, { stateless: true }],
    ['non-updatable template', { template: 't9' }, {}],
    ['read-only status', { 'status.state': 'up' }, {}],
    ['create-only cloud-init', { 'initialization.host_name': 'x' }, {}],
  ])('%s', (_case, changes, expected) => {
    expect(edit(changes)).toEqual(expected);
  });

  it('serializes to well-formed XML with the vm root, in schema order', () => {
    const body = edit({ description: 'db & cache', memory: 4096, 'high_availability.enabled': true, 'cpu.topology.cores': 2 });
    const xml = toXml('vm', body);
    const parsed = parseXml(xml);
    expect(parsed.root).toBe('vm');
    // The parser leaves attribute values as text; fromEntity coerces them by element type.
    expect(parsed.value).toMatchObject({
      description: 'db & cache', memory: 4294967296, cpu: { topology: { cores: '2' } }, high_availability: { enabled: true },
    });
    expect(fromEntity(tables.vms, parsed.value)['cpu.topology.cores']).toBe(2);
    expect(xml).not.toContain('<name>');
    expect(xml.indexOf('<description>')).toBeLessThan(xml.indexOf('<memory>'));
  });
});

describe('toRequestBody, create mode', () => {
  it('builds a VM from the form, leaving out empty and read-only elements', () => {
    const body = toRequestBody(tables.vms, {
      name: 'vm1', cluster: 'c1', template: '00000000-0000-0000-0000-000000000000', memory: '512', description: '',
      'cpu.topology.sockets': 1, 'os.boot': ['hd'], 'status.state': 'up', 'initialization.method': 'cloud-init',
      'initialization.nic_configurations.nic_configuration': [{ name: 'eth0', boot_protocol: 'static', 'ip.address': '10.0.0.5', on_boot: true }],
    });
    expect(body).toEqual({
      name: 'vm1', cluster: { id: 'c1' }, template: { id: '00000000-0000-0000-0000-000000000000' }, memory: 536870912,
      cpu: { topology: { sockets: 1 } }, os: { boot: [{ dev: 'hd' }] },
      initialization: { nic_configurations: { nic_configuration: [{ name: 'eth0', boot_protocol: 'static', ip: { address: '10.0.0.5' }, on_boot: true }] } },
    });
    const xml = toXml('vm', body);
    expect(xml).toContain('<topology sockets="1"/>');
    expect(xml).toContain('<ip address="10.0.0.5"/>');
    expect(parseXml(xml).root).toBe('vm');
  });

  it('merges a reference with elements below it (custom event on a host)', () => {
    const body = toRequestBody(tables.events, { description: 'hot', severity: 'warning', origin: 'HP Openview', custom_id: '1',
      host: 'h1', 'host.external_status.state': 'warning' });
    expect(body).toEqual({ description: 'hot', severity: 'warning', origin: 'HP Openview', custom_id: 1,
      host: { id: 'h1', external_status: { state: 'warning' } } });
  });
});

/** A value different from `v` for element `el`, for the every-table test. */
function changed(el: ElementDef, v: unknown): unknown {
  switch (el.type) {
    case 'boolean': return !(v === true);
    case 'int': case 'bytes': return (typeof v === 'number' ? v : 0) + 1;
    case 'list': return el.of ? [Object.fromEntries(el.of.map((s) => [s.path, s.type === 'int' ? 1 : 'x']))] : ['x'];
    case 'enum': return typeof el.enumSource === 'object' ? el.enumSource.find((o) => o !== v) : 'changed';
    default: return `${String(v ?? '')}changed`;
  }
}

const editable = (Object.entries(tables) as [string, ResourceTable][]).filter(([, t]) => t.elements.some((e) => e.updatable));
describe.each(editable)('%s: edit sends only the changed element', (_s, table) => {
  const updatable = table.elements.filter((e) => e.updatable);
  it.each(updatable.map((e) => [e.path, e] as const))('%s', (_p, el) => {
    // An element shown only under a condition (a LUN disk's SCSI options) is edited with that condition met.
    const c = el.visibleWhen;
    const original: FormValues = c && !c.absent ? { [c.path]: c.in?.[0] ?? 'x' } : {};
    const values = { ...original, [el.path]: changed(el, undefined) as FormValues[string] };
    const body = toRequestBody(table, values, original);
    const keys = Object.keys(body);
    expect(keys).toEqual([el.path.split('.')[0]]);
    const xml = toXml(table.element, body);
    const parsed = parseXml(xml);
    expect(parsed.root).toBe(table.element);
    expect(Object.keys(parsed.value).filter((k) => k !== '#text')).toEqual(keys);
  });
});

describe('validate', () => {
  it.each<[string, ResourceTable, FormValues, 'create' | 'edit', Record<string, string>]>([
    ['missing required VM elements', tables.vms, { name: '' }, 'create',
      { name: 'Required', cluster: 'Required', template: 'Required' }],
    ['bad numbers', tables.vms, { name: 'a', cluster: 'c', template: 't', memory: 'lots', 'cpu.topology.sockets': '1.5', 'display.monitors': 9 }, 'create',
      { memory: 'Must be a number', 'cpu.topology.sockets': 'Must be a whole number', 'display.monitors': 'Must be at most 4' }],
    ['edit ignores non-updatable and create-only', tables.vms, { name: 'a', template: '', 'initialization.user_name': '' }, 'edit', {}],
    ['edit still needs a name', tables.vms, { name: '' }, 'edit', { name: 'Required' }],
    ['NFS needs address and path', tables.storagedomains, { type: 'data', host: 'h', 'storage.type': 'nfs' }, 'create',
      { 'storage.address': 'Required', 'storage.path': 'Required' }],
    ['local needs a path only', tables.storagedomains, { type: 'data', host: 'h', 'storage.type': 'localfs' }, 'create',
      { 'storage.path': 'Required' }],
    ['iSCSI needs the LUN', tables.storagedomains, { type: 'data', host: 'h', 'storage.type': 'iscsi', 'storage.address': 'a' }, 'create',
      { 'storage.logical_unit.id': 'Required', 'storage.logical_unit.address': 'Required', 'storage.logical_unit.port': 'Required',
        'storage.logical_unit.target': 'Required' }],
    ['image disk needs size and format', tables.disks, { interface: 'virtio' }, 'create',
      { provisioned_size: 'Required', format: 'Required' }],
    ['LUN disk needs no size', tables.disks, { interface: 'virtio', 'lun_storage.type': 'fcp', 'lun_storage.logical_unit.id': 'l1' }, 'create', {}],
    ['permission needs a user or a group', tables.permissions, { role: 'r' }, 'create', { user: 'Required', group: 'Required' }],
    ['permission with a group', tables.permissions, { role: 'r', group: 'g' }, 'create', {}],
    ['list rows', tables.macpools, { name: 'p', 'ranges.range': [{ from: '00:1a:4a:16:01:51', to: '' }] }, 'create',
      { 'ranges.range[0].to': 'Required' }],
    ['empty required list', tables.macpools, { name: 'p', 'ranges.range': [] }, 'create', { 'ranges.range': 'Required' }],
  ])('%s', (_case, table, values, mode, expected) => {
    expect(validate(table, values, mode)).toEqual(expected);
  });
});

describe('visibleWhen', () => {
  it.each<[string, ResourceTable, FormValues, string[], string[]]>([
    ['NFS domain', tables.storagedomains, { 'storage.type': 'nfs' }, ['storage.address', 'storage.path', 'storage.nfs_version'],
      ['storage.vfs_type', 'storage.logical_unit.id']],
    ['iSCSI domain', tables.storagedomains, { 'storage.type': 'iscsi' }, ['storage.address', 'storage.logical_unit.target'],
      ['storage.path', 'storage.nfs_version']],
    ['FCP domain', tables.storagedomains, { 'storage.type': 'fcp' }, ['storage.logical_unit.id'], ['storage.address', 'storage.logical_unit.port']],
    ['image disk', tables.disks, {}, ['provisioned_size', 'format', 'storage_domains.storage_domain'], ['lun_storage.logical_unit.id', 'sgio']],
    ['direct LUN disk', tables.disks, { 'lun_storage.type': 'fcp' }, ['lun_storage.logical_unit.id', 'sgio'], ['provisioned_size', 'lun_storage.logical_unit.port']],
  ])('%s', (_c, table, values, shown, hidden) => {
    const visible = table.elements.filter((e) => isVisible(e, values)).map((e) => e.path);
    expect(visible).toEqual(expect.arrayContaining(shown));
    for (const h of hidden) expect(visible).not.toContain(h);
  });

  it('leaves hidden input out of the request body and out of validation', () => {
    const values = { type: 'data', host: 'h1', 'storage.type': 'fcp', 'storage.logical_unit.id': 'lun1', 'storage.path': '/left/over', 'storage.nfs_version': 'v4' };
    expect(toRequestBody(tables.storagedomains, values)).toEqual({ type: 'data', host: { id: 'h1' }, storage: { type: 'fcp', logical_unit: { id: 'lun1' } } });
    expect(validate(tables.storagedomains, values, 'create')).toEqual({});
  });

  it('builds a VM from a template with cloned disks and from a snapshot (guide 15.6.1.2, 15.6.5.2)', () => {
    const base = { name: 'c1', cluster: 'cl', template: 't' };
    expect(toXml('vm', toRequestBody(tables.vms, { ...base, 'disks.clone': true }))).toMatch(/<disks>\s*<clone>true<\/clone>\s*<\/disks>/);
    expect(toRequestBody(tables.vms, { ...base, 'snapshots.snapshot': ['s1'] })).toMatchObject({ snapshots: { snapshot: [{ id: 's1' }] } });
  });
});

describe('arrayPaths', () => {
  it.each([
    ['vms', ['cpu.cpu_tune.vcpu_pin', 'custom_properties.custom_property', 'initialization.nic_configurations.nic_configuration',
      'os.boot', 'payloads.payload', 'payloads.payload.files.file', 'snapshots.snapshot', 'sso.methods.method']],
    ['macpools', ['ranges.range']],
    ['storagedomains', ['storage.logical_unit']],
    ['networks', ['usages.usage']],
  ] as const)('%s', (segment, expected) => {
    expect(arrayPaths(tables[segment])).toEqual(expected);
  });

  it('keeps a one-item list a list when the parser reads the entity', () => {
    const v = fromEntity(tables.vms, vm());
    expect(v['custom_properties.custom_property']).toHaveLength(1);
  });
});

describe('initialization method (Table 15.1 initialization: cloud-init for Linux, Sysprep for Windows)', () => {
  const method = tables.vms.elements.find((e) => e.path === 'initialization.method')!;
  const shown = (values: FormValues) => tables.vms.elements
    .filter((e) => e.path.startsWith('initialization.') || e.path === 'domain.name').filter((e) => isVisible(e, values)).map((e) => e.path);

  it.each([
    [undefined, 'cloud-init'], ['rhel_7x64', 'cloud-init'], ['other_linux', 'cloud-init'],
    ['windows_2012R2x64', 'sysprep'], ['windows_10', 'sysprep'],
  ])('OS %s defaults to %s', (os, expected) => {
    expect(followValue(method, { 'os.type': os })).toBe(expected);
  });

  it('follows the OS until the user chooses, then stays', () => {
    const start = applyFollows(tables.vms, {}, new Set());
    expect(start['initialization.method']).toBe('cloud-init');
    const windows = applyFollows(tables.vms, { ...start, 'os.type': 'windows_10' }, new Set(), 'os.type');
    expect(windows['initialization.method']).toBe('sysprep');
    const chosen = new Set(['initialization.method']);
    const kept = applyFollows(tables.vms, { ...windows, 'initialization.method': 'cloud-init', 'os.type': 'windows_8' }, chosen, 'os.type');
    expect(kept['initialization.method']).toBe('cloud-init');
  });

  it('shows only the chosen method\'s elements, and none without a method', () => {
    const cloud = shown({ 'initialization.method': 'cloud-init' });
    const sysprep = shown({ 'initialization.method': 'sysprep' });
    expect(cloud).toContain('initialization.dns_servers');
    expect(cloud).not.toContain('initialization.windows_license_key');
    expect(sysprep).toContain('initialization.windows_license_key');
    expect(sysprep).toContain('domain.name');
    expect(sysprep).not.toContain('initialization.dns_servers');
    for (const both of ['initialization.host_name', 'initialization.root_password', 'initialization.custom_script']) {
      expect(cloud).toContain(both);
      expect(sysprep).toContain(both);
    }
    expect(shown({})).toEqual(['initialization.method']);
  });

  it('sends only the chosen method\'s input, and never the method itself', () => {
    const typed = { name: 'w', 'initialization.host_name': 'w1', 'initialization.dns_servers': '192.0.2.1', 'initialization.org_name': 'ACME' };
    expect(toRequestBody(tables.vms, { ...typed, 'initialization.method': 'sysprep' }))
      .toEqual({ name: 'w', initialization: { host_name: 'w1', org_name: 'ACME' } });
    expect(toRequestBody(tables.vms, { ...typed, 'initialization.method': 'cloud-init' }))
      .toEqual({ name: 'w', initialization: { host_name: 'w1', dns_servers: '192.0.2.1' } });
    expect(toRequestBody(tables.vms, { ...typed, 'initialization.method': undefined })).toEqual({ name: 'w' });
  });

  it('reads the method of a stored VM from what it holds, else from its OS', () => {
    const of = (xml: string) => fromEntity(tables.vms, parseXml(`<vm>${xml}</vm>`).value)['initialization.method'];
    expect(of('<os type="rhel_7x64"/><initialization><windows_license_key>K</windows_license_key><host_name>a</host_name></initialization>')).toBe('sysprep');
    expect(of('<os type="windows_10"/><initialization><dns_servers>192.0.2.1</dns_servers></initialization>')).toBe('cloud-init');
    expect(of('<os type="windows_10"/><initialization><host_name>a</host_name></initialization>')).toBe('sysprep');
    expect(of('<os type="rhel_7x64"/>')).toBe('cloud-init');
    expect(formFields(tables.vms, 'edit').find((f) => f.path === 'initialization.method')?.disabled).toBe(false);
  });
});
