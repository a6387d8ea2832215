// Guide Table 6.1 "Watchdog device"; the RSDL requires model and action.
import type { ResourceTable } from '../types';

export const watchdogs: ResourceTable = {
  segment: 'watchdogs',
  element: 'watchdog',
  label: 'Watchdogs',
  create: { path: '/vms/{vm:id}/watchdogs' },
  update: '/vms/{vm:id}/watchdogs/{watchdog:id}',
  elements: [
    { path: 'model', label: 'Model', type: 'enum', enumSource: 'watchdog_models', group: 'General', required: true, updatable: true, column: true,
      help: 'The watchdog device model, e.g. i6300esb.' },
    { path: 'action', label: 'Action', type: 'enum', enumSource: 'watchdog_actions', group: 'General', required: true, updatable: true, column: true,
      help: 'What happens when the watchdog fires: none, reset, poweroff, dump or pause.' },
  ],
};
