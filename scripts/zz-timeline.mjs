import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
const port = 8299, base = `http://127.0.0.1:${port}`;
const auth = { Authorization: `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`, Version: '3' };
const server = spawn('node', ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--vms', '10000', '--dist', process.argv[2] ?? '/tmp/dist-prof'], { stdio: 'ignore' });
try {
  for (;;) { try { if ((await fetch(`${base}/ovirt-engine/api`, { headers: auth })).ok) break; } catch {} await new Promise(r => setTimeout(r, 300)); }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill('admin'); await page.getByLabel('Domain').fill('internal'); await page.getByLabel('Password').fill('ovirt');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /log out/i }).waitFor();
  const grid = page.getByRole('grid', { name: 'Virtual machines' });
  let t0 = 0; const ev = [];
  const rel = () => (performance.now() - t0).toFixed(0);
  page.on('request', (r) => { if (t0) ev.push(`${rel()} req ${r.url().replace(base, '').slice(0, 90)}`); });
  page.on('requestfinished', (r) => { if (t0) ev.push(`${rel()} done ${r.url().replace(base, '').slice(0, 90)}`); });
  const mode = process.argv[3] ?? 'next';
  if (mode === 'open') {
    await page.waitForTimeout(1000);
    t0 = performance.now();
    await page.getByRole('link', { name: 'Virtual machines' }).first().click();
    await grid.getByRole('link').first().waitFor();
    ev.push(`${rel()} ROWS (in-app)`);
    await page.waitForTimeout(800);
  } else {
    await page.goto(`${base}/vms`); await grid.getByRole('link').first().waitFor(); await page.waitForTimeout(1500);
    await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'toplevel', 'blink.user_timing', 'v8.execute'] });
    for (let i = 0; i < 2; i++) {
      const n = await grid.getByRole('link').first().textContent();
      t0 = performance.now(); ev.push('---');
      await page.getByRole('button', { name: /next page/i }).click();
      await page.waitForFunction((n) => document.querySelector('[role="grid"] a')?.textContent !== n, n);
      ev.push(`${rel()} ROWS`);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(800);
    }
  }
  if (mode !== 'open') await browser.stopTracing();
  console.log(ev.join('\n'));
  await browser.close();
} finally { server.kill(); }
