// The one XML parser configuration (STYLE: "One parser configuration").
// Attributes and child elements land on the same object (`vm.id`, `vm.name`); an element the schema
// declares repeating is always an array, so a one-element collection is still a list; values are coerced
// by their schema type. Unknown elements (older or newer engines) are kept as they are read.
// The reading is reader.ts: one pass that checks, builds and types (issue 12, scripts/bench-decode.ts).
import { complexType, typeOfElement } from './model';
import { readXml, XmlSyntaxError, type XmlObject } from './reader';
import { childrenOf } from './schemaSlots';

export type { XmlObject };
export { XmlSyntaxError };

const DTD = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<!DOCTYPE/i;

const rootChildren = (root: string) => {
  const type = typeOfElement(root);
  return type ? childrenOf(type) : undefined;
};

/** Parses a whole document; returns the root element's name and content. */
export function parseXml(text: string): { root: string; value: XmlObject } {
  // The engine never sends a document type declaration; one can only be hostile (entity expansion
  // "bombs", external entities), so a document that declares one is refused before it is read.
  if (DTD.test(text)) throw new XmlSyntaxError('The document declares a DTD (<!DOCTYPE>), which an engine never sends: refused unread (entity expansion and external entities are not allowed)');
  const { root, value: raw } = readXml(text, rootChildren);
  const value: XmlObject = typeof raw === 'object' && raw !== null ? raw as XmlObject : raw === '' ? {} : { '#text': raw };
  return { root, value };
}

export { complexType };
