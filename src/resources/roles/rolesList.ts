// /roles: guide chapter 19 (not searchable: loaded whole, sorted in the browser).
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const rolesList = viewFromTable(tables.roles, { defaultSort: '' });
