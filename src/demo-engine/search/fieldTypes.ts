// How a collection's search fields are declared: one table per collection (fields/*.ts) maps each
// field name the engine's search accepts to a kind and a getter over the stored wire shape.
import type { Entity } from '../types';
import type { Lookups } from './lookups';

export type FieldKind = 'string' | 'number' | 'date' | 'enum' | 'bool' | 'tag';
export type Scalar = string | number | boolean | null | undefined;
export type Getter = (e: Entity, look: Lookups) => Scalar | Scalar[];

export interface Field {
  kind: FieldKind;
  get: Getter;
  /** enum: the accepted values, in the engine's order when `ordered` (events `severity>normal`). */
  values?: readonly string[];
  ordered?: boolean;
  /** enum: other spellings the engine accepts (`poweringup` → `powering_up`). */
  aliases?: Record<string, string>;
}

export type FieldTable = Record<string, Field>;

export interface Relation {
  /** The collection on the other side (`hosts: vms.status=up` → vms). */
  target: string;
  related(e: Entity, look: Lookups): Entity[];
}

export interface CollectionSearch {
  /** Names accepted before `:` and as a cross-reference prefix (`vms`, `vm`), lower case. */
  names: string[];
  fields: FieldTable;
  /** Fields a bare word is looked for in (free text). */
  freeText: string[];
  defaultSort: { field: string; desc: boolean };
  /** Cross-entity criteria, by target collection segment. */
  relations?: Record<string, Relation['related']>;
}

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

export const str = (get: Getter): Field => ({ kind: 'string', get });
export const num = (get: Getter): Field => ({ kind: 'number', get });
export const date = (get: Getter): Field => ({ kind: 'date', get });
export const bool = (get: Getter): Field => ({ kind: 'bool', get });
export const enumOf = (values: readonly string[], get: Getter, extra: Partial<Field> = {}): Field =>
  ({ kind: 'enum', get, values, ...extra });
export const tagsOf = (segment: string): Field =>
  ({ kind: 'tag', get: (e, look) => look.tagNames(segment, e.id) });

/** Sizes the engine searches in MB (VM and host memory) or GB (storage), stored in bytes. */
export const inMiB = (bytes: unknown) => (typeof bytes === 'number' ? Math.round(bytes / MiB) : undefined);
export const inGiB = (bytes: unknown) => (typeof bytes === 'number' ? Math.round((bytes / GiB) * 100) / 100 : undefined);

/** Fields most collections share: name, description, comment, id. */
export const basics = (): FieldTable => ({
  name: str((e) => e.name),
  description: str((e) => e.description),
  comment: str((e) => e.comment),
  id: str((e) => e.id),
});

export const clusterName = str((e, look) => look.name('clusters', e.cluster));
export const dataCenterOfCluster = str((e, look) => look.dataCenterOfCluster(e.cluster)?.name);
