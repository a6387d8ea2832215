// Lists every link of the engine's RSDL (../shared/spec/engine/rsdl.xml) into
// src/demo-engine/testing/rsdl-links.tsv: method, path template (`/vms/{vm}/nics`), rel, the root element of
// the response and of the request body (api.xsd names, `-` for none). The RSDL walk test
// (routes/rsdlLinks.test.ts) reads it, so a fresh clone checks every link without the spec folder.
// Usage: node scripts/gen-rsdl-links.mjs [RSDL] [OUT]
import { readFileSync, writeFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import model from '../src/xsd/apiModel.json' with { type: 'json' };

const src = process.argv[2] ?? '../shared/spec/engine/rsdl.xml';
const out = process.argv[3] ?? 'src/demo-engine/testing/rsdl-links.tsv';
const many = new Set(['link', 'parameters_set', 'parameter', 'header']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => many.has(name) });
const rsdl = parser.parse(readFileSync(src, 'utf8')).rsdl;

// The schema gives each RSDL type exactly one global element (`VMs` → `vms`).
const elementOf = {};
for (const [element, type] of Object.entries(model.elements)) elementOf[type] ??= element;
const root = (type) => (type ? elementOf[type] ?? `?${type}` : '-');

const rows = rsdl.links.link.map((link) => [
  link.request.http_method,
  '/' + link.href.replace(/\{([^}:]+):id\}/g, '{$1}'),
  link.rel,
  root(link.response?.type),
  root(link.request.body?.type),
].join('\t'));
writeFileSync(out, ['method\tpath\trel\tresponse\tbody', ...rows].join('\n') + '\n');
console.log(`${rows.length} RSDL links written to ${out}`);
