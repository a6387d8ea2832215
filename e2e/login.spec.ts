// The README's logins, typed exactly as the README writes them (`admin@internal` / `ovirt`), lead into the
// portal; `user` plus a domain works too; a refusal keeps what was typed.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const logins = [...readme.matchAll(/`([a-z]+@[a-z]+)` \/ `([^`]+)`/g)].map((m) => ({ user: m[1], password: m[2] }));

test('the README names the three demo logins', () => {
  expect(logins.map((l) => l.user)).toEqual(['admin@internal', 'mary@internal', 'helpdesk@internal']);
});

for (const { user, password } of logins) {
  test(`${user} / ${password}, typed as the README writes it, opens the portal`, async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('User name').fill(user);
    await expect(page.getByLabel('Domain')).toHaveValue('internal');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('button', { name: /log out/i })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(user);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
}

test('user name plus a domain typed in the domain field logs in too', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('User name').fill('mary');
  await page.getByLabel('Domain').fill('internal');
  await page.getByLabel('Password').fill('mary');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner')).toContainText('mary@internal');
});

test('a refused user@domain login keeps the user name, the domain it names and the password', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('User name').fill('admin@internal');
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText(/401/);
  await expect(page.getByLabel('User name')).toHaveValue('admin@internal');
  await expect(page.getByLabel('Domain')).toHaveValue('internal');
  await expect(page.getByLabel('Password')).toHaveValue('wrong');
  // A domain that does not exist is refused the same way, and stays as typed.
  await page.getByLabel('User name').fill('admin@nowhere');
  await expect(page.getByLabel('Domain')).toHaveValue('nowhere');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText(/401/);
  await expect(page.getByLabel('User name')).toHaveValue('admin@nowhere');
});
