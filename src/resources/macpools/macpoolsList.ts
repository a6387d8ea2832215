// /macpools: MAC address pools (not searchable: loaded whole).
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const macpoolsList = viewFromTable(tables.macpools, { defaultSort: '', noun: 'MAC pools' });
