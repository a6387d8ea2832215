// Whether a user is an engine administrator, asked of the engine with the user's own session: the user
// holds a permission whose role is `administrative` (the engine's distinction between its admin and user
// portals). Any failure answers "no": an unanswered question never widens what someone sees.
import { itemsOf } from '../../api/items';
import { parseXml, type XmlObject } from '../../xsd/parse';
import type { EngineTransport } from './engineClient';

export async function isEngineAdmin(engine: EngineTransport, engineCookie: string, user: string): Promise<boolean> {
  const get = async (path: string): Promise<XmlObject> => {
    const res = await engine({
      method: 'GET', path,
      headers: { Version: '3', Accept: 'application/xml', Prefer: 'persistent-auth', Cookie: `JSESSIONID=${engineCookie}` },
    });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    return parseXml(res.body).value;
  };
  try {
    const me = itemsOf(await get('/users')).find((u) => u.user_name === user);
    if (!me?.id) return false;
    const roleIds = new Set(itemsOf(await get(`/users/${encodeURIComponent(String(me.id))}/permissions`)).map((p) => String(p.role?.id ?? '')));
    for (const id of roleIds) {
      if (id && (await get(`/roles/${encodeURIComponent(id)}`)).administrative === true) return true;
    }
    return false;
  } catch {
    return false;
  }
}
