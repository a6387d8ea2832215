// guide 13 (storage connections): DELETE takes an optional `host` that disconnects from the storage.
import { ref } from './params';
import type { ActionTable } from './types';

export const storageconnections: ActionTable = {
  segment: 'storageconnections',
  actions: [],
  remove: { params: [ref('host', 'Host', 'hosts', 'A host that disconnects from the storage (optional).')] },
};
