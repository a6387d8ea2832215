// Generates src/xsd/apiModel.json from the real v3 schema (../shared/spec/engine/api.xsd).
// The model keeps, per complex type, its child elements in schema order (base types first, groups and
// choices flattened), each child's type and whether it repeats, and the type's attributes. The demo engine
// uses it to write elements in the engine's order; the portal's tests use it to check element tables.
// The generated file is committed so the project builds without ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

const src = process.argv[2] ?? new URL('../../shared/spec/engine/api.xsd', import.meta.url).pathname;
const out = new URL('../src/xsd/apiModel.json', import.meta.url).pathname;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, commentPropName: '#c' });
const doc = parser.parse(readFileSync(src, 'utf8'));
const schema = doc.find((n) => n['xs:schema'])['xs:schema'];

const tagOf = (n) => Object.keys(n).find((k) => k !== ':@');
const attrs = (n) => n[':@'] ?? {};
const kids = (n) => n[tagOf(n)] ?? [];

const globalElements = {};
const complexTypes = {};
const groups = {};
const simpleTypes = new Set();
for (const n of schema) {
  const t = tagOf(n);
  const a = attrs(n);
  if (t === 'xs:element') globalElements[a.name] = a.type ?? anonymous(a.name, n);
  else if (t === 'xs:complexType') complexTypes[a.name] = n;
  else if (t === 'xs:group') groups[a.name] = n;
  else if (t === 'xs:simpleType') simpleTypes.add(a.name);
}

function anonymous(name, elementNode) {
  const ct = kids(elementNode).find((k) => tagOf(k) === 'xs:complexType');
  if (!ct) return 'xs:string';
  const typeName = `#${name}`;
  complexTypes[typeName] = ct;
  return typeName;
}

const model = {};
function resolve(typeName) {
  if (model[typeName] || !complexTypes[typeName]) return;
  const entry = { c: [], a: [] };
  model[typeName] = entry;
  walk(kids(complexTypes[typeName]), entry, typeName);
}

function addChild(entry, name, type, many) {
  if (entry.c.some(([n]) => n === name)) return;
  entry.c.push([name, type, many ? 1 : 0]);
}

function walk(nodes, entry, ctx) {
  for (const n of nodes) {
    const t = tagOf(n);
    const a = attrs(n);
    if (t === 'xs:element') {
      const many = a.maxOccurs === 'unbounded';
      if (a.ref) addChild(entry, a.ref, globalElements[a.ref] ?? 'xs:string', many);
      else addChild(entry, a.name, a.type ?? anonymous(`${ctx}.${a.name}`, n), many);
    } else if (t === 'xs:attribute') {
      if (!entry.a.includes(a.name)) entry.a.push(a.name);
    } else if (t === 'xs:extension' || t === 'xs:restriction') {
      if (a.base && complexTypes[a.base]) {
        resolve(a.base);
        const base = model[a.base];
        for (const [cn, ct, cm] of base.c) addChild(entry, cn, ct, cm);
        for (const an of base.a) if (!entry.a.includes(an)) entry.a.push(an);
        if (base.text) entry.text = 1;
      } else if (a.base) entry.text = 1;
      walk(kids(n), entry, ctx);
    } else if (t === 'xs:group' && a.ref) {
      walk(kids(groups[a.ref]), entry, ctx);
    } else if (t === 'xs:simpleContent') {
      entry.text = 1;
      walk(kids(n), entry, ctx);
    } else if (['xs:sequence', 'xs:choice', 'xs:complexContent', 'xs:all'].includes(t)) {
      walk(kids(n), entry, ctx);
    }
  }
}

// Resolve every type, including anonymous ones found on the way (child types are resolved here, not
// while walking, so a base type is always complete before a type that extends it copies its children).
for (let before = -1; before !== Object.keys(model).length;) {
  before = Object.keys(model).length;
  for (const name of Object.keys(complexTypes)) resolve(name);
}
const sorted = Object.fromEntries(Object.keys(model).sort().map((k) => [k, model[k]]));
writeFileSync(out, JSON.stringify({ elements: globalElements, types: sorted }) + '\n');
console.log(`wrote ${out}: ${Object.keys(globalElements).length} elements, ${Object.keys(sorted).length} types`);
