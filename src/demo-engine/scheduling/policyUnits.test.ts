// A scheduling policy's filters, weights and balance (RSDL schedulingpolicies/{id}/filters|weights|balances).
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const list = (x: any) => (Array.isArray(x) ? x : x ? [x] : []);

function policies() {
  const w = wireEngine();
  const named = (n: string) => w.engine.store.list('schedulingpolicies').find((p) => p.name === n)!;
  const unit = (type: string, n: string) => w.engine.store.list('schedulingpolicyunits').find((u) => u.type === type && u.name === n)!;
  return { w, named, unit };
}
const ref = (root: string, id: string, extra = '') => `<${root}><scheduling_policy_unit id="${id}"/>${extra}</${root}>`;

describe('scheduling policy units', () => {
  it('shows what a built-in policy is made of, and refuses to change it', () => {
    const { w, named, unit } = policies();
    const even = named('evenly_distributed');
    const balance = unit('balance', 'OptimalForEvenDistribution');
    expect(w.get(`/schedulingpolicies/${even.id}/balances/${balance.id}`).xml.scheduling_policy_unit.id).toBe(balance.id);
    expect(list(w.get(`/schedulingpolicies/${even.id}/filters`).xml.filter).length).toBeGreaterThan(3);
    const r = w.del(`/schedulingpolicies/${even.id}/balances/${balance.id}`);
    expect(r.status).toBe(409);
    expect(r.xml.detail).toMatch(/built in \(locked\)/);
    expect(w.post(`/schedulingpolicies/${even.id}/filters`, ref('filter', unit('filter', 'HostDevice').id)).status).toBe(409);
    expect(w.del(`/schedulingpolicies/${even.id}`).status).toBe(409);
  });

  it('adds a weight with its factor to a user policy and removes a filter', () => {
    const { w, named, unit } = policies();
    const mine = named('ha_reserved');
    const base = `/schedulingpolicies/${mine.id}`;
    const power = unit('weight', 'OptimalForPowerSaving');
    const added = w.post(`${base}/weights`, ref('weight', power.id, '<factor>3</factor>'));
    expect(added.status).toBe(200);
    expect(w.get(`${base}/weights/${power.id}`).xml.factor).toBe(3);
    expect(w.post(`${base}/weights`, ref('weight', power.id)).xml.detail).toMatch(/already in the policy/);
    const memory = unit('filter', 'Memory');
    expect(w.del(`${base}/filters/${memory.id}`).status).toBe(200);
    expect(w.get(`${base}/filters/${memory.id}`).status).toBe(404);
  });

  it('keeps one balance, and refuses unknown units, units of another kind and negative factors', () => {
    const { w, named, unit } = policies();
    const base = `/schedulingpolicies/${named('ha_reserved').id}`;
    const none = unit('balance', 'None');
    expect(w.post(`${base}/balances`, ref('balance', none.id)).status).toBe(200);
    expect(list(w.get(`${base}/balances`).xml.balance).map((b: any) => b.id)).toEqual([none.id]);
    expect(w.post(`${base}/filters`, ref('filter', '00000000-0000-0000-0000-000000000000')).xml.detail).toMatch(/Unknown policy unit/);
    expect(w.post(`${base}/filters`, ref('filter', none.id)).xml.detail).toMatch(/is a balance, not a filter/);
    expect(w.post(`${base}/weights`, ref('weight', unit('weight', 'None').id, '<factor>-1</factor>')).status).toBe(409);
    expect(w.post(`${base}/weights`, '<weight/>').xml.detail).toMatch(/scheduling_policy_unit.id/);
  });

  it('creates user policies unlocked, so they can be changed and removed', () => {
    const { w, unit } = policies();
    const made = w.post('/schedulingpolicies', '<scheduling_policy><name>mine</name><locked>true</locked></scheduling_policy>');
    expect(made.xml.locked).toBe(false);
    expect(w.post(`/schedulingpolicies/${made.xml.id}/filters`, ref('filter', unit('filter', 'CPU').id)).status).toBe(200);
    expect(w.del(`/schedulingpolicies/${made.xml.id}`).status).toBe(200);
  });
});
