// Elements every resource shares (guide 7.2, Table 7.3: name and description; comment from the schema).
import type { ElementDef } from '../types';

export function nameElement(help: string, extra: Partial<ElementDef> = {}): ElementDef {
  return { path: 'name', label: 'Name', type: 'string', group: 'General', help, column: true, updatable: true, ...extra };
}

export function descriptionElement(help = 'A free-text description.', extra: Partial<ElementDef> = {}): ElementDef {
  return { path: 'description', label: 'Description', type: 'string', group: 'General', help, column: true, updatable: true, ...extra };
}

export function commentElement(extra: Partial<ElementDef> = {}): ElementDef {
  return { path: 'comment', label: 'Comment', type: 'string', group: 'General', help: 'A free-text comment for administrators.', updatable: true, ...extra };
}

/** `status/state`: reported by the engine, values listed under the capabilities category `enumSource`. */
export function statusElement(enumSource: string, help: string): ElementDef {
  return { path: 'status.state', label: 'Status', type: 'enum', enumSource, group: 'General', help, readOnly: true, column: true };
}
