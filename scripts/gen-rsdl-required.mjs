// Extracts the required body parameters per (method, path) from the engine's RSDL
// (../shared/spec/engine/rsdl.xml) into src/demo-engine/data/rsdl-required.json, so the demo engine can
// answer 400 "Incomplete parameters" like the real one without the spec folder at run time.
// Usage: node scripts/gen-rsdl-required.mjs [RSDL] [OUT]
import { readFileSync, writeFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

const src = process.argv[2] ?? '../shared/spec/engine/rsdl.xml';
const out = process.argv[3] ?? 'src/demo-engine/data/rsdl-required.json';
const many = new Set(['link', 'parameters_set', 'parameter', 'header']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => many.has(name) });
const rsdl = parser.parse(readFileSync(src, 'utf8')).rsdl;

// `vm.name` → `name`; an Action's parameters are `action.x`, except a few written without the prefix.
function stripPrefix(name, type) {
  if (type === 'Action') return name.startsWith('action.') ? name.slice(7) : name;
  return name.split('.').slice(1).join('.');
}

const result = {};
for (const link of rsdl.links.link) {
  const req = link.request;
  const body = req?.body;
  if (!body?.parameters_set) continue;
  // Only the top-level parameters of each alternative: nested ones belong to optional collections.
  const sets = body.parameters_set.map((set) =>
    (set.parameter ?? []).filter((p) => p.required === 'true' && p.type !== 'collection')
      .map((p) => stripPrefix(String(p.name), body.type)));
  if (!sets.some((s) => s.length)) continue;
  const unique = [...new Map(sets.map((s) => [s.join(), s])).values()];
  const path = link.href.replace(/\{[^}]+\}/g, '*');
  const key = `${req.http_method} ${path}`;
  result[key] = { type: body.type, op: link.rel, sets: unique };
}
writeFileSync(out, JSON.stringify(result, null, 0).replace(/\},"/g, '},\n"') + '\n');
console.log(`${Object.keys(result).length} operations with required parameters written to ${out}`);
