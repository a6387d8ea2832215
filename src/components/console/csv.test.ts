import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks; lines end with CRLF', () => {
    const rows = [{ a: 'web-001', b: 'x,y' }, { a: 'say "hi"', b: 'two\nlines' }];
    expect(toCsv([{ header: 'vm', value: (r: typeof rows[0]) => r.a }, { header: 'note', value: (r) => r.b }], rows))
      .toBe('vm,note\r\nweb-001,"x,y"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('defuses spreadsheet formulas except in raw columns; numbers and empties as they are', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('+AbC/9=', true)).toBe('+AbC/9=');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(undefined)).toBe('');
    expect(csvField(' padded')).toBe('" padded"');
  });
});
