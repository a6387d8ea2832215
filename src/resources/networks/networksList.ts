// /networks: guide chapter 11.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const networksList = viewFromTable(tables.networks, { placeholder: 'e.g. datacenter=Default and vmnetwork=true' });
