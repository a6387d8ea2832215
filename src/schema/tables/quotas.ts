// Guide §9.5.3: a data center's quotas. Create requires name (RSDL; the guide also names description).
import type { ResourceTable } from '../types';
import { descriptionElement, nameElement } from './common';

const L = 'Limits';

export const quotas: ResourceTable = {
  segment: 'quotas',
  element: 'quota',
  label: 'Quotas',
  create: { path: '/datacenters/{datacenter:id}/quotas' },
  update: '/datacenters/{datacenter:id}/quotas/{quota:id}',
  elements: [
    nameElement('The name of the quota.', { required: true }),
    descriptionElement(),
    { path: 'data_center', label: 'Data center', type: 'ref', ref: 'datacenters', group: 'General', readOnly: true,
      help: 'The data center the quota belongs to.' },
    { path: 'cluster_soft_limit_pct', label: 'Cluster threshold', type: 'int', unit: 'percent', group: L, updatable: true,
      help: 'Cluster usage percentage at which users are warned.' },
    { path: 'cluster_hard_limit_pct', label: 'Cluster grace', type: 'int', unit: 'percent', group: L, updatable: true,
      help: 'Cluster usage percentage above the limit still allowed.' },
    { path: 'storage_soft_limit_pct', label: 'Storage threshold', type: 'int', unit: 'percent', group: L, updatable: true,
      help: 'Storage usage percentage at which users are warned.' },
    { path: 'storage_hard_limit_pct', label: 'Storage grace', type: 'int', unit: 'percent', group: L, updatable: true,
      help: 'Storage usage percentage above the limit still allowed.' },
  ],
};
