// guide 10.6 (removal); RSDL `clusters/{cluster:id}/resetemulatedmachine`.
import type { ActionTable } from './types';

export const clusters: ActionTable = {
  segment: 'clusters',
  actions: [
    { name: 'resetemulatedmachine', label: 'Reset emulated machine', confirm: 'confirm',
      help: 'Reset the emulated machine of the cluster\'s virtual machines to the cluster default on their next start.' },
  ],
  remove: {},
};
