// Accessibility: axe-core on every page in one login — each list, a detail of each kind with each of its
// tabs, the create forms, dialogs (an action, the API call, the shortcuts), the helpdesk, events and the task
// panel — in the light scheme, and the main pages in the dark one. Prints the counts per page and impact;
// fails on any critical or serious violation, naming the rule and the elements.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { logIn } from './session';

type Counts = Record<'critical' | 'serious' | 'moderate' | 'minor', number>;
const rows: [string, Counts][] = [];
const failures: string[] = [];

async function check(page: Page, what: string): Promise<void> {
  // Loaded is when no loading indicator is left (waiting for network idle as well costs a second a page,
  // as the portal's polls keep the network busy, and checks nothing more).
  await expect(page.getByRole('progressbar', { name: /^Loading/ })).toHaveCount(0, { timeout: 20_000 }).catch(() => {});
  // What a user reads is the settled page: a dialog or menu still fading in has not reached its colours yet.
  // (Endless ones, such as a spinner, are left running.)
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => {})))).catch(() => {});
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const counts: Counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) {
    counts[(v.impact ?? 'minor') as keyof Counts] += v.nodes.length;
    if (v.impact === 'critical' || v.impact === 'serious') {
      failures.push(`${what}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  rows.push([what, counts]);
}

const mainLinks = async (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link').evaluateAll(
  (as) => as.map((a) => [a.textContent ?? '', new URL((a as HTMLAnchorElement).href).pathname] as const));

/** The shared tabs (one component on every kind of object) are checked on the first detail page that has them. */
const SHARED_TABS = new Set(['Permissions', 'Tags', 'Events', 'Statistics']);
const sharedSeen = new Set<string>();

/** Every tab of the detail page on screen, each checked (a shared tab once in the whole run). */
async function checkTabs(page: Page, what: string): Promise<void> {
  const tabs = page.getByRole('main').getByRole('tab');
  const names = await tabs.allTextContents();
  for (const [i, name] of names.entries()) {
    if (SHARED_TABS.has(name) && sharedSeen.has(name)) continue;
    if (SHARED_TABS.has(name)) sharedSeen.add(name);
    await tabs.nth(i).click();
    await check(page, `${what} › ${name}`);
  }
}

test('axe finds no critical or serious violation on any page', async ({ page }) => {
  test.setTimeout(900_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await logIn(page);
  await check(page, 'Dashboard');
  const links = (await mainLinks(page)).filter(([, path]) => path !== '/');
  const seenDetail = new Set<string>();
  // Moving around as a user does, by the app's own links (a full page load per step would cost a second each).
  const nav = (path: string) => page.getByRole('navigation', { name: 'Main' }).locator(`a[href="${path}"]`).first().click();
  for (const [label, path] of links) {
    await nav(path);
    await expect(page).toHaveURL(new RegExp(`${path}(\\?|$)`));
    await check(page, `${label} list`);
    const create = page.getByRole('main').getByRole('link', { name: /^New/ });
    const canCreate = await create.count() > 0;
    const first = page.getByRole('main').getByRole('grid').getByRole('link').first();
    if (await first.isVisible().catch(() => false) && !seenDetail.has(path)) {
      seenDetail.add(path);
      await first.click();
      await expect(page.getByRole('main').getByRole('tab').first()).toBeVisible().catch(() => {});
      await checkTabs(page, `${label} detail`);
    }
    if (canCreate) {
      await nav(path);
      await create.first().click();
      await expect(page.getByRole('main').getByRole('form')).toBeVisible();
      await check(page, `${label} form`);
    }
  }

  // Dialogs: an action, its API call, the shortcuts, the colour menu, the task panel.
  await page.goto('/vms');
  await page.getByRole('button', { name: /^Actions for / }).first().click();
  await check(page, 'VM row actions menu');
  await page.getByRole('menuitem', { name: 'Remove' }).click();
  await check(page, 'Remove dialog');
  await page.getByRole('button', { name: 'API call' }).click();
  await check(page, 'API call dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await check(page, 'Shortcuts dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Colour scheme/ }).click();
  await check(page, 'Colour scheme menu');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Tasks' }).click();
  await check(page, 'Task panel');
  await page.keyboard.press('Escape');

  await page.emulateMedia({ colorScheme: 'dark' });
  for (const [label, path] of [['Dashboard', '/'], ['Virtual Machines', '/vms'], ['Events', '/events'], ['Console (helpdesk)', '/helpdesk']]) {
    await page.goto(path);
    await check(page, `${label} (dark)`);
  }

  const total = rows.reduce((t, [, c]) => ({ critical: t.critical + c.critical, serious: t.serious + c.serious, moderate: t.moderate + c.moderate, minor: t.minor + c.minor }),
    { critical: 0, serious: 0, moderate: 0, minor: 0 });
  console.log(['page | critical | serious | moderate | minor', ...rows.map(([w, c]) => `${w} | ${c.critical} | ${c.serious} | ${c.moderate} | ${c.minor}`),
    `TOTAL (${rows.length} pages) | ${total.critical} | ${total.serious} | ${total.moderate} | ${total.minor}`].join('\n'));
  expect(failures, failures.join('\n')).toEqual([]);
});
