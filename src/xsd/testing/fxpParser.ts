// The decode before the one-pass reader (issue 12), kept to compare with: reader.test.ts checks both give the
// same objects, scripts/bench-decode.ts prints both speeds. (Formerly src/xsd/parse.ts.)
// Attributes and child elements land on the same object (`vm.id`, `vm.name`); an element the schema
// declares repeating is always an array, so a one-element collection is still a list; values are coerced
// by their schema type. Unknown elements (older or newer engines) are kept as the parser reads them.
//
// Speed (issue 12, scripts/bench-decode.ts): fast-xml-parser reads the document plainly (no per-tag
// callbacks: those built the element's path as a string for every tag), then one walk over the result
// applies the schema (arrays, numbers, booleans) with a compiled child table per type; the validating pass
// is wellFormed.ts, a scan of the tags instead of the parser's character-by-character validator.
import { XMLParser } from 'fast-xml-parser';
import { typeOfElement } from '../model';
import { childrenOf, coerce, Kind, type Children, type Slot } from '../schemaSlots';
import { wellFormedFault } from './wellFormed';

type XmlObject = Record<string, any>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  jPath: false,
});

/** Applies the schema to an element's content in place: repeating children as arrays, typed text coerced. */
function applySchema(element: XmlObject, children: Children): void {
  for (const name in element) {
    const slot = children.get(name);
    if (slot === undefined) continue; // an attribute, text, or an element the schema does not know
    let v = element[name];
    if (slot.many && !Array.isArray(v)) v = element[name] = [v];
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = typed(v[i], slot);
    else element[name] = typed(v, slot);
  }
}

function typed(v: unknown, slot: Slot): unknown {
  if (typeof v === 'string') return slot.kind === Kind.Text ? v : coerce(slot.kind, v);
  if (v !== null && typeof v === 'object') {
    const element = v as XmlObject;
    if (slot.kind !== Kind.Text && typeof element['#text'] === 'string') element['#text'] = coerce(slot.kind, element['#text']);
    const children = childrenOf(slot.type);
    if (children) applySchema(element, children);
  }
  return v;
}

import { XmlSyntaxError } from '../reader';

const DTD = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<!DOCTYPE/i;

/** Parses a whole document; returns the root element's name and content. */
export function fxpParseXml(text: string): { root: string; value: XmlObject } {
  // The engine never sends a document type declaration; one can only be hostile (entity expansion
  // "bombs", external entities), so a document that declares one is refused before it is read.
  if (DTD.test(text)) throw new XmlSyntaxError('The document declares a DTD (<!DOCTYPE>), which an engine never sends: refused unread (entity expansion and external entities are not allowed)');
  const fault = wellFormedFault(text);
  if (fault) throw new XmlSyntaxError(`Not well-formed XML: ${fault}`);
  let doc: XmlObject;
  try {
    doc = parser.parse(text);
  } catch (e) {
    throw new XmlSyntaxError(e instanceof Error ? e.message : String(e));
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  if (!root) throw new XmlSyntaxError('empty document');
  const raw = doc[root];
  const value: XmlObject = typeof raw === 'object' && raw !== null ? raw : raw === '' ? {} : { '#text': raw };
  const rootType = typeOfElement(root);
  const children = rootType ? childrenOf(rootType) : undefined;
  if (children) applySchema(value, children);
  return { root, value };
}

