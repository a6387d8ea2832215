// Reading the engine directly (not through the portal) to check what it stores: HTTP Basic as admin, v3.
import { expect, type APIRequestContext } from '@playwright/test';
import { ADMIN } from './session';

export const basicAuth = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

export const ADMIN_HEADERS = { Authorization: basicAuth(`${ADMIN.user}@${ADMIN.domain}`, ADMIN.password), Version: '3' };

/** GET `path` under the API as admin; the answer must be 200. */
export async function api(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(`/ovirt-engine/api${path}`, { headers: ADMIN_HEADERS });
  expect(res.status(), path).toBe(200);
  return res.text();
}
