// Splits a search query into words, quoted strings and relation operators (guide 7.3.7: query syntax,
// 7.3.8: wildcards). Linear in the query length, whatever the input.
import { fail, type Span } from './errors';

export type Operator = '=' | '!=' | '<' | '>' | '<=' | '>=';

export type Token =
  | ({ kind: 'word'; text: string } & Span)
  | ({ kind: 'quoted'; text: string } & Span)
  | ({ kind: 'op'; op: Operator } & Span);

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isOpStart = (c: string, next: string) => c === '=' || c === '<' || c === '>' || (c === '!' && next === '=');

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = offset;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1] ?? '';
    if (isSpace(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) fail('INVALID_CHARECTER', { start: i, end: i + 1 });
      tokens.push({ kind: 'quoted', text: text.slice(i + 1, close), start: i, end: close + 1 });
      i = close + 1;
    } else if (isOpStart(c, next)) {
      const two = next === '=' && c !== '=';
      tokens.push({ kind: 'op', op: (two ? c + '=' : c) as Operator, start: i, end: i + (two ? 2 : 1) });
      i += two ? 2 : 1;
    } else {
      const start = i;
      // A quote inside a word is literal (O'Brien); only a leading quote opens a quoted value.
      while (i < text.length && !isSpace(text[i]) && !isOpStart(text[i], text[i + 1] ?? '')) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), start, end: i });
    }
  }
  return tokens;
}
