// Every element table against the engine's own descriptions: the schema (api.xsd via src/xsd) and the RSDL
// (requiredParams.json). A table that names an element the engine does not know, or disagrees with what the
// engine requires or lets change, fails here.
import { describe, expect, it } from 'vitest';
import { typeOfElement } from '../xsd/model';
import { tables } from './index';
import { requiredInSomeCreate, requiredOnCreate, rsdl, updatableInRsdl } from './rsdl';
import type { ElementDef, ResourceTable } from './types';
import { resolvePath, schemaPaths } from './xsdPath';

const all = Object.entries(tables) as [string, ResourceTable][];

// Updatable per the guide's "updatable post-creation" lists although the 3.6 RSDL does not list them on PUT.
// `os.initrd`: the guide lists `os` as updatable; the RSDL spells the parameter `os.initRd`, which is no element.
const GUIDE_UPDATABLE: Record<string, string[]> = {
  vms: ['os.initrd'], // §15.5.2 (l.7884)
  templates: ['os.initrd'], // §17.3.3 (l.10129)
  vmpools: ['prestarted_vms'], // §18.3.2 (l.10284)
  roles: ['name', 'administrative'], // §21.3.2 (l.10581)
  // api.xsd DataCenter quota_mode: the RSDL's PUT omits it, the engine's data center mapper reads it (issue 15).
  datacenters: ['quota_mode'],
  // The RSDL spells it `host.power_management.pm_proxy` (a collection), without the schema's pm_proxies wrapper.
  hosts: ['power_management.pm_proxies.pm_proxy'],
};

const flat = (t: ResourceTable): ElementDef[] => t.elements;

describe.each(all)('%s table', (segment, table) => {
  const rootType = typeOfElement(table.element);

  it('is registered under its segment and has a root element the schema knows', () => {
    expect(table.segment).toBe(segment);
    expect(rootType).toBeDefined();
  });

  it('has unique paths, labels and a help text', () => {
    const paths = flat(table).map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const e of flat(table)) {
      expect(e.label, e.path).not.toBe('');
      expect(e.help.length, e.path).toBeGreaterThan(3);
      expect(e.group, e.path).not.toBe('');
    }
  });

  it('names only elements and attributes that exist in api.xsd', () => {
    const unknown = flat(table).flatMap(schemaPaths).filter((p) => !resolvePath(rootType, p));
    expect(unknown).toEqual([]);
  });

  it('uses consistent kinds: refs name a collection, lists say what an item is, read-only is not updatable', () => {
    for (const e of flat(table)) {
      if (e.type === 'ref') expect(e.ref, e.path).toBeTruthy();
      if (e.type === 'list') expect(!!e.of || !!e.item || !!resolvePath(rootType, e.path)?.type.startsWith('xs:'), e.path).toBe(true);
      if (e.type === 'enum') expect(e.enumSource, e.path).toBeTruthy();
      expect(!!(e.readOnly && (e.updatable || e.required)), e.path).toBe(false);
    }
  });

  it('marks required exactly what every implemented RSDL create alternative requires', () => {
    if (!table.create) return;
    expect(rsdl[table.create.path]?.POST, table.create.path).toBeDefined();
    const req = requiredOnCreate(table);
    const els = flat(table);
    const coveredBy = (p: string) =>
      els.find((e) => e.path === p || (e.type === 'ref' && `${e.path}.id` === p)) ??
      els.find((e) => p.startsWith(`${e.path}.`) && e.type === 'list') ?? els.find((e) => e.path.startsWith(`${p}.`));
    for (const p of req) {
      const el = coveredBy(p);
      expect(el, `RSDL requires ${p}`).toBeDefined();
      if (el?.path === p || el?.type === 'list' || el?.type === 'ref') expect(el?.required, `${p} should be required`).toBe(true);
      else expect(els.some((e) => e.path.startsWith(`${p}.`) && (e.required || e.requiredWhen)), p).toBe(true);
    }
    const reqLists = els.filter((e) => e.type === 'list' && e.required).map((e) => e.path);
    for (const e of els.filter((x) => x.required)) {
      const ok = req.includes(e.path) || reqLists.includes(e.path) || (e.type === 'ref' && req.includes(`${e.path}.id`));
      expect(ok, `${e.path} is not required by the RSDL`).toBe(true);
    }
  });

  it('makes conditional requirements only of what some RSDL alternative requires', () => {
    const some = requiredInSomeCreate(table);
    for (const e of flat(table).filter((x) => x.requiredWhen)) {
      expect(some.some((p) => p === e.path || p.startsWith(`${e.path}.`) || e.path.startsWith(`${p}.`)), e.path).toBe(true);
      expect(flat(table).some((x) => x.path === e.requiredWhen?.path), `condition on ${e.requiredWhen?.path}`).toBe(true);
    }
  });

  it('shows an element conditionally only on another element of the same table', () => {
    for (const e of flat(table).filter((x) => x.visibleWhen)) {
      expect(flat(table).some((x) => x.path === e.visibleWhen?.path && !x.visibleWhen), `condition on ${e.visibleWhen?.path}`).toBe(true);
    }
  });

  it('marks updatable only what the engine accepts on PUT (or the guide lists)', () => {
    const updatable = flat(table).filter((e) => e.updatable);
    if (!table.update) {
      expect(updatable.map((e) => e.path)).toEqual([]);
      return;
    }
    expect(rsdl[table.update]?.PUT, table.update).toBeDefined();
    const put = updatableInRsdl(table);
    const guide = GUIDE_UPDATABLE[segment] ?? [];
    const rejected = updatable.filter((e) =>
      !guide.includes(e.path) && !schemaPaths(e).some((p) => put.includes(p)) &&
      !put.some((p) => p === e.path || p.startsWith(`${e.path}.`)));
    expect(rejected.map((e) => e.path)).toEqual([]);
  });

  it('shows some columns and never a password', () => {
    expect(flat(table).some((e) => e.column)).toBe(true);
    expect(flat(table).filter((e) => e.column && e.type === 'password')).toEqual([]);
  });
});

describe('registry', () => {
  it('covers the collections of the guide', () => {
    expect(Object.keys(tables).sort()).toEqual([
      'cdroms', 'clusters', 'datacenters', 'disks', 'events', 'groups', 'hosts', 'macpools', 'networks', 'nics',
      'numanodes', 'permissions', 'permits', 'quotas', 'roles', 'snapshots', 'storageconnections', 'storagedomains',
      'tags', 'templates', 'users', 'vmpools', 'vms', 'vnicprofiles', 'watchdogs',
    ]);
  });

  it('VM disks share the floating-disk requirements', () => {
    const vmDisks = { ...tables.disks, create: { path: '/vms/{vm:id}/disks', sets: [0, 1] } };
    expect(requiredOnCreate(vmDisks)).toEqual(requiredOnCreate(tables.disks));
  });
});
