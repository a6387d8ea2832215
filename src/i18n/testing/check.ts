// The catalog check shared by the vitest test and `npx tsx scripts/i18n-check.ts`: what is missing from
// which catalog, what no code uses, and English text left outside t().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../languages';
import { baseKey, hasKey, scan, sourceFiles, type Raw } from './scan';
import { schemaTexts } from './schemaTexts';

export const ROOT = join(import.meta.dirname, '../../..');
export const SCANNED = ['src/components', 'src/resources', 'src/app'];
export const catalogPath = (lang: string, ns: string) => join(ROOT, 'src/i18n/locales', lang, `${ns}.json`);

export function readCatalog(lang: string, ns: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(catalogPath(lang, ns), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export interface Report {
  /** `lang/ns` → keys the code (or the tables) use that the catalog lacks. */
  missing: Record<string, string[]>;
  /** `lang/ns` → catalog keys nothing uses. */
  unused: Record<string, string[]>;
  /** `lang/ns` → keys whose {{placeholders}} differ from the English text's. */
  placeholders: Record<string, string[]>;
  raw: Raw[];
}

const holes = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort().join(',');

export function check(): Report {
  const { uses, raw } = scan(ROOT, sourceFiles(ROOT, SCANNED));
  const used: Record<string, Set<string>> = { common: new Set(uses.filter((u) => u.ns === 'common').map((u) => u.key)), schema: schemaTexts() };
  // A key the code names for `schema` explicitly belongs there too.
  uses.filter((u) => u.ns === 'schema').forEach((u) => used.schema.add(u.key));
  const report: Report = { missing: {}, unused: {}, placeholders: {}, raw };
  for (const { code } of LANGUAGES) {
    for (const ns of Object.keys(used)) {
      // English `schema` is the tables' own text (no file): nothing can be missing from it.
      if (code === 'en' && ns === 'schema') continue;
      const catalog = readCatalog(code, ns);
      const id = `${code}/${ns}`;
      report.missing[id] = [...used[ns]].filter((k) => !hasKey(catalog, k));
      report.unused[id] = Object.keys(catalog).filter((k) => !used[ns].has(baseKey(k)));
      report.placeholders[id] = Object.entries(catalog).filter(([k, v]) => holes(baseKey(k)) !== holes(v) && !/_(one|other)$/.test(k)).map(([k]) => k);
    }
  }
  return report;
}
