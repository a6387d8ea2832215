// Turns parsed criteria into one predicate over a collection's entities, checking every field name
// against the collection's table (unknown field → INVALID_CONDITION_FILED, like the engine).
// Cross-entity criteria (`hosts: vms.status=up`, `vms: users.name=mary`) hold when any related entity
// satisfies the condition; `!=` on a field with several values (tags, user names) holds when none equals.
import type { Entity } from '../types';
import { fail } from './errors';
import type { CollectionSearch, Field, Scalar } from './fieldTypes';
import { searchFor, segmentNamed } from './fields';
import type { Lookups } from './lookups';
import type { Condition, Criteria } from './parse';
import { valueTest } from './values';
import { containsMatcher } from './wildcard';

export type Predicate = (e: Entity) => boolean;

export interface CompileContext {
  search: CollectionSearch;
  look: Lookups;
  caseSensitive: boolean;
}

const asList = (v: Scalar | Scalar[]): Scalar[] => (Array.isArray(v) ? v : [v]);

export function compileCriteria(c: Criteria, ctx: CompileContext): Predicate {
  if (c.kind === 'condition') return compileCondition(c, c.field, ctx);
  const parts = c.items.map((item) => compileCriteria(item, ctx));
  return c.kind === 'and' ? (e) => parts.every((p) => p(e)) : (e) => parts.some((p) => p(e));
}

function compileCondition(c: Condition, field: string | undefined, ctx: CompileContext): Predicate {
  const { search, look } = ctx;
  if (field === undefined) return freeText(c, ctx);
  const dot = field.indexOf('.');
  if (dot >= 0) {
    const target = segmentNamed(field.slice(0, dot));
    const related = target ? search.relations?.[target] : undefined;
    const start = c.fieldSpan?.start ?? c.start;
    if (!target || !related) return fail('DOT_NOT_NEXT_TO_CROSS_REF_OBJ', { start, end: start + dot });
    const inner = compileCondition(c, field.slice(dot + 1), { ...ctx, search: searchFor(target) });
    return (e) => related(e, look).some(inner);
  }
  const def = search.fields[field.toLowerCase()];
  if (!def) return fail('INVALID_CONDITION_FILED', c.fieldSpan ?? c);
  const test = valueTest(def, c, ctx.caseSensitive, look.now);
  const get = valuesOf(ctx.look, def);
  if (c.op === '!=') return (e) => !get(e).some(test);
  return (e) => get(e).some(test);
}

/** A field's values of an entity, through the search index (Lookups.column) kept while the state holds. */
function valuesOf(look: Lookups, def: Field): (e: Entity) => Scalar[] {
  const column = look.column(def);
  return (e) => {
    let values = column.get(e);
    if (values === undefined) {
      values = asList(def.get(e, look));
      column.set(e, values);
    }
    return values;
  };
}

/** A bare word (or quoted text) is looked for inside the collection's free-text fields. */
function freeText(c: Condition, ctx: CompileContext): Predicate {
  const match = containsMatcher(c.value, ctx.caseSensitive);
  const getters = ctx.search.freeText.map((f) => valuesOf(ctx.look, ctx.search.fields[f]));
  return (e) => getters.some((get) => get(e).some((v) => typeof v === 'string' && match(v)));
}
