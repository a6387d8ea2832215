// Fails when a text is missing from a catalog, a catalog holds a key nothing uses, a translation drops or
// renames a {{placeholder}}, or English text sits in src/components, src/resources or src/app outside t().
// `npx tsx scripts/i18n-check.ts` prints the same findings; `--write` adds new English keys to en/common.json.
import { describe, expect, it } from 'vitest';
import { check } from './testing/check';

const report = check();

describe('translation catalogs', () => {
  it('no English text outside t() in components, resources and app', () => {
    expect(report.raw.map((r) => `${r.file}:${r.line} ${r.text}`)).toEqual([]);
  });
  for (const id of Object.keys(report.missing)) {
    it(`${id} has every key the code uses`, () => expect(report.missing[id]).toEqual([]));
    it(`${id} has no key nothing uses`, () => expect(report.unused[id]).toEqual([]));
    it(`${id} keeps every {{placeholder}}`, () => expect(report.placeholders[id]).toEqual([]));
  }
});
