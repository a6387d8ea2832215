// What the engine's RSDL requires on create (src/schema/generated/requiredParams.json, written by
// scripts/gen-required-params.ts), mapped to element-table paths.
import requiredParams from './generated/requiredParams.json';
import type { ResourceTable } from './types';

export interface ParamSet { description?: string; required: string[] }
export interface Operation { rel: string; type?: string; sets: ParamSet[]; optional: string[] }
export const rsdl = requiredParams as unknown as Record<string, Record<string, Operation>>;

/**
 * An RSDL parameter (`vm.cluster.id|vm.cluster.name`) as a table path relative to the root (`cluster`):
 * the root prefix goes (the RSDL spells it `storagedomain`, the XML `storage_domain`), and an id-or-name
 * alternative is the reference itself.
 */
export function tablePath(param: string): string {
  const alts = param.split('|').map((a) => a.split('.').slice(1).join('.'));
  if (alts.length > 1) {
    const base = alts[0].replace(/\.(id|name)$/, '');
    if (alts.every((a) => a.replace(/\.(id|name)$/, '') === base)) return base;
  }
  return alts[0];
}

function createSets(table: ResourceTable): string[][] {
  if (!table.create) return [];
  const op = rsdl[table.create.path]?.POST;
  if (!op) return [];
  const chosen = table.create.sets ? table.create.sets.map((i) => op.sets[i]) : op.sets;
  return chosen.filter(Boolean).map((s) => s.required.map(tablePath));
}

/** Paths every chosen create alternative requires. */
export function requiredOnCreate(table: ResourceTable): string[] {
  const sets = createSets(table);
  if (!sets.length) return [];
  return sets[0].filter((p) => sets.every((s) => s.includes(p)));
}

/** Paths some chosen create alternative requires (candidates for `requiredWhen`). */
export function requiredInSomeCreate(table: ResourceTable): string[] {
  return [...new Set(createSets(table).flat())];
}

/** Every path the RSDL accepts on PUT, each alternative spelled out, without the root prefix (`cluster.id`). */
export function updatableInRsdl(table: ResourceTable): string[] {
  const op = table.update ? rsdl[table.update]?.PUT : undefined;
  if (!op) return [];
  const all = [...op.optional, ...op.sets.flatMap((s) => s.required)].flatMap((p) => p.split('|'));
  return [...new Set(all.map((a) => a.split('.').slice(1).join('.')))];
}
