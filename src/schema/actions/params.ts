// Builders for action parameters: ElementDefs relative to the `<action>` body (RSDL `action.x` parameters).
import type { ActionTable } from './types';
import type { ElementDef } from '../types';

const G = 'Action';

export const ref = (path: string, label: string, collection: string, help: string, required = false): ElementDef =>
  ({ path, label, type: 'ref', ref: collection, required, group: G, help });

export const text = (path: string, label: string, help: string, required = false): ElementDef =>
  ({ path, label, type: 'string', required, group: G, help });

export const secret = (path: string, label: string, help: string): ElementDef => ({ path, label, type: 'password', group: G, help });

export const int = (path: string, label: string, help: string, extra: Partial<ElementDef> = {}): ElementDef =>
  ({ path, label, type: 'int', group: G, help, ...extra });

export const flag = (path: string, label: string, help: string): ElementDef => ({ path, label, type: 'boolean', group: G, help });

/**
 * An enumerated parameter: `values` names the /capabilities list it takes its values from (`fence_types`), or is a
 * fixed list where capabilities has none (say which schema says so beside it).
 */
export const choice = (path: string, label: string, values: string | readonly string[], help: string, required = false): ElementDef =>
  ({ path, label, type: 'enum', enumSource: values, required, group: G, help });

/** `force`: checking it makes the dialog ask for the name (a forced operation cannot be taken back). */
export const force = (help: string): ElementDef => flag('force', 'Force', help);

/** A collection whose items have no actions besides removal (guide 7.4.8: DELETE). */
export const removeOnly = (segment: string): ActionTable => ({ segment, actions: [], remove: {} });
