// /vmpools: guide chapter 18.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const vmpoolsList = viewFromTable(tables.vmpools, { label: 'VM Pools', noun: 'pools', placeholder: 'e.g. cluster=Default' });
