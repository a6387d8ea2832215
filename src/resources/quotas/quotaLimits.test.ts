import { describe, expect, it } from 'vitest';
import { limitBody, problems, valuesOf } from './quotaLimits';

describe('quota limit bodies', () => {
  it('sends a cluster limit with its cluster, vCPUs and memory in GiB; empty is unlimited (-1)', () => {
    expect(limitBody({ target: 'c1', memory: '16', vcpus: '', storage: '' }, 'quotaclusterlimits'))
      .toEqual({ root: 'cluster_quota_limit', value: { cluster: { id: 'c1' }, vcpu_limit: -1, memory_limit: 16 } });
  });

  it('sends a storage limit for the whole data center without a storage domain', () => {
    expect(limitBody({ target: '', memory: '', vcpus: '', storage: '500' }, 'quotastoragelimits'))
      .toEqual({ root: 'storage_quota_limit', value: { limit: 500 } });
  });

  it('reads an existing limit back into the form, unlimited as empty', () => {
    expect(valuesOf({ cluster: { id: 'c1' }, vcpu_limit: -1, memory_limit: 8 }, 'quotaclusterlimits'))
      .toEqual({ target: 'c1', memory: '8', vcpus: '', storage: '' });
  });

  it.each([
    ['-1', 'A number of 0 or more, or empty for unlimited'],
    ['lots', 'A number of 0 or more, or empty for unlimited'],
    ['2.5', 'A whole number'],
  ])('refuses %s vCPUs', (vcpus, message) => {
    expect(problems({ target: '', memory: '4', vcpus, storage: '' }, 'quotaclusterlimits')).toEqual({ vcpus: message });
  });

  it('accepts fractional GiB of memory', () => {
    expect(problems({ target: '', memory: '0.5', vcpus: '4', storage: '' }, 'quotaclusterlimits')).toEqual({});
  });
});
