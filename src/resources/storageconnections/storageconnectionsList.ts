// /storageconnections: guide chapter 13 (the engine does not search them: the list is loaded whole).
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const storageconnectionsList = viewFromTable(tables.storageconnections, { namePath: 'address', defaultSort: '' });
