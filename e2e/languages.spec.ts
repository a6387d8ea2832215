// Switching to German from the header: the dashboard, the VM list and a form read German, numbers and dates
// follow, and a reload keeps the language (remembered in this browser).
import { expect, test } from '@playwright/test';
import { logIn } from './session';

test('German from the language menu: dashboard, VM list and a form, still German after a reload', async ({ page }) => {
  await logIn(page);
  await page.getByRole('button', { name: /^Language: English/ }).click();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();

  const nav = page.getByRole('navigation', { name: 'Hauptmenü' });
  await expect(nav.getByRole('link', { name: 'Virtuelle Maschinen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aktuelle Warnungen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.screenshot({ path: 'test-results/e2e/dashboard-de.png' });

  await nav.getByRole('link', { name: 'Virtuelle Maschinen' }).click();
  await expect(page.getByRole('heading', { name: 'Virtuelle Maschinen', level: 1 })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Beschreibung' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Virtuelle Maschine anlegen' })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/vms-de.png' });

  await page.getByRole('link', { name: 'Virtuelle Maschine anlegen' }).click();
  await expect(page.getByRole('heading', { name: 'Virtuelle Maschine anlegen' })).toBeVisible();
  await expect(page.getByLabel('Beschreibung', { exact: true })).toBeVisible();
  await expect(page.getByText('Ein vom Benutzer vergebener Name für die virtuelle Maschine', { exact: false })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/vm-form-de.png' });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Virtuelle Maschine anlegen' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Rechenzentren' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('portal.language'))).toBe('de');

  // Back to English: the same page in English again.
  await page.getByRole('button', { name: /^Sprache: Deutsch/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'New virtual machine' })).toBeVisible();
});
