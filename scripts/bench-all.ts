// `npm run bench`: every issue-12 benchmark in turn (bundle, decode, VM list, idle, engine), then one
// table: measured, target, pass/fail. Builds the portal first unless `--no-build`. Each benchmark is its
// own script (run alone for details); this one reads their output.
// Usage: npx tsx scripts/bench-all.ts [--no-build] [--port 9120]
import { spawnSync } from 'node:child_process';

const port = (() => { const i = process.argv.indexOf('--port'); return i > 0 ? process.argv[i + 1] : '8299'; })();

function run(label: string, cmd: string, args: string[]): string {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(out);
  return out;
}
const lastJson = (out: string): Record<string, any> | undefined => {
  const line = out.trim().split('\n').reverse().find((l) => l.trim().startsWith('{'));
  try { return line ? JSON.parse(line) : undefined; } catch { return undefined; }
};
const num = (out: string, re: RegExp): number | undefined => { const m = re.exec(out); return m ? Number(m[1]) : undefined; };

if (!process.argv.includes('--no-build')) run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
const bundle = lastJson(run('bundle', 'npx', ['tsx', 'scripts/bench-bundle.ts', '--json']));
const decode = lastJson(run('decode', 'npx', ['tsx', 'scripts/bench-decode.ts', '--json']));
const list = run('VM list', 'node', ['scripts/bench-vm-list.mjs', '--vms', '10000', '--port', port]);
const idle = lastJson(run('idle', 'npx', ['tsx', 'scripts/bench-idle.ts', '--json']));
const engineOut = run('engine', 'npx', ['tsx', 'scripts/bench-engine.ts', '--json']);
// Until the engine bench has `--json`, read its text lines (`<label> N req/s`).
const engine = lastJson(engineOut) ?? {
  listRps: num(engineOut, /VM list page[^\n]*?([\d.]+) req\/s/),
  oneVmRps: num(engineOut, /one VM[^\n]*?([\d.]+) req\/s/),
};

const step = (label: string) => num(list, new RegExp(`${label}[^\\n]*?(\\d+) ms to rows`));
const listKiB = (label: string) => num(list, new RegExp(`${label}[^\\n]*?all API \\d+ requests ([\\d.]+) KiB`));
const listReqs = (label: string) => num(list, new RegExp(`${label}[^\\n]*?VM list requests (\\d+)`));
const idleRow = (label: string): { req: number; outKiB: number } | undefined => {
  const r = idle?.now?.find((x: { page: string }) => x.page === label);
  return r ? { req: r.reqPerMin, outKiB: r.outKiBPerMin } : undefined;
};
const dash = idleRow('dashboard');
const vmIdle = idleRow('vm list');
const listRps = engine.listRps ?? engine.vmListRps ?? engine.list;

type Row = [what: string, measured: number | undefined, unit: string, target: number, better: 'low' | 'high'];
const rows: Row[] = [
  ['initial JS (gzip)', bundle?.initialGzipKiB, 'KiB', 250, 'low'],
  ['login page JS (gzip)', bundle?.pages?.['login page'], 'KiB', 150, 'low'],
  ['XML decode, list pages', decode?.now, 'MB/s', 25, 'high'],
  ['VM list 10k: first rows (navigation in the app)', step('open /vms'), 'ms', 300, 'low'],
  ['VM list 10k: next page', step('next page'), 'ms', 150, 'low'],
  ['VM list 10k: sort', step('sort by name desc'), 'ms', 150, 'low'],
  ['VM list 10k: search', step('search status=up'), 'ms', 150, 'low'],
  ['VM list: list requests per step (max)', Math.max(...['open /vms', 'next page', 'sort by name desc', 'search status=up'].map((l) => listReqs(l) ?? Infinity)), '', 1, 'low'],
  ['VM list: KiB moved per step (max)', Math.max(...['open /vms', 'next page', 'sort by name desc', 'search status=up'].map((l) => listKiB(l) ?? Infinity)), 'KiB', 1024, 'low'],
  ['engine: VM list pages/s (10k VMs)', listRps, 'req/s', 1000, 'high'],
  ['idle dashboard: requests/min', dash?.req, '', 6, 'low'],
  ['idle dashboard: KiB/min', dash?.outKiB, 'KiB', 20, 'low'],
  ['idle VM list: requests/min', vmIdle?.req, '', 6, 'low'],
];

console.log('\n| measure | measured | target | result |\n|---|---:|---:|---|');
for (const [what, v, unit, target, better] of rows) {
  const ok = v !== undefined && Number.isFinite(v) && (better === 'low' ? v <= target : v >= target);
  const shown = v === undefined || !Number.isFinite(v) ? 'n/a' : `${v} ${unit}`.trim();
  console.log(`| ${what} | ${shown} | ${better === 'low' ? '≤' : '≥'} ${target} ${unit} | ${ok ? 'pass' : 'FAIL'} |`);
}
