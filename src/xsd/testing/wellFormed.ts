// The well-formedness check that runs before a document is read (parse.ts): every tag closed by its own
// name, one root element, attributes quoted, no markup left open. fast-xml-parser's own validator does
// this character by character and took a quarter of the decode time; this scan jumps from `<` to `<` and
// matches each tag with one sticky regular expression. It returns the first fault, or undefined.
// Text between tags is not checked for a stray `&`: the parser leaves unknown entities as written.

// A comment, CDATA section, processing instruction, or a start/end/empty tag with quoted attributes.
const TAG = /<(?:!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|\?[\s\S]*?\?>|(\/?)([A-Za-z_][\w.:-]*)(?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>)/y;

export function wellFormedFault(text: string): string | undefined {
  const open: string[] = [];
  let roots = 0;
  let at = text.indexOf('<');
  if (at < 0) return 'no element';
  if (text.slice(0, at).replace(/^\uFEFF/, '').trim()) return 'text before the root element';
  while (at >= 0) {
    TAG.lastIndex = at;
    const m = TAG.exec(text);
    if (!m) return `malformed markup at character ${at}`;
    const [, closing, name, empty] = m;
    if (name !== undefined) {
      if (closing) {
        const expected = open.pop();
        if (expected !== name) return expected ? `</${name}> closes <${expected}>` : `</${name}> closes nothing`;
      } else {
        if (open.length === 0 && ++roots > 1) return 'more than one root element';
        if (!empty) open.push(name);
      }
    }
    const next = text.indexOf('<', TAG.lastIndex);
    if (open.length === 0 && text.slice(TAG.lastIndex, next < 0 ? undefined : next).trim()) return 'text after the root element';
    at = next;
  }
  if (open.length) return `<${open[open.length - 1]}> is not closed (the document ends early)`;
  return roots === 1 ? undefined : 'no element';
}
