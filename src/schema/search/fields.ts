// The engine's search fields per collection (guide 7.3.7: `status=up and cluster=prod sortby name desc`), as the
// portal needs them for suggestions and sortable columns. Pure data: the engine's own condition fields,
// their kinds, and where known values come from (a capabilities enum, or the names of another collection).
export type SearchFieldKind = 'string' | 'number' | 'date' | 'enum' | 'bool' | 'tag';

export interface SearchField {
  name: string;
  kind: SearchFieldKind;
  /** Fixed values (enums from capabilities, booleans). */
  values?: readonly string[];
  /** Values are names of items in this collection (`cluster` → clusters). */
  namesOf?: string;
  /** Shown beside the suggestion: units the engine searches in (`memory` in MB). */
  hint?: string;
  /** Enum values compare by order (events `severity>normal`). */
  ordered?: boolean;
}

export const VM_STATES = ['unassigned', 'down', 'up', 'powering_up', 'paused', 'migrating', 'unknown', 'not_responding',
  'wait_for_launch', 'reboot_in_progress', 'saving_state', 'restoring_state', 'suspended', 'image_locked', 'powering_down'] as const;
export const HOST_STATES = ['down', 'error', 'initializing', 'installing', 'install_failed', 'maintenance', 'non_operational',
  'non_responsive', 'pending_approval', 'preparing_for_maintenance', 'connecting', 'reboot', 'unassigned', 'up', 'installing_os', 'kdumping'] as const;
export const STORAGE_DOMAIN_STATES = ['active', 'inactive', 'locked', 'mixed', 'unattached', 'maintenance',
  'preparing_for_maintenance', 'detaching', 'activating', 'unknown'] as const;
export const IMAGE_STATES = ['illegal', 'locked', 'ok'] as const;
export const DATA_CENTER_STATES = ['uninitialized', 'up', 'maintenance', 'not_operational', 'problematic', 'contend'] as const;
export const EVENT_SEVERITIES = ['normal', 'warning', 'error', 'alert'] as const;
const BOOL = ['true', 'false'] as const;

const s = (name: string, extra: Partial<SearchField> = {}): SearchField => ({ name, kind: 'string', ...extra });
const n = (name: string, hint?: string): SearchField => ({ name, kind: 'number', hint });
const d = (name: string): SearchField => ({ name, kind: 'date', hint: 'e.g. 2024-01-31' });
const e = (name: string, values: readonly string[]): SearchField => ({ name, kind: 'enum', values });
const b = (name: string): SearchField => ({ name, kind: 'bool', values: BOOL });
const tag: SearchField = { name: 'tag', kind: 'tag', namesOf: 'tags' };
const basics = [s('name'), s('description'), s('comment'), s('id')];
const cluster = s('cluster', { namesOf: 'clusters' });
const datacenter = s('datacenter', { namesOf: 'datacenters' });

export const SEARCH_FIELDS: Record<string, SearchField[]> = {
  vms: [...basics, e('status', VM_STATES), s('host', { namesOf: 'hosts' }), cluster, datacenter, s('template', { namesOf: 'templates' }),
    s('pool', { namesOf: 'vmpools' }), s('os'), e('type', ['server', 'desktop', 'high_performance']), n('memory', 'MB'), d('creationdate'),
    tag, s('ip'), s('address'), s('domain'), s('user')],
  hosts: [...basics, e('status', HOST_STATES), cluster, datacenter, s('address'), n('memory', 'MB'), n('cpus'), s('cpu_model'),
    n('cpu_speed', 'MHz'), s('version'), s('type'), n('active_vms'), b('update_available'), tag],
  clusters: [...basics, datacenter, s('architecture'), s('compatibility_version')],
  datacenters: [...basics, e('status', DATA_CENTER_STATES), e('type', ['local', 'shared']), s('compatibility_version')],
  networks: [...basics, datacenter, n('vlanid'), n('mtu'), b('stp'), b('vmnetwork')],
  storagedomains: [...basics, e('status', STORAGE_DOMAIN_STATES), datacenter, s('type'), n('size', 'GB free'), n('used', 'GB'),
    n('committed', 'GB'), b('wipe_after_delete')],
  disks: [s('alias'), s('name'), s('description'), s('id'), n('size', 'GB'), n('provisioned_size', 'GB'), n('actual_size', 'GB'),
    d('creation_date'), b('bootable'), b('shareable'), e('status', IMAGE_STATES), s('disk_type'), s('format')],
  templates: [...basics, s('os'), d('creationdate'), n('childcount'), n('mem', 'MB'), e('status', IMAGE_STATES), cluster, datacenter, tag],
  instancetypes: [...basics, n('mem', 'MB'), n('memory', 'MB')],
  vmpools: [...basics, s('type'), cluster, datacenter],
  users: [s('id'), s('name'), s('lastname'), s('usrname'), s('department'), s('directory', { namesOf: 'domains' }), s('email'), tag],
  groups: [...basics, s('directory', { namesOf: 'domains' }), tag],
  events: [n('id'), n('type'), { name: 'severity', kind: 'enum', values: EVENT_SEVERITIES, ordered: true }, s('message'), s('description'), d('time'),
    s('usrname'), s('event_host', { namesOf: 'hosts' }), s('event_vm'), s('event_template', { namesOf: 'templates' }),
    s('event_storage', { namesOf: 'storagedomains' }), s('event_datacenter', { namesOf: 'datacenters' }), s('correlation_id'), s('origin'),
    n('custom_event_id')],
};

/** The fields of a collection's search; [] for a collection the engine does not search. */
export function searchFields(segment: string): SearchField[] {
  return SEARCH_FIELDS[segment] ?? [];
}

/** Operators the engine's search accepts for a field kind (guide 7.3.7). */
export function operatorsFor(field: SearchField): string[] {
  if (field.kind === 'number' || field.kind === 'date' || field.ordered) return ['=', '!=', '>', '<', '>=', '<='];
  return ['=', '!='];
}
