// The element tables: one declarative description per collection drives both the list columns and the
// create/edit form (STYLE.md, "one declarative field table"). Pure data: no React, no I/O.

export type ElementType =
  | 'string' | 'text' | 'int' | 'bytes' | 'boolean' | 'enum' | 'ref' | 'datetime' | 'password' | 'list';

/** For `bytes` the unit the user types (the wire is always bytes); for other numbers the unit shown beside them. */
export type Unit = 'bytes' | 'KiB' | 'MiB' | 'GiB' | 'TiB' | 'MHz' | 'percent' | 'seconds' | 'milliseconds' | 'minutes' | 'deciseconds';

/** Required only when another element has (or lacks) a value, e.g. an NFS path only for `storage.type` nfs. */
export interface Condition {
  path: string;
  in?: readonly string[];
  /** Required when `path` has no value (e.g. image-disk size when no LUN is given). */
  absent?: boolean;
}

export interface ElementDef {
  /** Dotted XML path relative to the resource root; attributes are addressed like children (`cpu.topology.cores`). */
  path: string;
  label: string;
  type: ElementType;
  unit?: Unit;
  /** Required on create (from the RSDL, see requiredParams.json). */
  required?: boolean;
  requiredWhen?: Condition;
  /** Shown in the form only when the condition holds (e.g. NFS options only for an NFS domain). */
  visibleWhen?: Condition;
  /** May be sent on PUT. Absent means the element is fixed after creation (shown disabled in edit). */
  updatable?: boolean;
  /** Reported by the engine only: never sent, hidden on create. */
  readOnly?: boolean;
  /** A capabilities category (`os_types`) or a fixed list of values. */
  enumSource?: string | readonly string[];
  /** For `ref`: the collection segment the referenced resource lives in; the value is its id. */
  ref?: string;
  /** For `list` of single values carried in one attribute or child of each item, e.g. `os.boot` items' `dev`. */
  item?: string;
  /** For `list` of single values: the values are whole numbers (NUMA core indexes). */
  itemType?: 'int';
  /** For `list` of records: the item's elements, paths relative to the item. */
  of?: ElementDef[];
  min?: number;
  max?: number;
  /** The guide's section / form tab. */
  group: string;
  help: string;
  /** Shown in the list by default. */
  column?: boolean;
  /**
   * A choice the form makes that is no element of the resource (the VM's initialization method): it decides what
   * the form shows, is never sent, and is not in the schema.
   */
  local?: boolean;
  /** Follows another element until the user sets it: the first pattern matching that element's value wins. */
  follows?: { path: string; map: readonly [pattern: string, value: string][]; otherwise?: string };
  /** What an empty choice of an enum means (default "(engine default)"). */
  emptyLabel?: string;
}

export interface ResourceTable {
  /** API path segment; also the registry key (`vms`, `storagedomains`). */
  segment: string;
  /** Root XML element of one resource (`vm`, `storage_domain`). */
  element: string;
  label: string;
  /** RSDL path of the create operation and which of its alternatives (`parameters_set`) the form implements. */
  create?: { path: string; sets?: number[] };
  /** RSDL path of the update operation. */
  update?: string;
  elements: ElementDef[];
}

export type FormValue = string | number | boolean | undefined | string[] | Record<string, unknown>[];
/** Form state keyed by element path. Numbers may be held as typed (strings); bytes are in the element's unit. */
export type FormValues = Record<string, FormValue>;

export interface FormField extends ElementDef {
  disabled: boolean;
  required: boolean;
}
