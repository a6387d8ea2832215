// /clusters: guide chapter 10.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const clustersList = viewFromTable(tables.clusters, { placeholder: 'e.g. datacenter=Default' });
