// What the schema says of each child element of a type, compiled once per type for the XML reader: its type,
// whether it repeats, and how its text is read (text, number, boolean).
import { complexType, isBooleanType, isNumericType } from './model';

export const Kind = { Text: 0, Number: 1, Boolean: 2 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];
export interface Slot { type: string; many: boolean; kind: Kind }
export type Children = Map<string, Slot>;

const compiled = new Map<string, Children | undefined>();

/** The child elements of a complex type by name (undefined for simple and unknown types). */
export function childrenOf(type: string): Children | undefined {
  if (compiled.has(type)) return compiled.get(type);
  const t = complexType(type);
  const children = t && new Map(t.c.map(([name, childType, many]): [string, Slot] => [name, {
    type: childType, many: many === 1, kind: isBooleanType(childType) ? Kind.Boolean : isNumericType(childType) ? Kind.Number : Kind.Text,
  }]));
  compiled.set(type, children);
  return children;
}

/** Typed text: `true`/`false` for booleans, a finite number for numbers; anything else stays as written. */
export function coerce(kind: Kind, value: string): unknown {
  if (kind === Kind.Boolean) return value === 'true' ? true : value === 'false' ? false : value;
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
}
