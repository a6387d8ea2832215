// /groups: guide chapter 21.
import { AddGroupsFromDirectory } from '../../components/directory/AddFromDirectoryButton';
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const groupsList = viewFromTable(tables.groups, { tagged: true, headerAction: AddGroupsFromDirectory });
