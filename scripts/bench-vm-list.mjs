// Benchmark: the VM list at scale in real Chromium against the demo engine. Starts the server with N VMs,
// logs in, then times each step to its first new rows: opening the list from the navigation (in the app,
// as a user does), the next page, sorting, searching; and, for reference, a cold load of /vms (the
// portal's JavaScript, the session check and the entry point first). Each step runs --rounds times and
// the median is printed, with the list requests and bytes of the step; the run fails when a step asked
// the engine for more than one list page or for the whole collection.
// A step's time is taken in the page: from the user's click (or Enter in the search box; for the cold load,
// the navigation's start) to the first animation frame after the first row's name changed. The time the
// driver took as well (finding the button by its role, its checks before clicking, polling for the rows) is
// printed beside it: it is the same for every build, and no user waits for it.
// With `--compare DIR` an older build in DIR runs too, alternating round by round on its own server, and
// both are printed side by side (the machine's noise hits both alike; the ratio is what holds).
// Usage: node scripts/bench-vm-list.mjs [--vms 10000] [--rounds 5] [--port 8299] [--dist dist] [--compare DIR] [--paths]
// (`--paths`: the API paths each step asked for, with how often)
import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumExecutable } from './chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const vms = Number(arg('vms', 10000));
const rounds = Number(arg('rounds', 5));
const port = Number(arg('port', 8299));
const builds = [arg('dist', 'dist'), arg('compare', '')].filter(Boolean);
const auth = { Authorization: `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`, Version: '3' };
const STEPS = ['open /vms (in app)', 'next page', 'sort by name desc', 'search status=up and cluster=Lab', 'cold load /vms'];

async function startServer(dist, at) {
  const base = `http://127.0.0.1:${at}`;
  const server = spawn('node', ['--import', 'tsx', 'src/server/main.ts', '--port', String(at), '--vms', String(vms), '--dist', dist], { stdio: 'ignore' });
  const t0 = performance.now();
  for (;;) {
    try { if ((await fetch(`${base}/ovirt-engine/api`, { headers: auth })).ok) break; } catch { /* starting */ }
    if (performance.now() - t0 > 120_000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 300));
  }
  return { base, stop: () => server.kill() };
}

