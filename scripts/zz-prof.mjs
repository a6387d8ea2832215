import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
  await page.goto(`${base}/vms`); await grid.getByRole('link').first().waitFor(); await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const times = [];
  await cdp.send('Profiler.start');
  for (let i = 0; i < 4; i++) {
    const n = await grid.getByRole('link').first().textContent();
    const t = performance.now();
    await page.getByRole('button', { name: /next page/i }).click();
    await page.waitForFunction((n) => document.querySelector('[role="grid"] a')?.textContent !== n, n);
    times.push(performance.now() - t); await page.mouse.move(5, 5);
    await page.waitForTimeout(800);
  }
  const { profile } = await cdp.send('Profiler.stop');
  console.log('next page ms', times.map(Math.round));
  writeFileSync('/tmp/next.cpuprofile', JSON.stringify(profile));
  // summarize self time
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas; 
  profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
  const tot = [...self.values()].reduce((a, b) => a + b, 0);
  console.log('total sampled ms', (tot / 1000).toFixed(0));
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(1).padStart(8), k);
  await browser.close();
} finally { server.kill(); }
