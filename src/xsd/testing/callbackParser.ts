// The decode configuration parse.ts had before issue 12: the schema applied by fast-xml-parser's callbacks on
// every tag (the element's path built as a string each time) and the parser's own validator. Kept as the
// reference the faster decode must equal (wellFormed.test.ts) and as the 'before' of scripts/bench-decode.ts.
import { XMLParser } from 'fast-xml-parser';
import { childOf, isBooleanType, isNumericType, typeOfElement } from '../model';

export function callbackParser(): (text: string) => { root: string; value: Record<string, unknown> } {
  const typeAt = (path: string): string | undefined => {
    const dot = path.lastIndexOf('.');
    return dot < 0 ? typeOfElement(path) : childOf(typeAt(path.slice(0, dot)), path.slice(dot + 1))?.[1];
  };
  const coerce = (type: string | undefined, v: string) => (!type ? v : isBooleanType(type) ? (v === 'true' ? true : v === 'false' ? false : v)
    : isNumericType(type) && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v);
  const p = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', parseTagValue: false, parseAttributeValue: false,
    trimValues: true, ignoreDeclaration: true, ignorePiTags: true,
    isArray: (_n, jPath, _l, isAttribute) => {
      const path = String(jPath);
      const dot = path.lastIndexOf('.');
      return !isAttribute && dot > 0 && childOf(typeAt(path.slice(0, dot)), path.slice(dot + 1))?.[2] === 1;
    },
    tagValueProcessor: (_n, v, jPath) => coerce(typeAt(String(jPath)), v) as string,
  });
  return (text: string) => {
    const doc = p.parse(text, true);
    const root = Object.keys(doc).find((k) => !k.startsWith('?'))!;
    return { root, value: doc[root] === '' ? {} : doc[root] };
  };
}

