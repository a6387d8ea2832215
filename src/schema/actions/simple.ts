// Collections whose items have no actions, only removal (guide 7.4.8): networks (11), vNIC profiles, roles (19.3),
// users and groups (20-21), tags (22), MAC pools, instance types, quotas, CPU profiles.
import { removeOnly } from './params';

export const networks = removeOnly('networks');
export const vnicprofiles = removeOnly('vnicprofiles');
export const roles = removeOnly('roles');
export const users = removeOnly('users');
export const groups = removeOnly('groups');
export const tags = removeOnly('tags');
export const macpools = removeOnly('macpools');
export const instancetypes = removeOnly('instancetypes');
export const cpuprofiles = removeOnly('cpuprofiles');
export const quotas = removeOnly('datacenters/quotas');
