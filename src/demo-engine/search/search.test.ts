// runSearch over the hand-built inventory (fixtureStore.ts): each row is a query and the names the
// engine would list, in the order it would list them.
import { describe, expect, it } from 'vitest';
import { EngineFault } from '../faults';
import type { Entity } from '../types';
import { fixtureStore } from './fixtureStore';
import { runSearch } from './index';

const store = fixtureStore();
const NOW = Date.parse('2024-01-05T12:00:00.000Z');

function search(segment: string, query: string, opts: { caseSensitive?: boolean; pageSize?: number } = {}): string[] {
  const items = store.list(segment);
  const found = runSearch(segment, items, query, { store, caseSensitive: opts.caseSensitive ?? true, pageSize: opts.pageSize, now: NOW });
  return found.map((e: Entity) => (segment === 'events' ? e.id : e.alias ?? e.name));
}

type Row = [query: string, expected: string[]];

const vmRows: Row[] = [
  // = and != with exact values, wildcards (guide 7.3.8) and regex metacharacters taken literally
  ['name=web-01', ['web-01']],
  ['name!=web-01', ['cache.(1)+', 'db-01', 'web-02', 'Web-Admin']],
  ['name=web*', ['web-01', 'web-02']],
  ['name=w*-0*', ['web-01', 'web-02']],
  ['name=*1', ['db-01', 'web-01']],
  ['name=cache.(1)+', ['cache.(1)+']],
  ['name=cache.*', ['cache.(1)+']],
  ['name=^.*$', []],
  ['name!=*-0*', ['cache.(1)+', 'Web-Admin']],
  // numbers: memory in MB
  ['memory=4096', ['web-01']],
  ['memory!=4096', ['cache.(1)+', 'db-01', 'web-02', 'Web-Admin']],
  ['memory>4096', ['cache.(1)+', 'db-01']],
  ['memory>=4096', ['cache.(1)+', 'db-01', 'web-01']],
  ['memory<2048', ['Web-Admin']],
  ['memory<=2048', ['web-02', 'Web-Admin']],
  // dates: a day is the whole day (UTC); US month-first form too
  ['creationdate=2024-01-10', ['web-01', 'Web-Admin']],
  ['creationdate>2024-01-10', ['cache.(1)+', 'web-02']],
  ['creationdate>=01/10/2024', ['cache.(1)+', 'web-01', 'web-02', 'Web-Admin']],
  ['creationdate<2024-01-01', ['db-01']],
  ['creationdate<=2024-01-01', ['db-01']],
  ['creationdate>2024-01-10T12:00:00Z', ['cache.(1)+', 'web-02', 'Web-Admin']],
  // enums: case and underscores do not matter, even in a case-sensitive search
  ['status=up', ['db-01', 'web-01']],
  ['status=UP', ['db-01', 'web-01']],
  ['status=poweringup', ['cache.(1)+']],
  ['status=powering_up', ['cache.(1)+']],
  ['status!=up', ['cache.(1)+', 'web-02', 'Web-Admin']],
  ['type=desktop', ['web-02']],
  // and / or (and binds tighter; a missing `and` is implied), prefixes
  ['status=up and host=host01', ['web-01']],
  ['status=up host=host01', ['web-01']],
  ['status=up or status=down', ['db-01', 'web-01', 'web-02']],
  ['status=down or status=up and host=host03', ['db-01', 'web-02']],
  ['status=up AND cluster=Lab OR name=web-02', ['db-01', 'web-02']],
  ['Vms: status=up', ['db-01', 'web-01']],
  ['Vms : status=up', ['db-01', 'web-01']],
  ['vms:status=up', ['db-01', 'web-01']],
  ['VMs:', ['cache.(1)+', 'db-01', 'web-01', 'web-02', 'Web-Admin']],
  // fields that look elsewhere
  ['cluster=Lab', ['cache.(1)+', 'db-01']],
  ['datacenter=Lab', ['cache.(1)+', 'db-01']],
  ['template=rhel8', ['web-01']],
  ['os=rhel*', ['db-01', 'web-01']],
  ['description="Primary database"', ['db-01']],
  ["description='Public web server'", ['web-01']],
  // tags, including child tags (frontend is a child of web)
  ['tag=web', ['web-01', 'Web-Admin']],
  ['tag=frontend', ['Web-Admin']],
  ['tag=db', ['db-01']],
  ['tag=root', []],
  ['tag=standalone', ['web-02']],
  ['tag=*', ['db-01', 'web-01', 'web-02', 'Web-Admin']],
  // cross-entity criteria (guide 7.3.7: `vms: users.name=mary`)
  ['users.name=mary', ['db-01', 'web-02']],
  ['users.name=Mary', ['db-01', 'web-02']],
  ['users.lastname=Jones and status=up', ['db-01']],
  ['user=mary@internal', ['db-01', 'web-02']],
  ['hosts.name=host01', ['web-01', 'Web-Admin']],
  ['host.name=host0*', ['cache.(1)+', 'db-01', 'web-01', 'Web-Admin']],
  ['hosts.status=maintenance', []],
  ['events.severity=alert', ['db-01']],
  // free text: a bare word is looked for in name, description and comment
  ['web', ['web-01', 'web-02']],
  ['database', ['db-01']],
  ['"Primary database"', ['db-01']],
  ['web status=down', ['web-02']],
  // sortby and page
  ['sortby memory desc', ['db-01', 'cache.(1)+', 'web-01', 'web-02', 'Web-Admin']],
  ['status=up sortby name desc', ['web-01', 'db-01']],
  ['sortby creationdate', ['db-01', 'web-01', 'Web-Admin', 'web-02', 'cache.(1)+']],
  ['sortby creationdate asc', ['db-01', 'web-01', 'Web-Admin', 'web-02', 'cache.(1)+']],
  ['SortBy status page 1', ['web-02', 'Web-Admin', 'cache.(1)+', 'db-01', 'web-01']],
];

