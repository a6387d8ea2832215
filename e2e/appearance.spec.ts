// Dark mode and the phone layout, as a person sees them: the colour scheme menu switches light, dark and
// the system's choice, remembered across a reload; at 390 px the navigation is a drawer and the dashboard,
// VM list and VM detail fit the screen. Screenshots go to $UX_SHOTS (default /tmp/ux-shots).
import { expect, test, type Page } from '@playwright/test';
import { api } from './engineApi';
import { ADMIN, logIn } from './session';

const SHOTS = process.env.UX_SHOTS ?? '/tmp/ux-shots';

/** Relative luminance (WCAG) of the page background. */
async function backgroundLuminance(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function chooseScheme(page: Page, name: string) {
  await page.getByRole('button', { name: /^Colour scheme:/ }).click();
  await page.getByRole('menuitemradio', { name }).click();
  await expect(page.getByRole('button', { name: `Colour scheme: ${name}` })).toBeVisible();
}

test('dark, light and the system scheme; the choice survives a reload and nothing secret is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await logIn(page);
  await expect(page.getByRole('table', { name: 'Host utilization' }).getByRole('progressbar').first()).toBeVisible();
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
  await page.screenshot({ path: `${SHOTS}/dashboard-light.png`, fullPage: true });

  await chooseScheme(page, 'Dark');
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.05);
  await page.screenshot({ path: `${SHOTS}/dashboard-dark.png`, fullPage: true });

  await page.reload();
  await expect(page.getByRole('button', { name: 'Colour scheme: Dark' })).toBeVisible();
  expect(await backgroundLuminance(page)).toBeLessThan(0.05);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).toContain('dark');
  expect(stored).not.toContain(ADMIN.password);

  // Following the system: the page changes with the operating system's preference.
  await chooseScheme(page, 'Same as the system');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.05);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => backgroundLuminance(page)).toBeGreaterThan(0.8);
});

test('status chips and statistics charts in the dark scheme', async ({ page, request }) => {
  const up = await api(request, '/vms?search=status%3Dup%20sortby%20name%20asc');
  const vmId = /<vm [^>]*id="([^"]+)"/.exec(up)![1];
  await page.emulateMedia({ colorScheme: 'dark' });
  await logIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Virtual Machines' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /^CPU use of / }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/vms-dark.png` });
  await page.goto(`/vms/${vmId}`);
  await page.getByRole('tab', { name: 'Statistics' }).click();
  const cpu = page.getByRole('figure', { name: 'CPU' });
  await expect(cpu).toContainText(/[2-9]\d* samples/, { timeout: 20_000 });
  // Axis labels drawn in the scheme's secondary text colour, light on the dark page.
  const tick = cpu.locator('.recharts-cartesian-axis-tick-value').first();
  const fill = await tick.evaluate((el) => getComputedStyle(el).fill);
  const [r, g, b] = (fill.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
  expect((r + g + b) / 3).toBeGreaterThan(150);
  await page.screenshot({ path: `${SHOTS}/vm-statistics-dark.png`, fullPage: true });
});

test.describe('at 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  const noSideScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(392);

  test('the dashboard, the VM list and a VM page fit, with the navigation in a drawer', async ({ page }) => {
    await logIn(page);
    await expect(page.getByRole('region', { name: 'Virtual machines' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await noSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/phone-dashboard.png`, fullPage: true });

    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect(nav).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/phone-drawer.png` });
    await nav.getByRole('link', { name: 'Virtual Machines' }).click();
    await expect(nav).toBeHidden();

    const grid = page.getByRole('grid');
    const row = grid.getByRole('row').nth(1);
    await expect(row).toBeVisible();
    for (const col of ['Name', 'Status', 'Actions']) await expect(grid.getByRole('columnheader', { name: new RegExp(`^${col}`) })).toBeInViewport();
    await expect(grid.getByRole('columnheader', { name: /^Host/ })).toHaveCount(0);
    await expect(row.getByRole('link').first()).toBeInViewport();
    await expect(row.getByRole('button', { name: /^Actions for / })).toBeInViewport();
    await noSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/phone-vms.png` });

    const name = (await row.getByRole('link').first().textContent())!;
    await row.getByRole('button', { name: /^Actions for / }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await noSideScroll(page);
    await page.getByRole('tab', { name: 'Disks' }).click();
    await expect(page.getByRole('tab', { name: 'Disks', selected: true })).toBeInViewport();
    await expect(page.getByRole('tabpanel').getByRole('table')).toBeVisible();
    await noSideScroll(page);
    await page.screenshot({ path: `${SHOTS}/phone-vm.png`, fullPage: true });
  });
});
