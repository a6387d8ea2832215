// Nothing a client sends can crash the engine or corrupt its state (issue: faults): every write route of the
// guide gets malformed, mistyped and hostile bodies and answers 4xx, and the store keeps what it had.
import { describe, expect, it } from 'vitest';
import tsv from '../testing/routes.tsv?raw';
import { hostileWrites, parseRoutes } from '../testing/routeWalk';
import { wireEngine } from '../testing/wire';

describe('hostile bodies', () => {
  it('never answer 5xx on any write route, and leave the engine usable', () => {
    expect(hostileWrites(parseRoutes(tsv))).toEqual([]);
  });

  it.each([
    ['the wrong root element', '<action><host id=""/><name>x</name></action>', 'Syntax error'],
    ['a word where a number belongs', '<vm><memory>lots</memory></vm>', 'Invalid value'],
    ['a word where a boolean belongs', '<vm><stateless>sometimes</stateless></vm>', 'Invalid value'],
    ['a nested mistyped value', '<vm><cpu><topology><cores>many</cores></topology></cpu></vm>', 'Invalid value'],
    ['no XML at all', 'name=x', 'Syntax error'],
  ])('refuse %s with 400 and change nothing', (_n, body, reason) => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    const before = JSON.stringify(w.engine.store.get('vms', vm.id));
    const r = w.put(`/vms/${vm.id}`, body);
    expect([r.status, r.xml?.reason]).toEqual([400, reason]);
    expect(JSON.stringify(w.engine.store.get('vms', vm.id))).toBe(before);
  });
});
