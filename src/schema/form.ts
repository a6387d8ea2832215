// Form and column derivations from an element table (STYLE.md "Forms").
import { isEmpty } from './paths';
import type { Condition, ElementDef, FormField, FormValues, ResourceTable } from './types';

export type Mode = 'create' | 'edit';

/** Create hides read-only elements; edit shows everything and disables what cannot change after creation. */
export function formFields(table: ResourceTable, mode: Mode): FormField[] {
  if (mode === 'create') {
    return table.elements.filter((e) => !e.readOnly).map((e) => ({ ...e, disabled: false, required: !!e.required }));
  }
  return table.elements.map((e) => {
    // A local choice is never sent, so it stays open in edit: it only decides what the form shows.
    const disabled = !!e.readOnly || (!e.updatable && !e.local);
    return { ...e, disabled, required: !!e.required && !disabled };
  });
}

/** Fields in table order, grouped by the guide's section (the form's tabs or fieldsets). */
export function groupFields<T extends ElementDef>(fields: T[]): [group: string, fields: T[]][] {
  const groups = new Map<string, T[]>();
  for (const f of fields) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  return [...groups];
}

export function columns(table: ResourceTable): ElementDef[] {
  return table.elements.filter((e) => e.column);
}

function holds(c: Condition, values: FormValues): boolean {
  const other = values[c.path];
  if (c.absent) return isEmpty(other);
  return !isEmpty(other) && (!c.in || c.in.includes(String(other)));
}

/** Whether the form shows `el` given the rest of the form (its `visibleWhen`). */
export function isVisible(el: ElementDef, values: FormValues): boolean {
  return !el.visibleWhen || holds(el.visibleWhen, values);
}

/** The value a `follows` element takes from the element it follows (the OS type for the initialization method). */
export function followValue(el: ElementDef, values: FormValues): string | undefined {
  const f = el.follows;
  if (!f) return undefined;
  const other = values[f.path];
  const text = isEmpty(other) ? '' : String(other);
  return f.map.find(([pattern]) => new RegExp(pattern, 'i').test(text))?.[1] ?? f.otherwise;
}

/**
 * `values` with every following element the user has not chosen (`chosen`) brought in line: those following
 * `changed`, or without `changed`, those that have no value yet.
 */
export function applyFollows(table: ResourceTable, values: FormValues, chosen: ReadonlySet<string>, changed?: string): FormValues {
  let next = values;
  for (const el of table.elements) {
    if (!el.follows || chosen.has(el.path)) continue;
    if (changed === undefined ? !isEmpty(values[el.path]) : el.follows.path !== changed) continue;
    const v = followValue(el, values);
    if (v !== values[el.path]) next = { ...next, [el.path]: v };
  }
  return next;
}

/** Whether `el` must have a value given the rest of the form (static `required` or its condition). */
export function isRequired(el: ElementDef, values: FormValues, mode: Mode): boolean {
  if (mode === 'edit' && (el.readOnly || !el.updatable)) return false;
  if (el.required) return true;
  const c = el.requiredWhen;
  if (!c || mode === 'edit') return false;
  return holds(c, values) && isVisible(el, values);
}

function numberMessage(el: ElementDef, v: unknown): string | undefined {
  if ((el.type !== 'int' && el.type !== 'bytes') || isEmpty(v)) return undefined;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isFinite(n) || String(v).trim() === '') return 'Must be a number';
  if (el.type === 'int' && !Number.isInteger(n)) return 'Must be a whole number';
  const min = el.min ?? 0;
  if (n < min) return `Must be at least ${min}`;
  if (el.max !== undefined && n > el.max) return `Must be at most ${el.max}`;
  return undefined;
}

/** Per-field messages (keyed by path; list rows as `path[i].sub`) for missing required values and bad numbers. */
export function validate(table: ResourceTable, values: FormValues, mode: Mode): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const el of table.elements) {
    if (el.readOnly || (mode === 'edit' && !el.updatable) || !isVisible(el, values)) continue;
    const v = values[el.path];
    if (isEmpty(v)) {
      // In edit mode an element the form never loaded is left alone by the PUT, so it cannot be missing.
      if (isRequired(el, values, mode) && (mode === 'create' || el.path in values)) errors[el.path] = 'Required';
      continue;
    }
    const bad = numberMessage(el, v);
    if (bad) errors[el.path] = bad;
    if (el.type === 'list' && el.itemType === 'int' && Array.isArray(v)) {
      const wrong = v.find((item) => !/^\d+$/.test(String(item).trim()));
      if (wrong !== undefined) errors[el.path] = `“${String(wrong)}” is not a whole number`;
    }
    if (el.type === 'list' && el.of && Array.isArray(v)) {
      v.forEach((row, i) => {
        for (const sub of el.of ?? []) {
          const sv = (row as Record<string, unknown>)[sub.path];
          const key = `${el.path}[${i}].${sub.path}`;
          if (isEmpty(sv)) {
            if (sub.required) errors[key] = 'Required';
          } else {
            const m = numberMessage(sub, sv);
            if (m) errors[key] = m;
          }
        }
      });
    }
  }
  return errors;
}
