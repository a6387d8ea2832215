// Benchmark: JavaScript a browser downloads, from the built portal (`npx vite build` first). The initial
// JS is index.html's script plus its modulepreloads (what loads before anything is shown: the login page);
// each page adds the lazy chunks its route imports (from Vite's manifest, with their static imports).
// Usage: npx tsx scripts/bench-bundle.ts [--dist dist] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface Chunk { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean; isDynamicEntry?: boolean }

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dist = arg('dist', 'dist');
const manifestPath = `${dist}/.vite/manifest.json`;
if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}: run \`npx vite build\` first (or pass --dist)`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
const html = readFileSync(`${dist}/index.html`, 'utf8');

const sizes = new Map<string, { raw: number; gzip: number }>();
function sizeOf(file: string) {
  let s = sizes.get(file);
  if (!s) {
    const bytes = readFileSync(`${dist}/${file}`);
    s = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, s);
  }
  return s;
}
const total = (files: Iterable<string>) => [...files].reduce((a, f) => ({ raw: a.raw + sizeOf(f).raw, gzip: a.gzip + sizeOf(f).gzip }), { raw: 0, gzip: 0 });

const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));

/** The files a module needs once loaded: itself and its static imports, transitively. */
function closure(key: string, out = new Set<string>()): Set<string> {
  const c = manifest[key];
  if (!c || out.has(c.file)) return out;
  out.add(c.file);
  for (const i of c.imports ?? []) closure(i, out);
  return out;
}
function page(modules: string[]): Set<string> {
  const files = new Set(initial);
  for (const m of modules) {
    if (!manifest[m]) throw new Error(`${m} is not a chunk of this build (routes moved? update scripts/bench-bundle.ts)`);
    closure(m, files);
  }
  return files;
}

// What each page imports beyond the login page: the XML layer (loaded with the first request), the
// portal shell (router, layout) and the route's page.
const PORTAL = ['src/api/wire.ts', 'src/app/Portal.tsx'];
const PAGES: [string, string[]][] = [
  ['login page', []],
  ['dashboard /', [...PORTAL, 'src/app/DashboardPage.tsx']],
  ['VM list /vms', [...PORTAL, 'src/resources/vms/VmsPage.tsx']],
  ['other lists /hosts', [...PORTAL, 'src/app/CollectionPage.tsx']],
  ['VM page /vms/:id', [...PORTAL, 'src/resources/vms/VmDetailPage.tsx']],
  ['host page /hosts/:id', [...PORTAL, 'src/resources/hosts/HostDetailPage.tsx']],
  ['VM form /vms/new', [...PORTAL, 'src/resources/vms/VmFormPage.tsx']],
  ['events /events', [...PORTAL, 'src/resources/events/EventsPage.tsx']],
];

const kb = (n: number) => (n / 1024).toFixed(1);
const init = total(initial);
const rows = PAGES.map(([label, modules]) => ({ label, ...total(page(modules)) }));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ initialGzipKiB: +kb(init.gzip), initialRawKiB: +kb(init.raw), pages: Object.fromEntries(rows.map((r) => [r.label, +kb(r.gzip)])) }));
} else {
  console.log(`initial JS (index.html script + ${initial.size - 1} modulepreloads): ${kb(init.gzip)} KiB gzip, ${kb(init.raw)} KiB raw`);
  console.log(`${'page'.padEnd(24)} ${'KiB gzip'.padStart(9)} ${'KiB raw'.padStart(9)}  (everything the page loads, initial JS included)`);
  for (const r of rows) console.log(`${r.label.padEnd(24)} ${kb(r.gzip).padStart(9)} ${kb(r.raw).padStart(9)}`);
}
