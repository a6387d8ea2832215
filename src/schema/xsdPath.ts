// Walks an element path through the schema (src/xsd): checks it exists and finds the repeated elements on the way.
import { childOf, complexType, typeOfElement } from '../xsd/model';
import type { ElementDef, ResourceTable } from './types';

export interface Resolved {
  /** Schema type of the leaf (`xs:string`, `Cluster`), or `attribute`. */
  type: string;
  /** Prefixes of `path` that name repeated elements (`os.boot`). */
  repeated: string[];
}

/** Resolves `path` below complex type `type`; undefined if any segment is unknown to the schema. */
export function resolvePath(type: string | undefined, path: string): Resolved | undefined {
  const segs = path.split('.');
  const repeated: string[] = [];
  let cur = type;
  for (let i = 0; i < segs.length; i++) {
    const child = childOf(cur, segs[i]);
    if (child) {
      if (child[2]) repeated.push(segs.slice(0, i + 1).join('.'));
      cur = child[1];
      continue;
    }
    const isLast = i === segs.length - 1;
    if (isLast && complexType(cur)?.a.includes(segs[i])) return { type: 'attribute', repeated };
    return undefined;
  }
  return cur ? { type: cur, repeated } : undefined;
}

/** Every path an element stands for in the schema: refs through their `id`, record lists through their items. */
export function schemaPaths(el: ElementDef): string[] {
  if (el.local) return [];
  if (el.type === 'ref') return [`${el.path}.id`];
  if (el.type === 'list' && el.item) return [`${el.path}.${el.item}`];
  if (el.type === 'list' && el.of) return el.of.flatMap((sub) => schemaPaths(sub).map((p) => `${el.path}.${p}`));
  return [el.path];
}

/**
 * Element paths (relative to the resource root) the schema declares repeating, so a parser keeps a one-item
 * list a list. Derived from the table's elements and checked against api.xsd.
 */
export function arrayPaths(table: ResourceTable): string[] {
  const root = typeOfElement(table.element);
  const out = new Set<string>();
  for (const el of table.elements) {
    for (const p of schemaPaths(el)) for (const r of resolvePath(root, p)?.repeated ?? []) out.add(r);
  }
  return [...out].sort();
}
