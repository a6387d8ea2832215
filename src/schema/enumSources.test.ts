// Issue 15: every enumerated element of the forms and action dialogs takes its values from /capabilities (a picker,
// never free text). The walk below finds each element the schema knows to be enumerated by its path and holds
// it to the capabilities list that names its values; a fixed list is allowed only from tables/fixedEnums.ts.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import served from '../demo-engine/data/capabilities.json';
import { enumOptions, parseCapabilities } from '../query/capabilities';
import { parseXml, type XmlObject } from '../xsd/parse';
import { tables, type ElementDef } from './index';
import { actionTables } from './actions';
import { FIXED_ENUMS } from './tables/fixedEnums';

/**
 * Path suffix (below the resource's root element, `item` appended) → the capabilities category listing its values
 * (../shared/spec/engine/capabilities.xml; api.xsd types these elements xs:string). The longest suffix wins.
 */
const KNOWN: Record<string, string> = {
  fence_type: 'fence_types', quota_mode: 'quota_mode_types', 'disk.storage_type': 'disk_storage_types',
  'storage_domain.type': 'storage_domain_types', 'storage.type': 'storage_types', 'storage_connection.type': 'storage_types',
  nfs_version: 'nfs_versions', storage_format: 'storage_formats', boot_protocol: 'boot_protocols', 'ip.version': 'ip_versions',
  'payload.type': 'vm_device_types', 'file.type': 'payload_encodings', 'display.type': 'display_types',
  'display.disconnect_action': 'display_disconnect_actions', 'pm_proxy.type': 'pm_proxy_types',
  'power_management.type': 'power_managers', 'host.protocol': 'host_protocols', authentication_method: 'authentication_methods',
  'vm.os.type': 'os_types', 'template.os.type': 'os_types', 'boot.dev': 'boot_devices', 'vm.type': 'vm_types', 'template.type': 'vm_types',
  'vm_pool.type': 'vm_pool_types', 'cpu.mode': 'cpu_modes', 'cluster.cpu.id': 'cpus', 'serial_number.policy': 'serial_number_policies',
  'placement_policy.affinity': 'vm_affinities', 'migration.auto_converge': 'inheritable_booleans',
  'migration.compressed': 'inheritable_booleans', 'rng_device.source': 'rng_sources', 'disk.interface': 'disk_interfaces',
  'disk.format': 'disk_formats', sgio: 'sgio_options', 'nic.interface': 'nic_interfaces', 'watchdog.model': 'watchdog_models',
  'watchdog.action': 'watchdog_actions', 'usages.usage': 'usages', 'scheduling_policy.policy': 'scheduling_policies',
  'error_handling.on_error': 'error_handling', 'permit.id': 'permits', 'external_status.state': 'external_statuses',
  'vm.custom_properties.custom_property.name': 'custom_properties',
  'template.custom_properties.custom_property.name': 'custom_properties',
  // Elements of collections without a form yet: a table for them must pick from these lists too.
  'gluster_volume.volume_type': 'gluster_volume_types', transport_type: 'transport_types', 'qos.type': 'qos_types',
  'graphics_console.protocol': 'graphics_types', plugin_type: 'network_plugin_types', broker_type: 'message_broker_types',
  'configuration.type': 'configuration_types', 'selinux.mode': 'selinux_modes', content_type: 'content_types',
  required_rng_source: 'rng_sources',
  // Reported only, but shown and filtered by these values.
  'host.kdump_status': 'kdump_states', 'snapshot.snapshot_status': 'snapshot_statuses', 'spm.status.state': 'spm_states',
  'data_center.status.state': 'data_center_states', 'host.status.state': 'host_states', 'network.status.state': 'network_states',
  'storage_domain.status.state': 'storage_domain_states', 'template.status.state': 'template_states', 'vm.status.state': 'vm_states',
  'disk.status.state': 'disk_states',
};

