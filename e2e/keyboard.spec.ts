// The portal without a mouse: the skip link, the `?` help, `/` for search, `r` to refresh, and the path
// list → detail page → action → dialog with Tab and Enter only, the focus visible all the way.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { api } from './engineApi';
import { logIn } from './session';

const SHOTS = process.env.UX_SHOTS ?? '/tmp/ux-shots';

/** Presses Tab until `target` has the focus (as a person would), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The focused element draws a visible outline or ring. */
const focusVisible = (target: Locator) => target.evaluate((el) => {
  const s = getComputedStyle(el);
  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' || !!el.querySelector('.MuiTouchRipple-child');
});

test('skip link, help on ?, / to search and r to refresh', async ({ page }) => {
  await logIn(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const [key, what] of [['/', 'search box'], ['r', 'Refresh'], ['?', 'shortcuts']]) {
    await expect(help.getByRole('row').filter({ hasText: what }).first()).toContainText(key);
  }
  await page.screenshot({ path: `${SHOTS}/keyboard-help.png` });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.goto('/vms');
  await expect(page.getByRole('grid')).toBeVisible();
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search virtual machines' });
  await expect(search).toBeFocused();
  await page.keyboard.type('name=app-0*');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=name%3Dapp-0/);
  // While typing, `r` and `?` are text, not shortcuts.
  await expect(help).toBeHidden();

  await search.blur();
  const refreshed = page.waitForRequest((r) => r.url().includes('/ovirt-engine/api/vms') && r.method() === 'GET');
  await page.keyboard.press('r');
  await refreshed;
});

test('list → VM page → action → dialog, by keyboard only', async ({ page, request }) => {
  const down = await api(request, '/vms?search=status%3Ddown%20sortby%20name%20asc');
  const name = /<name>([^<]+)<\/name>/.exec(down)![1];
  await logIn(page);
  await page.goto(`/vms?q=${encodeURIComponent(`name=${name}`)}`);
  const link = page.getByRole('grid').getByRole('link', { name, exact: true });
  await expect(link).toBeVisible();
  await tabTo(page, link);
  expect(await focusVisible(link)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/keyboard-list-focus.png` });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name })).toBeVisible();

  const runOnce = page.getByRole('button', { name: 'Run once' });
  await tabTo(page, runOnce);
  expect(await focusVisible(runOnce)).toBe(true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: new RegExp(`Run ${name} once`, 'i') });
  await expect(dialog).toBeVisible();
  // The dialog holds the focus: Tab stays inside it.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await tabTo(page, dialog.getByRole('button', { name: 'API call' }), 40);
  await page.keyboard.press('Enter');
  const call = page.getByRole('dialog', { name: 'API call' });
  await expect(call).toContainText(`/start`);
  await page.screenshot({ path: `${SHOTS}/keyboard-dialog.png` });
  await page.keyboard.press('Escape');
  await expect(call).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(runOnce).toBeFocused();
});
