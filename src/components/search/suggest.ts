// Suggestions for the engine's search language as the user types (guide 7.3.7): field names, then operators,
// then known values of the field, then `and` / `or` / `sortby`, and after `sortby` a field and `asc`/`desc`.
// Pure: the caller supplies the collection's fields and the values it knows (statuses, names from live lists).
import { quote } from '../../api';
import { operatorsFor, type SearchField } from '../../schema/search/fields';
import { t } from '../../i18n';

export interface Suggestion {
  /** The whole search text once the suggestion is taken. */
  value: string;
  /** What the list shows. */
  label: string;
  kind: 'field' | 'operator' | 'value' | 'keyword';
  hint?: string;
}

const OPERATOR = /^([\w.]+)(!=|>=|<=|=|>|<)(.*)$/;
const MAX = 30;
const starts = (s: string, p: string) => s.toLowerCase().startsWith(p.toLowerCase());

/** Values the field can take, known so far (fixed values or names of another collection's items). */
export type ValuesOf = (field: SearchField) => readonly string[];

export function suggest(text: string, fields: readonly SearchField[], valuesOf: ValuesOf): Suggestion[] {
  const tail = /(\S*)$/.exec(text)?.[1] ?? '';
  const prefix = text.slice(0, text.length - tail.length);
  const words = prefix.trim() ? prefix.trim().split(/\s+/) : [];
  const last = words[words.length - 1]?.toLowerCase();
  const byName = new Map(fields.map((f) => [f.name, f]));
  const out: Suggestion[] = [];

  // `sortby <field>` then `asc|desc`.
  if (last === 'sortby') {
    for (const f of fields) if (starts(f.name, tail)) out.push({ value: `${prefix}${f.name} `, label: f.name, kind: 'field' });
    return out.slice(0, MAX);
  }
  if (words[words.length - 2]?.toLowerCase() === 'sortby') {
    return ['asc', 'desc'].filter((o) => starts(o, tail)).map((o) => ({ value: `${prefix}${o}`, label: o, kind: 'keyword' }));
  }

  const m = OPERATOR.exec(tail);
  if (m) {
    const field = byName.get(m[1].toLowerCase());
    if (!field) return [];
    const typed = m[3].replace(/^"/, '').replace(/"$/, '');
    for (const v of valuesOf(field)) {
      if (starts(v, typed) && quote(v) !== m[3]) out.push({ value: `${prefix}${m[1]}${m[2]}${quote(v)}`, label: v, kind: 'value', hint: field.name });
      if (out.length >= MAX) break;
    }
    return out;
  }

  const afterCondition = !!last && OPERATOR.test(last);
  if (afterCondition) {
    for (const k of ['and', 'or', 'sortby']) if (starts(k, tail)) out.push({ value: `${prefix}${k} `, label: k, kind: 'keyword' });
  }
  if (afterCondition && !tail) return out;
  const exact = byName.get(tail.toLowerCase());
  if (exact) {
    for (const op of operatorsFor(exact)) out.push({ value: `${prefix}${exact.name}${op}`, label: `${exact.name}${op}`, kind: 'operator', hint: exact.hint });
  }
  for (const f of fields) {
    if (f !== exact && starts(f.name, tail)) out.push({ value: `${prefix}${f.name}`, label: f.name, kind: 'field', hint: f.hint ?? f.kind });
  }
  if (!afterCondition && words.length === 0 && starts('sortby', tail) && tail) out.push({ value: `${prefix}sortby `, label: t('sortby'), kind: 'keyword' });
  return out.slice(0, MAX);
}
