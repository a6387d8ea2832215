import { describe, expect, it } from 'vitest';
import { searchFields, type SearchField } from '../../schema/search/fields';
import { suggest } from './suggest';

const hosts = searchFields('hosts');
const valuesOf = (f: SearchField) => (f.namesOf === 'clusters' ? ['Default', 'prod cluster'] : f.values ?? []);
const values = (text: string) => suggest(text, hosts, valuesOf).map((s) => s.value);

describe('suggest', () => {
  it.each([
    ['sta', ['status']],
    ['status', ['status=', 'status!=']],
    ['status=', expect.arrayContaining(['status=up', 'status=maintenance', 'status=non_responsive'])],
    ['status=ma', ['status=maintenance']],
    ['memory', ['memory=', 'memory!=', 'memory>', 'memory<', 'memory>=', 'memory<=']],
    ['status=up ', ['status=up and ', 'status=up or ', 'status=up sortby ']],
    ['status=up a', expect.arrayContaining(['status=up and ', 'status=up address', 'status=up active_vms'])],
    ['status=up and clu', ['status=up and cluster']],
    ['cluster=', ['cluster=Default', 'cluster="prod cluster"']],
    ['cluster=pro', ['cluster="prod cluster"']],
    ['status=up sortby na', ['status=up sortby name ']],
    ['status=up sortby name ', ['status=up sortby name asc', 'status=up sortby name desc']],
    ['nosuchfield=', []],
  ])('%j → %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('does not offer the value already typed in full', () => {
    expect(values('status=up')).not.toContain('status=up');
  });

  it('ordered enums get comparison operators, others only equality', () => {
    expect(suggest('severity', searchFields('events'), () => []).map((s) => s.label)).toContain('severity>');
    expect(values('status')).not.toContain('status>');
  });
});