/** One round of every step in a fresh, logged-in page: per step the time to rows and its API traffic. */
async function round(browser, base) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    const acted = () => { w.__actedAt = performance.now(); };
    document.addEventListener('click', acted, true);
    document.addEventListener('keydown', (e) => { if (e.key === 'Enter') acted(); }, true);
    // Rows at: the first frame after the first row's name differs from `w.__rowsBefore` (set per step).
    w.__watchRows = (before) => {
      w.__rowsAt = undefined;
      const seen = () => { const a = document.querySelector('[role="grid"] a'); return !!a && a.textContent !== before; };
      const mo = new MutationObserver(() => {
        if (!seen()) return;
        mo.disconnect();
        requestAnimationFrame(() => { w.__rowsAt = performance.now(); });
      });
      mo.observe(document, { subtree: true, childList: true, characterData: true });
    };
    w.__watchRows(null);
  });
  let log = [];
  page.on('requestfinished', async (r) => {
    const u = new URL(r.url());
    if (!u.pathname.startsWith('/ovirt-engine/api')) return;
    const sizes = await r.sizes().catch(() => ({ responseBodySize: 0 }));
    log.push({ path: u.pathname, search: u.searchParams.get('search'), bytes: sizes.responseBodySize });
  });
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Domain').fill('internal');
  await page.getByLabel('Password').fill('ovirt');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /log out/i }).waitFor();
  await page.waitForTimeout(1000); // the dashboard's first reads settle
  const grid = page.getByRole('grid', { name: 'Virtual machines' });
  const firstName = () => grid.getByRole('link').first().textContent();
  const rowsChange = (before) => page.waitForFunction((n) => document.querySelector('[role="grid"] a')?.textContent !== n, before);
  const out = {};
  async function step(label, act, until, cold = false) {
    log = [];
    if (!cold) await page.evaluate(() => { const w = /** @type {any} */ (window); w.__watchRows(document.querySelector('[role="grid"] a')?.textContent ?? null); });
    const t = performance.now();
    const done = until();
    await act();
    await done;
    const driverMs = performance.now() - t;
    await page.waitForFunction(() => /** @type {any} */ (window).__rowsAt !== undefined);
    const ms = await page.evaluate((c) => { const w = /** @type {any} */ (window); return w.__rowsAt - (c ? 0 : w.__actedAt); }, cold);
    await page.mouse.move(5, 5); // no tooltip left over the next button
    await page.waitForTimeout(600); // the visible rows' statistics finish, so their bytes count too
    const lists = log.filter((l) => l.path === '/ovirt-engine/api/vms');
    out[label] = {
      ms, driverMs, listRequests: lists.length, searches: lists.map((l) => l.search), listKiB: lists.reduce((a, l) => a + l.bytes, 0) / 1024,
      requests: log.length, kib: log.reduce((a, l) => a + l.bytes, 0) / 1024, unpaged: lists.some((l) => !/page \d+$/.test(l.search ?? '')),
      paths: log.map((l) => l.path.replace('/ovirt-engine/api', '').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')),
    };
  }
  await step(STEPS[0], () => page.getByRole('link', { name: 'Virtual machines' }).first().click(), () => grid.getByRole('link').first().waitFor());
  const p1 = await firstName();
  await step(STEPS[1], () => page.getByRole('button', { name: /next page/i }).click(), () => rowsChange(p1));
  const p2 = await firstName();
  await step(STEPS[2], () => grid.getByRole('columnheader', { name: 'Name' }).click(), () => rowsChange(p2));
  const box = page.getByRole('combobox', { name: 'Search virtual machines' });
  const p3 = await firstName();
  await step(STEPS[3], async () => { await box.fill('status=up and cluster=Lab'); await box.press('Escape'); await box.press('Enter'); }, () => rowsChange(p3));
  await step(STEPS[4], () => page.goto(`${base}/vms`), () => page.waitForFunction(() => !!document.querySelector('[role="grid"] a')), true);
  await page.close();
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const servers = [];
try {
  for (const [i, dist] of builds.entries()) servers.push(await startServer(dist, port + i));
  console.log(`${builds.length} server(s) with ${vms} VMs ready; ${rounds} rounds each`);
  const browser = await chromium.launch({ executablePath: chromiumExecutable() });
  const results = builds.map(() => []);
  for (let r = 0; r < rounds; r++) for (const [i, s] of servers.entries()) results[i].push(await round(browser, s.base));
  await browser.close();

  let ok = true;
  const summary = results.map((rs) => Object.fromEntries(STEPS.map((label) => {
    const all = rs.map((x) => x[label]);
    const worst = all.reduce((a, x) => (x.listRequests > a.listRequests || x.kib > a.kib ? x : a));
    if (label !== STEPS[4] && all.some((x) => x.unpaged || x.listRequests !== 1 || x.kib > 1024)) ok = false;
    return [label, { ms: median(all.map((x) => x.ms)), driverMs: median(all.map((x) => x.driverMs)), worst }];
  })));
  console.log(`\n${builds[0]}: median of ${rounds}`);
  for (const label of STEPS) {
    const { ms, driverMs, worst } = summary[0][label];
    if (process.argv.includes('--paths')) {
      const counts = {};
      for (const p of worst.paths) counts[p] = (counts[p] ?? 0) + 1;
      console.log(`  ${label} requests: ${Object.entries(counts).map(([p, n]) => `${p} ×${n}`).join(', ')}`);
    }
    console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms to rows (${driverMs.toFixed(0)} ms with the driver's work); VM list requests ${worst.listRequests} (${worst.listKiB.toFixed(1)} KiB: ${worst.searches.map((s) => `"${s}"`).join(', ')}); all API ${worst.requests} requests ${worst.kib.toFixed(1)} KiB${worst.unpaged ? '  !! UNPAGED REQUEST' : ''}`);
  }
  if (builds.length > 1) {
    console.log(`\n| step | ${builds[1]} | ${builds[0]} | ratio | with the driver's work: ${builds[1]} | ${builds[0]} |\n|---|---:|---:|---:|---:|---:|`);
    for (const label of STEPS) {
      const [now, before] = [summary[0][label], summary[1][label]];
      console.log(`| ${label} | ${before.ms.toFixed(0)} ms | ${now.ms.toFixed(0)} ms | ${(before.ms / now.ms).toFixed(2)}× | ${before.driverMs.toFixed(0)} ms | ${now.driverMs.toFixed(0)} ms |`);
    }
  }
  console.log(ok ? 'every VM list step asked for one page, under 1 MB' : 'FAILED: a step asked for more than one page, the whole collection or over 1 MB');
  process.exitCode = ok ? 0 : 1;
} finally {
  for (const s of servers) s.stop();
}
