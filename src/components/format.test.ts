import { describe, expect, it } from 'vitest';
import { formatBytes, formatTopology, humanize } from './format';
import { statusColor } from './StatusChip';

describe('format', () => {
  it.each([
    [4294967296, '4 GiB'], [1073741824, '1 GiB'], [1610612736, '1.5 GiB'], [536870912, '512 MiB'],
    [4219469824, '3.93 GiB'], [0, '0 bytes'], [1099511627776, '1 TiB'], ['x', ''], [undefined, ''],
  ])('formatBytes(%s) = %j', (v, s) => expect(formatBytes(v)).toBe(s));

  it('shows topology and enums for people', () => {
    expect(formatTopology({ cores: '2', sockets: '4' })).toBe('2×4');
    expect(formatTopology(undefined)).toBe('');
    expect(humanize('powering_up')).toBe('Powering up');
    expect([humanize('nfs'), humanize('iscsi'), humanize('virtio_scsi'), humanize('spice')]).toEqual(['NFS', 'iSCSI', 'VirtIO-SCSI', 'SPICE']);
  });

  it.each([['up', 'success'], ['down', 'default'], ['non_responsive', 'error'], ['migrating', 'info']])('status %s is %s', (s, c) => {
    expect(statusColor(s)).toBe(c);
  });
});
