// /vnicprofiles: guide 11 (a network's vNIC profiles, also a top-level collection; not searchable).
import { viewFromTable } from '../../components/listView';
import { tables } from '../../schema';

export const vnicprofilesList = viewFromTable(tables.vnicprofiles, { defaultSort: '', noun: 'vNIC profiles' });
