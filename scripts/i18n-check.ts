// Prints what the catalog test would refuse. `--write` adds the code's new keys to the English catalog
// (English keys are the English text) and lists what each other language still needs, as JSON to fill in.
import { writeFileSync } from 'node:fs';
import { catalogPath, check, readCatalog } from '../src/i18n/testing/check';

const report = check();
if (process.argv.includes('--write')) {
  const en = readCatalog('en', 'common');
  for (const k of report.missing['en/common']) en[k] = k;
  for (const k of report.unused['en/common']) delete en[k];
  writeFileSync(catalogPath('en', 'common'), `${JSON.stringify(Object.fromEntries(Object.entries(en).sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`);
  report.missing['en/common'] = [];
  report.unused['en/common'] = [];
}
for (const r of report.raw) console.log(`text outside t(): ${r.file}:${r.line} ${JSON.stringify(r.text)}`);
for (const kind of ['missing', 'unused', 'placeholders'] as const) {
  for (const [id, keys] of Object.entries(report[kind])) {
    if (keys.length) console.log(`${kind} in ${id} (${keys.length}):\n${JSON.stringify(Object.fromEntries(keys.map((k) => [k, ''])), null, 2)}`);
  }
}
