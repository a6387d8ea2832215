// The parser configuration as it was before issue 12's tuning, kept as the reference the tuned one must
// match exactly (xml.reference.test.ts) and as the "before" column of scripts/bench-decode.ts.
// Not used by the portal.
import { XMLParser } from 'fast-xml-parser';
import { childOf, isBooleanType, isNumericType, typeOfElement } from './model';
import type { XmlObject } from './parse';

const typeByPath = new Map<string, string | undefined>();
function typeAt(jPath: string): string | undefined {
  if (typeByPath.has(jPath)) return typeByPath.get(jPath);
  const dot = jPath.lastIndexOf('.');
  const type = dot < 0 ? typeOfElement(jPath) : childOf(typeAt(jPath.slice(0, dot)), jPath.slice(dot + 1))?.[1];
  typeByPath.set(jPath, type);
  return type;
}

function isRepeated(jPath: string): boolean {
  const dot = jPath.lastIndexOf('.');
  if (dot < 0) return false;
  return childOf(typeAt(jPath.slice(0, dot)), jPath.slice(dot + 1))?.[2] === 1;
}

function coerce(type: string | undefined, value: string): unknown {
  if (!type) return value;
  if (isBooleanType(type)) return value === 'true' ? true : value === 'false' ? false : value;
  if (isNumericType(type)) {
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value;
  }
  return value;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, jPath, _leaf, isAttribute) => !isAttribute && isRepeated(String(jPath)),
  tagValueProcessor: (_name, value, jPath) => coerce(typeAt(String(jPath)), value) as string,
});

/** The whole document as the parser returns it (root element included), or the error it throws. */
export function parseReference(text: string): XmlObject {
  return parser.parse(text, true);
}