const knownList = (key: string): string | undefined => {
  const hits = Object.keys(KNOWN).filter((s) => key === s || key.endsWith(`.${s}`));
  return hits.length ? KNOWN[hits.sort((a, b) => b.length - a.length)[0]] : undefined;
};

interface Entry { where: string; key: string; el: ElementDef }

function walk(where: string, root: string, els: readonly ElementDef[] | undefined, out: Entry[]): Entry[] {
  for (const el of els ?? []) {
    if (el.local) continue; // the form's own choice, no element of the resource
    const key = `${root}.${el.path}${el.item ? `.${el.item}` : ''}`;
    out.push({ where, key, el });
    walk(where, `${root}.${el.path}`, el.of, out);
  }
  return out;
}

const entries: Entry[] = [
  ...Object.values(tables).flatMap((t) => walk(`tables.${t.segment}`, t.element, t.elements, [])),
  ...Object.values(actionTables).flatMap((t) => [
    ...t.actions.flatMap((a) => walk(`actions.${t.segment}.${a.name}`, 'action', a.params, [])),
    ...walk(`actions.${t.segment}.remove`, t.remove?.root ?? 'action', t.remove?.params, []),
  ]),
];

const caps = parseCapabilities(served as unknown as XmlObject);
const values = (list: string) => enumOptions(caps, list).map((o) => o.value);
const enumerated = entries.filter((e) => knownList(e.key));

describe('enumerated elements pick from /capabilities', () => {
  it('finds the enumerated elements (the walk reaches forms, record rows and action parameters)', () => {
    const keys = enumerated.map((e) => e.key);
    for (const k of ['action.fence_type', 'data_center.quota_mode', 'vm.payloads.payload.type', 'host.power_management.pm_proxies.pm_proxy.type'])
      expect(keys).toContain(k);
  });

  it.each(enumerated.map((e) => [e.where, e.key, e] as const))('%s %s names its capabilities list', (_w, key, { el }) => {
    expect(el.type === 'enum' || el.type === 'list', `${key} is ${el.type}`).toBe(true);
    expect(el.enumSource).toBe(knownList(key));
  });

  it('every list named by an element is in the capabilities document the demo engine serves', () => {
    const named = [...new Set(entries.map((e) => e.el.enumSource).filter((s): s is string => typeof s === 'string'))];
    expect(named.filter((list) => values(list).length === 0)).toEqual([]);
  });

  it('every list the schema knows is in the capabilities document the demo engine serves', () => {
    expect([...new Set(Object.values(KNOWN))].filter((list) => values(list).length === 0)).toEqual([]);
  });

  it('a fixed list is only one of tables/fixedEnums.ts, where each says why capabilities has none', () => {
    const fixed = entries.filter((e) => Array.isArray(e.el.enumSource) && !FIXED_ENUMS.includes(e.el.enumSource as readonly string[]));
    expect(fixed.map((e) => `${e.where} ${e.key}`)).toEqual([]);
  });

  it('no fixed list repeats values capabilities lists (then it should name that list)', () => {
    const lists = Object.keys({ ...caps.global, ...caps.versions.find((v) => v.current)?.values });
    const same = FIXED_ENUMS.flatMap((f) => lists.filter((l) => [...values(l)].sort().join() === [...f].sort().join()));
    expect(same).toEqual([]);
  });
});

// Tests run from the project root; the real engine's document sits in ../shared (or ../../shared from a worktree).
const REAL = ['../shared', '../../shared'].map((d) => resolve(process.cwd(), d, 'spec/engine/capabilities.xml')).find(existsSync);

describe.skipIf(!REAL)('the demo engine serves the real engine\'s capabilities values', () => {
  it.each([...new Set(Object.values(KNOWN))])('%s', (list) => {
    const real = parseCapabilities(parseXml(readFileSync(REAL!, 'utf8')).value);
    for (const v of real.versions) {
      expect(enumOptions(caps, list, v).map((o) => o.value)).toEqual(enumOptions(real, list, v).map((o) => o.value));
    }
  });
});