describe('vms search (case-sensitive, the default)', () => {
  it.each(vmRows)('%s', (query, expected) => {
    expect(search('vms', query)).toEqual(expected);
  });
});

describe('case-insensitive search (;case-sensitive=false)', () => {
  it.each<Row>([
    ['name=web*', ['web-01', 'web-02', 'Web-Admin']],
    ['name=WEB-ADMIN', ['Web-Admin']],
    ['web', ['web-01', 'web-02', 'Web-Admin']],
    ['tag=WEB', ['web-01', 'Web-Admin']],
    ['cluster=lab', ['cache.(1)+', 'db-01']],
  ])('%s', (query, expected) => {
    expect(search('vms', query, { caseSensitive: false })).toEqual(expected);
  });
  it('is case-sensitive when asked', () => {
    expect(search('vms', 'name=WEB-ADMIN')).toEqual([]);
    expect(search('vms', 'cluster=lab')).toEqual([]);
  });
});

describe('page N', () => {
  it.each<[string, number, string[]]>([
    ['sortby name page 1', 2, ['cache.(1)+', 'db-01']],
    ['sortby name page 2', 2, ['web-01', 'web-02']],
    ['sortby name asc page 3', 2, ['Web-Admin']],
    ['page 4', 2, []],
    ['status=up sortby name desc page 2', 1, ['db-01']],
    ['page 1', 0, ['cache.(1)+', 'db-01', 'web-01', 'web-02', 'Web-Admin']],
  ])('%s (page size %i)', (query, pageSize, expected) => {
    expect(search('vms', query, { pageSize })).toEqual(expected);
  });
});

