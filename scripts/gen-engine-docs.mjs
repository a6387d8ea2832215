// Copies the engine's RSDL and XML schema (../shared/spec/engine/rsdl.xml, api.xsd) into
// src/demo-engine/data/engine-docs.json, so the demo engine answers `GET /?rsdl` and `GET /?schema`
// (guide 4.5) without the spec folder at run time.
// Usage: node scripts/gen-engine-docs.mjs [SPEC_DIR] [OUT]
import { readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2] ?? '../shared/spec/engine';
const out = process.argv[3] ?? 'src/demo-engine/data/engine-docs.json';
const rsdl = readFileSync(`${dir}/rsdl.xml`, 'utf8');
const schema = readFileSync(`${dir}/api.xsd`, 'utf8');
writeFileSync(out, JSON.stringify({ rsdl, schema }) + '\n');
console.log(`wrote ${out} (${Math.round((rsdl.length + schema.length) / 1024)} KiB)`);
