// /datacenters: guide chapter 9.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const datacentersList = viewFromTable(tables.datacenters, { placeholder: 'e.g. status=up' });
