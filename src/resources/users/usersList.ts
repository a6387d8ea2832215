// /users: guide chapter 20; the user name (user@domain) links to the user, searched as `usrname`.
import { AddUsersFromDirectory } from '../../components/directory/AddFromDirectoryButton';
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';
import { tk } from '../../i18n';

export const usersList = viewFromTable(tables.users, { namePath: 'user_name', defaultSort: 'usrname', placeholder: tk('e.g. lastname=Smith'), tagged: true,
  headerAction: AddUsersFromDirectory });
