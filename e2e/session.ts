// Page helpers shared by the specs: log in through the real login page.
import { expect, type Page } from '@playwright/test';

export const ADMIN = { user: 'admin', domain: 'internal', password: 'ovirt' };

export async function logIn(page: Page, who = ADMIN): Promise<void> {
  await page.goto('/');
  await page.getByLabel('User name').fill(who.user);
  await page.getByLabel('Domain').fill(who.domain);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: /log out/i })).toBeVisible();
}
