// Converts the real engine's capabilities document (../shared/spec/engine/capabilities.xml) into
// src/demo-engine/data/capabilities.json, read through the project's own parser. Committed output.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseXml } from '../src/xsd/parse';

const src = process.argv[2] ?? new URL('../../shared/spec/engine/capabilities.xml', import.meta.url).pathname;
const out = new URL('../src/demo-engine/data/capabilities.json', import.meta.url).pathname;
const { value } = parseXml(readFileSync(src, 'utf8'));
writeFileSync(out, JSON.stringify(value) + '\n');
console.log(`wrote ${out}: ${value.version.length} versions`);
