// Reads the engine's RSDL and writes src/schema/generated/requiredParams.json: per (path pattern, method) the body
// parameters the engine requires, as alternatives (one entry per RSDL `parameters_set`), plus the optional ones
// (on PUT these are what the engine lets a client update). The output is committed so the portal builds and tests
// without the spec folder.
// Usage: npx tsx scripts/gen-required-params.ts [RSDL] [OUT]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const src = process.argv[2] ?? '../shared/spec/engine/rsdl.xml';
const out = process.argv[3] ?? 'src/schema/generated/requiredParams.json';

interface RsdlParam { name: string | number; required?: string; type?: string; parameters_set?: RsdlSet[] }
interface RsdlSet { description?: string; parameter?: RsdlParam[] }
interface RsdlLink { href: string; rel: string; request?: { http_method?: string; body?: { type?: string; parameters_set?: RsdlSet[] } } }

export interface ParamSet { description?: string; required: string[] }
export interface Operation { rel: string; type?: string; sets: ParamSet[]; optional: string[] }

const many = new Set(['link', 'parameters_set', 'parameter']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => many.has(n) });

/** `vm.template.id|name` → `vm.template.id|vm.template.name`: each alternative spelled out in full. */
export function expandAlternatives(name: string): string {
  const [first, ...rest] = name.split('|');
  if (!rest.length) return first;
  const base = first.slice(0, first.lastIndexOf('.') + 1);
  return [first, ...rest.map((r) => (r.includes('.') ? r : base + r))].join('|');
}

/** Nested parameters of a collection are written from the item (`boot.dev`); prefix them with the collection path. */
function nestedPath(collection: string, name: string): string {
  const item = name.split('.').slice(1).join('.');
  return item ? `${collection}.${item}` : collection;
}

function walk(params: RsdlParam[], prefix: string | undefined, required: string[], optional: string[]): void {
  for (const p of params) {
    const raw = String(p.name);
    const full = expandAlternatives(raw);
    const name = prefix ? full.split("|").map((n) => nestedPath(prefix, n)).join("|") : full;
    const isRequired = p.required === 'true';
    (isRequired ? required : optional).push(name);
    if (p.type === 'collection') {
      // Only a required collection's required items are required; items of an optional one are optional.
      for (const set of p.parameters_set ?? []) {
        const req: string[] = [];
        walk(set.parameter ?? [], name.split('|')[0], req, optional);
        (isRequired ? required : optional).push(...req);
      }
    }
  }
}

export function extract(xml: string): Record<string, Record<string, Operation>> {
  const links: RsdlLink[] = parser.parse(xml).rsdl.links.link;
  const result: Record<string, Record<string, Operation>> = {};
  for (const link of links) {
    const method = link.request?.http_method;
    const body = link.request?.body;
    if (!method || !body?.parameters_set) continue;
    const path = '/' + link.href;
    const op: Operation = (result[path] ??= {})[method] ??= { rel: link.rel, type: body.type, sets: [], optional: [] };
    for (const set of body.parameters_set) {
      const required: string[] = [];
      walk(set.parameter ?? [], undefined, required, op.optional);
      if (required.length) op.sets.push({ ...(set.description ? { description: String(set.description) } : {}), required });
    }
    op.optional = [...new Set(op.optional)].filter((p) => !op.sets.some((s) => s.required.includes(p)));
  }
  const sorted = Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
  return sorted;
}

if (process.argv[1]?.endsWith('gen-required-params.ts')) {
  const result = extract(readFileSync(src, 'utf8'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
  const ops = Object.values(result).reduce((n, m) => n + Object.keys(m).length, 0);
  console.log(`${ops} operations on ${Object.keys(result).length} paths written to ${out}`);
}
