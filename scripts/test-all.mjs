// `npm test`: type-check, unit and component tests, build, then the end-to-end suite in Chromium.
// Ends with one line `N passed, N failed` summing the unit and end-to-end runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumExecutable } from './chromium.mjs';

const results = { passed: 0, failed: 0 };
let broken = false;

function run(title, cmd, args) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) console.log(`=== ${title} failed (exit ${r.status ?? r.signal})`);
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function browserAvailable() {
  if (chromiumExecutable()) return true;
  try {
    const { chromium } = await import('@playwright/test');
    if (existsSync(chromium.executablePath())) return true;
  } catch { /* fall through to the message */ }
  console.error([
    'No Chromium found for the end-to-end tests. Either:',
    '  - install Debian\'s: sudo apt-get install -y chromium   (used from /usr/bin/chromium), or',
    '  - point CHROMIUM_PATH at a Chromium/Chrome binary, or',
    '  - download Playwright\'s own: npx playwright install chromium',
  ].join('\n'));
  return false;
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

if (!run('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])) { broken = true; results.failed += 1; }

run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
  if (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0) results.failed += unit.numFailedTestSuites;
} else { broken = true; results.failed += 1; }

if (!run('build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) { broken = true; results.failed += 1; }
else if (!(await browserAvailable())) { broken = true; results.failed += 1; }
else {
  run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    results.passed += e2e.stats.expected + e2e.stats.flaky;
    results.failed += e2e.stats.unexpected;
  } else { broken = true; results.failed += 1; }
}

console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 || broken ? 1 : 0);
