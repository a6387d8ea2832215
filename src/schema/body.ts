// Entity ⇄ form values ⇄ request body. PUT carries only changed, updatable elements: the engine leaves omitted
// elements alone (guide 7.4.3), so two admins editing different fields do not overwrite each other.
import { followValue, isVisible } from './form';
import { isEmpty, setAt, valueAt } from './paths';
import type { ElementDef, FormValue, FormValues, ResourceTable } from './types';
import { bytesFromDisplay, bytesToDisplay, displayUnit } from './units';

function scalarFromEntity(el: ElementDef, raw: unknown): FormValue {
  if (raw === undefined || raw === null) return undefined;
  if (el.type === 'boolean') return raw === true || raw === 'true';
  if (el.type === 'bytes') {
    const n = typeof raw === 'number' ? raw : Number(raw);
    return Number.isFinite(n) ? bytesToDisplay(n, displayUnit(el)) : undefined;
  }
  if (el.type === 'int') {
    const n = typeof raw === 'number' ? raw : Number(raw);
    return Number.isFinite(n) ? n : undefined;
  }
  if (typeof raw === 'object') return undefined;
  return String(raw);
}

function elementFromEntity(el: ElementDef, entity: unknown): FormValue {
  if (el.type === 'ref') return scalarFromEntity(el, valueAt(entity, `${el.path}.id`));
  if (el.type !== 'list') return scalarFromEntity(el, valueAt(entity, el.path));
  const raw = valueAt(entity, el.path);
  const items = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  if (el.of) {
    const of = el.of;
    return items.map((item) =>
      Object.fromEntries(of.map((sub) => [sub.path, elementFromEntity(sub, item)]).filter(([, v]) => v !== undefined)));
  }
  if (el.item) return items.map((i) => valueAt(i, el.item as string)).filter((v) => v !== undefined).map(String);
  return items.map((i) => String(i));
}

/**
 * A local choice for a stored resource: the alternative most of the stored elements depending on it belong to
 * (a VM with a Windows license key used Sysprep); without any, what it follows; without that, nothing.
 */
function localFromValues(table: ResourceTable, el: ElementDef, values: FormValues): FormValue {
  const votes = new Map<string, number>();
  for (const dep of table.elements) {
    if (dep.visibleWhen?.path !== el.path || isEmpty(values[dep.path])) continue;
    for (const alt of dep.visibleWhen.in ?? []) votes.set(alt, (votes.get(alt) ?? 0) + 1 / (dep.visibleWhen.in?.length ?? 1));
  }
  const best = Math.max(0, ...votes.values());
  const top = [...votes].filter(([, n]) => n === best).map(([alt]) => alt);
  const follow = followValue(el, values);
  if (top.length === 1) return top[0];
  if (top.length > 1) return follow && top.includes(follow) ? follow : top[0];
  return follow;
}

/** Form values of a parsed entity (refs as ids, bytes in the element's display unit). */
export function fromEntity(table: ResourceTable, entity: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const el of table.elements) {
    if (el.local) continue;
    const v = elementFromEntity(el, entity);
    if (v !== undefined && !(Array.isArray(v) && v.length === 0 && valueAt(entity, el.path) === undefined)) values[el.path] = v;
  }
  for (const el of table.elements) {
    if (!el.local) continue;
    const v = localFromValues(table, el, values);
    if (v !== undefined) values[el.path] = v;
  }
  return values;
}

const TEXTUAL = new Set(['string', 'text', 'password', 'enum', 'datetime']);

/** The wire value of one element, or undefined when there is nothing valid to send. */
function toWire(el: ElementDef, v: FormValue): unknown {
  if (isEmpty(v)) return undefined;
  switch (el.type) {
    case 'int': {
      const n = Number(v);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'bytes': {
      const n = Number(v);
      return Number.isFinite(n) ? bytesFromDisplay(n, displayUnit(el)) : undefined;
    }
    case 'boolean':
      return v === true || v === 'true';
    case 'ref':
      return { id: String(v) };
    case 'list': {
      const items = Array.isArray(v) ? v : [v];
      if (el.of) {
        const of = el.of;
        return items.map((row) => {
          const obj: Record<string, unknown> = {};
          for (const sub of of) {
            const w = toWire(sub, (row as Record<string, FormValue>)[sub.path]);
            if (w !== undefined) setAt(obj, sub.path, w);
          }
          return obj;
        });
      }
      if (el.item) {
        const item = el.item;
        return items.map((s) => {
          const obj: Record<string, unknown> = {};
          setAt(obj, item, String(s));
          return obj;
        });
      }
      return items.map(String);
    }
    default:
      return String(v);
  }
}

const canon = (el: ElementDef, v: FormValue): string => JSON.stringify(toWire(el, v) ?? null);

/**
 * The nested object for `toXml(table.element, …)`. Without `original` (create): every non-read-only element that
 * has a value. With `original` (edit; the form values `fromEntity` gave): only updatable elements whose value
 * changed; a cleared text element is sent empty so the engine clears it.
 */
export function toRequestBody(table: ResourceTable, values: FormValues, original?: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const el of table.elements) {
    // A hidden element (an NFS option after switching to iSCSI) is not the user's input any more; a local
    // choice (the initialization method) is the form's, not the engine's.
    if (el.readOnly || el.local || !isVisible(el, values)) continue;
    const v = values[el.path];
    if (original) {
      if (!el.updatable || !(el.path in values)) continue;
      if (canon(el, v) === canon(el, original[el.path])) continue;
      if (isEmpty(v)) {
        if (TEXTUAL.has(el.type)) setAt(body, el.path, '');
        else if (el.type === 'list') setAt(body, el.path, []);
        continue;
      }
    }
    const w = toWire(el, v);
    if (w !== undefined) setAt(body, el.path, w);
  }
  return body;
}
