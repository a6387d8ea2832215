import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
const dists = process.argv.slice(2);
const auth = { Authorization: `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`, Version: '3' };
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
async function run(dist, port) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('node', ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--vms', '10000', '--dist', dist], { stdio: 'ignore' });
  try {
    for (;;) { try { if ((await fetch(`${base}/ovirt-engine/api`, { headers: auth })).ok) break; } catch {} await new Promise(r => setTimeout(r, 300)); }
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/`);
    await page.getByLabel('User name').fill('admin'); await page.getByLabel('Domain').fill('internal'); await page.getByLabel('Password').fill('ovirt');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: /log out/i }).waitFor();
    const grid = page.getByRole('grid', { name: 'Virtual machines' });
    const out = { open: [], next: [], sort: [] };
    for (let r = 0; r < 3; r++) {
      await page.getByRole('link', { name: 'Dashboard' }).first().click(); await page.waitForTimeout(1000);
      let t = performance.now();
      await page.getByRole('link', { name: 'Virtual machines' }).first().click();
      await grid.getByRole('link').first().waitFor(); out.open.push(performance.now() - t);
      await page.waitForTimeout(1000);
      for (let i = 0; i < 3; i++) {
        const n = await grid.getByRole('link').first().textContent();
        t = performance.now();
        await page.getByRole('button', { name: /next page/i }).click();
        await page.waitForFunction((n) => document.querySelector('[role="grid"] a')?.textContent !== n, n);
        out.next.push(performance.now() - t);
        await page.mouse.move(5, 5); await page.waitForTimeout(700);
      }
      const n = await grid.getByRole('link').first().textContent();
      t = performance.now();
      await grid.getByRole('columnheader', { name: 'Name' }).click();
      await page.waitForFunction((n) => document.querySelector('[role="grid"] a')?.textContent !== n, n);
      out.sort.push(performance.now() - t);
      await page.mouse.move(5, 5); await page.waitForTimeout(700);
    }
    await browser.close();
    return out;
  } finally { server.kill(); }
}
const res = [];
for (let k = 0; k < 2; k++) for (const [i, d] of dists.entries()) res.push([d, await run(d, 8299 + i)]);
for (const d of dists) {
  const all = res.filter(([x]) => x === d).map(([, o]) => o);
  const cat = (f) => all.flatMap((o) => o[f]);
  console.log(d.padEnd(20), 'open(in-app)', med(cat('open')).toFixed(0), 'next', med(cat('next')).toFixed(0), 'sort', med(cat('sort')).toFixed(0));
}
