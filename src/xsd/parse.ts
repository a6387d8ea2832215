// The one XML parser configuration (STYLE: "One parser configuration").
// Attributes and child elements land on the same object (`vm.id`, `vm.name`); an element the schema
// declares repeating is always an array, so a one-element collection is still a list; values are coerced
// by their schema type. Unknown elements (older or newer engines) are kept as the parser reads them.
import { XMLParser } from 'fast-xml-parser';
import { childOf, complexType, isBooleanType, isNumericType, typeOfElement } from './model';

export type XmlObject = Record<string, any>;

const typeByPath = new Map<string, string | undefined>();
/** Schema type of the element at a parser jPath such as `vms.vm.cpu.topology`. */
function typeAt(jPath: string): string | undefined {
  if (typeByPath.has(jPath)) return typeByPath.get(jPath);
  const dot = jPath.lastIndexOf('.');
  let type: string | undefined;
  if (dot < 0) type = typeOfElement(jPath);
  else type = childOf(typeAt(jPath.slice(0, dot)), jPath.slice(dot + 1))?.[1];
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

export class XmlSyntaxError extends Error {}

const DTD = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<!DOCTYPE/i;

/** Parses a whole document; returns the root element's name and content. */
export function parseXml(text: string): { root: string; value: XmlObject } {
  // The engine never sends a document type declaration; one can only be hostile (entity expansion
  // "bombs", external entities), so a document that declares one is refused before it is read.
  if (DTD.test(text)) throw new XmlSyntaxError('The document declares a DTD (<!DOCTYPE>), which an engine never sends: refused unread (entity expansion and external entities are not allowed)');
  let doc: XmlObject;
  try {
    doc = parser.parse(text, true);
  } catch (e) {
    throw new XmlSyntaxError(e instanceof Error ? e.message : String(e));
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  if (!root) throw new XmlSyntaxError('empty document');
  const value = doc[root];
  return { root, value: typeof value === 'object' && value !== null ? value : value === '' ? {} : { '#text': value } };
}

export { complexType };
