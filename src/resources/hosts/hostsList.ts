// /hosts: guide chapter 14; columns from the element table (Table 14.1), searched like `status=up and cluster=Default`.
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const hostsList = viewFromTable(tables.hosts, { placeholder: 'e.g. status=up and cluster=Default sortby name', tagged: true });
