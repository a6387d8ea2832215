// The committed RSDL extract is what scripts/gen-required-params.ts makes of the engine's RSDL.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandAlternatives, extract } from '../../scripts/gen-required-params';
import { rsdl, tablePath } from './rsdl';

// Tests run from the project root; the spec folder sits beside it and may be absent.
const RSDL = resolve(process.cwd(), '../shared/spec/engine/rsdl.xml');

describe('requiredParams.json', () => {
  it.each([
    ['vm.name', 'vm.name'],
    ['vm.cluster.id|name', 'vm.cluster.id|vm.cluster.name'],
    ['permission.user.id|permission.group.id', 'permission.user.id|permission.group.id'],
  ])('spells out alternatives: %s', (raw, expected) => {
    expect(expandAlternatives(raw)).toBe(expected);
  });

  it.each([
    ['vm.cluster.id|vm.cluster.name', 'cluster'],
    ['storagedomain.storage.path', 'storage.path'],
    ['vnicprofile.network.id', 'network.id'],
  ])('maps %s to the table path %s', (param, expected) => {
    expect(tablePath(param)).toBe(expected);
  });

  it('keeps RSDL alternatives apart (VM from scratch, from a snapshot, from a configuration)', () => {
    const sets = rsdl['/vms'].POST.sets.map((s) => s.required);
    expect(sets[0]).toEqual(['vm.name', 'vm.template.id|vm.template.name', 'vm.cluster.id|vm.cluster.name']);
    expect(sets[1]).toContain('vm.snapshots.snapshot.id');
    expect(sets[2]).toEqual(['vm.initialization.configuration.type', 'vm.initialization.configuration.data']);
  });

  it.skipIf(!existsSync(RSDL))('is up to date with the engine RSDL', () => {
    expect(extract(readFileSync(RSDL, 'utf8'))).toEqual(rsdl);
  });
});
