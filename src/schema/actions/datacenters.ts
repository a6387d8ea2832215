// guide 9.4.3 (removal) and 9.4.4 (force removal: `<action><force>true</force></action>`, which drops the
// data center's storage domains' database records; typing the name is then required).
import { force } from './params';
import type { ActionTable } from './types';

export const datacenters: ActionTable = {
  segment: 'datacenters',
  actions: [],
  remove: { params: [force('Remove even when the data center cannot be reached (its storage is only forgotten by the engine).')] },
};
