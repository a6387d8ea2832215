// /storagedomains: guide chapter 12; free and used space in binary units.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const storagedomainsList = viewFromTable(tables.storagedomains, { placeholder: 'e.g. status=active and type=data' });
