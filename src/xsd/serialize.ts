// Writes XML exactly in the schema's element order and names; keys the schema does not know are left out.
// Objects use the parser's shape: attributes and children side by side, text in `#text`.
import { childOf, complexType, isAttributeOf, typeOfElement } from './model';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function scalar(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

function element(name: string, type: string | undefined, value: unknown, indent: string, out: string[]): void {
  if (value === undefined || value === null) return;
  const ct = complexType(type);
  if (ct && value === '') {
    out.push(`${indent}<${name}/>`);
    return;
  }
  if (!ct || typeof value !== 'object' || value instanceof Date) {
    if (typeof value === 'object' && !(value instanceof Date)) return; // complex value where a scalar belongs
    out.push(`${indent}<${name}>${escapeText(scalar(value))}</${name}>`);
    return;
  }
  const obj = value as Record<string, unknown>;
  let open = `${indent}<${name}`;
  for (const a of ct.a) {
    const v = obj[a];
    if (v !== undefined && v !== null && typeof v !== 'object') open += ` ${a}="${escapeAttr(scalar(v))}"`;
  }
  const inner: string[] = [];
  for (const [child, childType] of ct.c) {
    const v = obj[child];
    if (v === undefined || (isAttributeOf(type, child) && typeof v !== 'object')) continue;
    for (const item of Array.isArray(v) ? v : [v]) element(child, childType, item, indent + '    ', inner);
  }
  const text = ct.text && obj['#text'] !== undefined ? escapeText(scalar(obj['#text'])) : '';
  if (inner.length) {
    out.push(`${open}>`);
    for (const line of inner) out.push(line); // not push(...inner): a list of 10,000 VMs overflows the stack
    out.push(`${indent}</${name}>`);
  }
  else if (text) out.push(`${open}>${text}</${name}>`);
  else out.push(`${open}/>`);
}

/** Serializes `value` as the global element `root` (e.g. `vm`, `vms`, `fault`, `action`). */
export function toXml(root: string, value: Record<string, unknown>, declaration = true): string {
  const out: string[] = declaration ? [DECLARATION] : [];
  element(root, typeOfElement(root), value, '', out);
  return out.join('\n') + '\n';
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** One item of the list `root` (a `vm` inside `vms`), as it appears in the list: the same bytes `toXml` writes there. */
export function listItemXml(root: string, item: string, value: Record<string, unknown>): string {
  const child = childOf(typeOfElement(root), item);
  if (!child) return ''; // not an element of the list: toXml leaves it out too
  const out: string[] = [];
  element(item, child[1], value, '    ', out);
  return out.join('\n');
}

/** The document `toXml(root, { [item]: values })` from its items' `listItemXml` fragments. */
export function listXml(root: string, fragments: string[]): string {
  const items = fragments.filter((f) => f !== '');
  return items.length ? `${DECLARATION}\n<${root}>\n${items.join('\n')}\n</${root}>\n` : `${DECLARATION}\n<${root}/>\n`;
}

/** Serializes a child element `name` inside a parent of `parentType` (for fragments and tests). */
export function childTypeOf(parentType: string, name: string): string | undefined {
  return childOf(parentType, name)?.[1];
}
