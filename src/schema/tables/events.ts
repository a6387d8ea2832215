// Guide chapter 25, Table 25.1. A custom event requires description, severity, origin and custom_id (§25.4.3).
import type { ResourceTable } from '../types';
import { descriptionElement } from './common';
import { SEVERITIES } from './fixedEnums';

const G = 'General';
const R = 'Related';

export const events: ResourceTable = {
  segment: 'events',
  element: 'event',
  label: 'Events',
  create: { path: '/events' },
  elements: [
    { path: 'time', label: 'Time', type: 'datetime', group: G, readOnly: true, column: true, help: 'When the event happened.' },
    { path: 'severity', label: 'Severity', type: 'enum', enumSource: SEVERITIES, group: G, required: true, column: true,
      help: 'The level of severity: normal, warning, error or alert.' },
    { path: 'code', label: 'Code', type: 'int', group: G, readOnly: true, column: true, help: 'The integer event code.' },
    descriptionElement('A description of the event.', { required: true, updatable: undefined }),
    { path: 'origin', label: 'Origin', type: 'string', group: G, required: true, column: true,
      help: 'The source of the event; standard events are reported by oVirt.' },
    { path: 'custom_id', label: 'Custom ID', type: 'int', min: -1, group: G, required: true,
      help: 'A custom identification number for custom events; standard events have -1.' },
    { path: 'flood_rate', label: 'Flood rate', type: 'int', unit: 'seconds', group: G,
      help: 'Seconds during which the same event cannot reoccur; the default is 30.' },
    { path: 'correlation_id', label: 'Correlation ID', type: 'string', group: G, readOnly: true,
      help: 'Identifies an action spread across layers.' },
    { path: 'user', label: 'User', type: 'ref', ref: 'users', group: R, help: 'The user who triggered the event.' },
    { path: 'vm', label: 'Virtual machine', type: 'ref', ref: 'vms', group: R, help: 'The related virtual machine.' },
    { path: 'host', label: 'Host', type: 'ref', ref: 'hosts', group: R, help: 'The related host.' },
    { path: 'host.external_status.state', label: 'Host external status', type: 'enum', enumSource: 'external_statuses', group: R,
      help: 'Sets the external health status of the host: ok, info, warning, error or failure.' },
    { path: 'storage_domain', label: 'Storage domain', type: 'ref', ref: 'storagedomains', group: R, help: 'The related storage domain.' },
    { path: 'storage_domain.external_status.state', label: 'Storage domain external status', type: 'enum', enumSource: 'external_statuses', group: R,
      help: 'Sets the external health status of the storage domain.' },
    { path: 'template', label: 'Template', type: 'ref', ref: 'templates', group: R, help: 'The related template.' },
    { path: 'cluster', label: 'Cluster', type: 'ref', ref: 'clusters', group: R, help: 'The related cluster.' },
    { path: 'data_center', label: 'Data center', type: 'ref', ref: 'datacenters', group: R, help: 'The related data center.' },
  ],
};