const otherRows: [segment: string, query: string, expected: string[]][] = [
  ['hosts', 'vms.status=up', ['host01', 'host03']],
  ['hosts', 'vms.status=paused', ['host01']],
  ['hosts', 'vms.name=db*', ['host03']],
  ['hosts', 'Hosts : status=up', ['host01', 'host03']],
  ['hosts', 'status=maintenance', ['host02']],
  ['hosts', 'memory>200000', ['host01']],
  ['hosts', 'cluster=Default', ['host01', 'host02']],
  ['hosts', 'datacenter=Lab', ['host03']],
  ['hosts', 'active_vms=0', ['host02']],
  ['hosts', 'address=*.lab.*', ['host03']],
  ['events', 'severity>normal', ['4', '3', '2']],
  ['events', 'severity>=error', ['4', '3']],
  ['events', 'severity<warning', ['5', '1']],
  ['events', 'severity<=warning', ['5', '2', '1']],
  ['events', 'severity!=normal', ['4', '3', '2']],
  ['events', 'type=30', ['1']],
  ['events', 'severity>normal sortby time', ['3', '2', '4']],
  ['events', 'severity>normal sortby time desc', ['4', '2', '3']],
  ['events', 'sortby time asc page 1', ['1', '3', '2', '4', '5']],
  ['events', 'vm.name=web-01', ['5', '3']],
  ['events', 'event_host=host02', ['3', '2']],
  ['events', 'host.name=host02 and severity=error', ['3']],
  ['events', 'usrname=admin@internal', ['1']],
  ['events', 'message="*logged in*"', ['1']],
  ['events', 'time>2024-01-03', ['5', '4']],
  ['events', 'time<yesterday', ['3', '2', '1']],
  ['events', 'time=today', ['5']],
  ['events', 'responsive', ['3']],
  ['storagedomains', 'type=nfs', ['data1', 'iso1']],
  ['storagedomains', 'type=data', ['data1', 'spare']],
  ['storagedomains', 'Storage: status=active', ['data1', 'iso1']],
  ['storagedomains', 'datacenter=Default', ['data1', 'iso1']],
  ['storagedomains', 'size>1000', ['data1']],
  ['users', 'name=mary', ['Mary']],
  ['users', 'lastname=Istrator', ['Admin']],
  ['users', 'usrname=admin@internal', ['Admin']],
  ['users', 'department=Eng*', ['Mary']],
  ['users', 'vms.name=db-01', ['Mary']],
  ['disks', 'alias=web*', ['web-01_Disk1']],
  ['disks', 'name=db-01_Disk1', ['db-01_Disk1']],
  ['disks', 'size>50', ['db-01_Disk1']],
  ['disks', 'status=locked', ['db-01_Disk1']],
  ['disks', 'bootable=true', ['web-01_Disk1']],
  ['disks', 'Disks: sortby actual_size desc', ['db-01_Disk1', 'web-01_Disk1']],
  ['templates', 'mem>=4096', ['rhel8']],
  ['templates', 'childcount>0', ['Blank', 'rhel8']],
  ['templates', 'vms.name=web-01', ['rhel8']],
  ['clusters', 'datacenter=Lab', ['Lab']],
  ['clusters', 'architecture=ppc64', ['Lab']],
  ['datacenters', 'status=maintenance', ['Lab']],
  ['datacenters', 'type=local', ['Lab']],
  ['datacenters', 'DataCenter: name=D*', ['Default']],
];

describe('other collections', () => {
  it.each(otherRows)('%s: %s', (segment, query, expected) => {
    expect(search(segment, query)).toEqual(expected);
  });
});

describe('invalid queries answer 400 Operation Failed with the offending part marked', () => {
  it.each<[segment: string, query: string, detail: string]>([
    ['vms', 'colour=red', '[$colour$=red]'],
    ['vms', 'status=up and colour=red', '[status=up and $colour$=red]'],
    ['vms', 'name>web', '[name$>$web]'],
    ['vms', 'tag!=web', '[tag$!=$web]'],
    ['vms', 'status>up', '[status$>$up]'],
    ['vms', 'memory>lots', '[memory>$lots$]'],
    ['vms', 'status=flying', '[status=$flying$]'],
    ['vms', 'creationdate>someday', '[creationdate>$someday$]'],
    ['vms', 'type=2024-13-45', '[type=$2024-13-45$]'],
    ['events', 'severity>loud', '[severity>$loud$]'],
    ['events', 'time>2024-02-30', '[time>$2024-02-30$]'],
    ['vms', 'Hosts: name=x', '[$Hosts$: name=x]'],
    ['vms', 'name="abc', '[name=$"$abc]'],
    ['vms', 'name=', '[name$=$]'],
    ['vms', 'name==x', '[name=$=$x]'],
    ['vms', 'status=up and', '[INVALID_POST_OR_AND_PHRASE]'],
    ['vms', 'status=up or or', '[status=up or $or$]'],
    ['vms', 'sortby colour', '[sortby $colour$]'],
    ['vms', 'sortby name sideways', '[sortby name $sideways$]'],
    ['vms', 'page 0', '[page $0$]'],
    ['vms', 'page two', '[page $two$]'],
    ['vms', 'page 2 status=up', '[page 2 $status$=up]'],
    ['vms', 'nosuch.name=x', '[$nosuch$.name=x]'],
    ['vms', 'networks.name=x', '[$networks$.name=x]'],
    ['vms', 'hosts.colour=x', '[$hosts.colour$=x]'],
  ])('%s: %s', (segment, query, detail) => {
    let fault: unknown;
    try {
      search(segment, query);
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(EngineFault);
    expect(fault).toMatchObject({ status: 400, reason: 'Operation Failed', detail });
  });
});
