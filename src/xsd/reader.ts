// The XML reader (issue 12: decode ≥ 25 MB/s): one pass over the text that checks it is well formed, builds
// the objects and applies the schema as it goes (a repeating element is always an array, typed text is
// coerced), where before a tag scan, fast-xml-parser and a schema walk each read the document in turn.
// The objects are those fast-xml-parser made with the portal's configuration (attributes and children on one
// object, text trimmed, an element with attributes keeps its text under `#text`, an empty element is '',
// CDATA is text, comments and processing instructions are skipped); reader.test.ts compares the two.
// What it refuses: a document type declaration (parse.ts, before reading), tags that do not match, text
// outside the root, unquoted attributes, markup left open, and nesting deeper than MAX_DEPTH (no engine
// document comes near; a hostile one would otherwise exhaust the code that walks it).
import { childrenOf, coerce, Kind, type Children, type Slot } from './schemaSlots';

export type XmlObject = Record<string, any>;

export class XmlSyntaxError extends Error {}

export const MAX_DEPTH = 256;

interface Frame { name: string; obj: XmlObject | undefined; text: string; children: Children | undefined; slot: Slot | undefined }

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (m, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named];
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const fail = (why: string): never => { throw new XmlSyntaxError(`Not well-formed XML: ${why}`); };

const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c > 127;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** A value as the schema slot of its name reads it (the slot's kind; always a list when it repeats). */
function typed(v: unknown, slot: Slot | undefined): unknown {
  if (!slot || slot.kind === Kind.Text) return v;
  if (typeof v === 'string') return coerce(slot.kind, v);
  const o = v as XmlObject;
  if (typeof o['#text'] === 'string') o['#text'] = coerce(slot.kind, o['#text']);
  return v;
}

function put(parent: XmlObject, name: string, value: unknown, slot: Slot | undefined): void {
  const had = parent[name];
  if (had === undefined) parent[name] = slot?.many ? [value] : value;
  else if (Array.isArray(had)) had.push(value);
  else parent[name] = [had, value];
}

/** Reads a document; `rootChildren` gives the schema of the root element's type by its name. */
export function readXml(text: string, rootChildren: (root: string) => Children | undefined): { root: string; value: unknown } {
  const stack: Frame[] = [];
  let root: string | undefined;
  let value: unknown;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const len = text.length;
  while (at < len) {
    const lt = text.indexOf('<', at);
    const end = lt < 0 ? len : lt;
    if (end > at) {
      const top = stack[stack.length - 1];
      if (top) top.text += text.slice(at, end);
      else if (text.slice(at, end).trim()) fail(root ? 'text after the root element' : 'text before the root element');
    }
    if (lt < 0) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        if (close < 0) fail(`malformed markup at character ${lt}`);
        at = close + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        const top = stack[stack.length - 1];
        if (close < 0 || !top) fail(`malformed markup at character ${lt}`);
        top.text += '\u0000' + text.slice(lt + 9, close) + '\u0000';
        at = close + 3;
      } else fail(`malformed markup at character ${lt}`);
      continue;
    }
    if (c === 63 /* ? */) {
      const close = text.indexOf('?>', lt + 2);
      if (close < 0) fail(`malformed markup at character ${lt}`);
      at = close + 2;
      continue;
    }
    if (c === 47 /* / */) {
      let i = lt + 2;
      while (i < len && isNameChar(text.charCodeAt(i))) i++;
      const name = text.slice(lt + 2, i);
      while (i < len && isSpace(text.charCodeAt(i))) i++;
      if (!name || text.charCodeAt(i) !== 62) fail(`malformed markup at character ${lt}`);
      const frame = stack.pop();
      if (!frame) fail(`</${name}> closes nothing`);
      if (frame!.name !== name) fail(`</${name}> closes <${frame!.name}>`);
      value = finish(frame!, stack[stack.length - 1]);
      at = i + 1;
      continue;
    }
    // A start tag: its name, its attributes, then `>` or `/>`.
    if (!isNameStart(c)) fail(`malformed markup at character ${lt}`);
    let i = lt + 2;
    while (i < len && isNameChar(text.charCodeAt(i))) i++;
    const name = text.slice(lt + 1, i);
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (root !== undefined) fail('more than one root element');
      root = name;
    }
    if (stack.length >= MAX_DEPTH) throw new XmlSyntaxError(`The document nests elements deeper than ${MAX_DEPTH}, which no engine document does`);
    const slot = parent?.children?.get(name);
    const frame: Frame = { name, obj: undefined, text: '', slot, children: parent ? (slot ? childrenOf(slot.type) : undefined) : rootChildren(name) };
    for (;;) {
      const s = i;
      while (i < len && isSpace(text.charCodeAt(i))) i++;
      const ch = text.charCodeAt(i);
      if (ch === 62 /* > */ || ch === 47 /* / */) break;
      if (i === s || !isNameStart(ch)) fail(`malformed markup at character ${lt}`);
      const a0 = i;
      while (i < len && isNameChar(text.charCodeAt(i))) i++;
      const attr = text.slice(a0, i);
      while (i < len && isSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== 61 /* = */) fail(`malformed markup at character ${lt}`);
      i++;
      while (i < len && isSpace(text.charCodeAt(i))) i++;
      const q = text.charCodeAt(i);
      if (q !== 34 && q !== 39) fail(`malformed markup at character ${lt}`);
      const close = text.indexOf(q === 34 ? '"' : "'", i + 1);
      const raw = close < 0 ? '' : text.slice(i + 1, close);
      if (close < 0 || raw.indexOf('<') >= 0) fail(`malformed markup at character ${lt}`);
      const obj = (frame.obj ??= {});
      const attrSlot = frame.children?.get(attr);
      obj[attr] = attrSlot ? (attrSlot.many ? [typed(decode(raw), attrSlot)] : typed(decode(raw), attrSlot)) : decode(raw);
      i = close + 1;
    }
    if (text.charCodeAt(i) === 47) {
      if (text.charCodeAt(i + 1) !== 62) fail(`malformed markup at character ${lt}`);
      value = finish(frame, parent);
      at = i + 2;
    } else {
      stack.push(frame);
      at = i + 1;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is not closed (the document ends early)`);
  if (root === undefined) fail('no element');
  return { root: root!, value };
}

/** An element's value once closed, put on its parent; the root's value is returned. */
function finish(frame: Frame, parent: Frame | undefined): unknown {
  const content = frame.text ? textOf(frame.text) : '';
  let v: unknown;
  if (frame.obj) {
    if (content !== '') frame.obj['#text'] = content;
    v = frame.obj;
  } else v = content;
  v = typed(v, frame.slot);
  if (parent) put((parent.obj ??= {}), frame.name, v, frame.slot);
  return v;
}

/** Text as the portal reads it: trimmed, entities decoded, CDATA (marked by NULs) taken as written. */
function textOf(raw: string): string {
  if (raw.indexOf('\u0000') < 0) return decode(raw.trim());
  const parts = raw.split('\u0000');
  let out = '';
  for (let k = 0; k < parts.length; k++) out += k % 2 ? parts[k] : decode(parts[k].trim());
  return out;
}
