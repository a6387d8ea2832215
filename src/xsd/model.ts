// The wire format of the v3 API, taken from the real schema (see scripts/gen-xsd-model.mjs).
// Shared by the portal's XML layer and the demo engine: it is the engine's format, not either side's code.
import apiModel from './apiModel.json';

export type Child = [name: string, type: string, many: 0 | 1];
export interface ComplexType { c: Child[]; a: string[]; text?: 1 }

const model = apiModel as unknown as { elements: Record<string, string>; types: Record<string, ComplexType> };

/** Type of a global (root) element, e.g. `vm` → `VM`, `vms` → `VMs`. */
export function typeOfElement(name: string): string | undefined {
  return model.elements[name];
}

export function complexType(type: string | undefined): ComplexType | undefined {
  return type ? model.types[type] : undefined;
}

const childCache = new Map<string, Map<string, Child>>();
/** The child element `name` of complex type `type`, with its type and whether it repeats. */
export function childOf(type: string | undefined, name: string): Child | undefined {
  const t = complexType(type);
  if (!t || !type) return undefined;
  let index = childCache.get(type);
  if (!index) {
    index = new Map(t.c.map((c) => [c[0], c]));
    childCache.set(type, index);
  }
  return index.get(name);
}

export function isAttributeOf(type: string | undefined, name: string): boolean {
  return complexType(type)?.a.includes(name) ?? false;
}

const NUMERIC = new Set(['xs:int', 'xs:long', 'xs:short', 'xs:unsignedInt', 'xs:unsignedShort', 'xs:unsignedLong',
  'xs:integer', 'xs:decimal', 'xs:double', 'xs:float', 'xs:unsignedByte', 'xs:byte']);
export const isNumericType = (type: string) => NUMERIC.has(type);
export const isBooleanType = (type: string) => type === 'xs:boolean';
