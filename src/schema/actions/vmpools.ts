// guide 18.4.1: allocate a virtual machine from the pool to the user; 18.3 removal.
import type { ActionTable } from './types';

export const vmpools: ActionTable = {
  segment: 'vmpools',
  actions: [{ name: 'allocatevm', label: 'Allocate VM', help: 'guide 18.4.1: take a virtual machine from the pool for yourself.' }],
  remove: {},
};
