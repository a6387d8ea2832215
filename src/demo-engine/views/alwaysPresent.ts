// Elements the real engine writes on every VM, template, instance type, disk and NIC whatever was stored,
// because its mappers fill them from the entity's columns (recorded: ovirt-4.1-v3compat/013_get_templates.xml,
// 011_get_vms_*.xml). v3 clients read them unconditionally, so the representation fills what a stored
// entity lacks. A pure function of the entity: nothing is stored, nothing to invalidate.
import type { Entity } from '../types';

/** The VmBase columns every VM, template and instance type has (V3VmBaseOutAdapter writes them all). */
function vmBase(e: Entity): Record<string, unknown> {
  return {
    bios: { boot_menu: { enabled: false } },
    os: { type: 'other', boot: [{ dev: 'hd' }] },
    high_availability: { enabled: false, priority: 0 },
    sso: { methods: { method: [{ id: 'guest_agent' }] } },
    usb: { enabled: false },
    migration_downtime: -1,
    start_paused: false,
    migration: { auto_converge: 'inherit', compressed: 'inherit' },
    io: { threads: 0 },
    ...(e.memory !== undefined ? { memory_policy: { guaranteed: e.memory } } : {}),
  };
}

/** A template is its own base version unless it names one (recorded: `<version><base_template id=own/>`). */
function templateVersion(e: Entity): Record<string, unknown> {
  const v = e.version ?? {};
  return { version: { ...v, base_template: v.base_template ?? { id: e.id }, version_number: v.version_number ?? 1 } };
}

/** v3 clients read a disk's `name`; the engine writes the alias under both names. */
function diskNames(e: Entity): Record<string, unknown> {
  const label = e.alias ?? e.name;
  return label === undefined ? {} : { alias: label, name: label };
}

const FILL: Record<string, (e: Entity) => Record<string, unknown>> = {
  vms: (e) => ({ ...vmBase(e), placement_policy: { affinity: 'migratable' }, next_run_configuration_exists: false }),
  templates: (e) => ({ ...vmBase(e), ...templateVersion(e) }),
  instancetypes: vmBase,
};

/** `entity` with the always-present elements of `path` (`vms`, `templates/disks`...) filled where missing. */
export function withAlwaysPresent(path: string, entity: Entity): Entity {
  const last = path.slice(path.lastIndexOf('/') + 1);
  const fill = path.includes('/') ? undefined : FILL[path];
  const defaults = fill ? fill(entity) : {};
  if (last === 'disks') return { ...entity, ...diskNames(entity) };
  if (!fill) return entity;
  const out: Entity = { ...defaults, ...entity };
  // Objects the entity has only partly (a template's version without base_template) take the missing parts.
  for (const k of ['version', 'os']) if (entity[k] && defaults[k]) out[k] = { ...(defaults[k] as object), ...entity[k] };
  return out;
}
