// Tabs most collections share, for the per-collection tab tables: General (from the element table),
// Permissions, Tags, Events (searched by the object's name) and Statistics.
import { apiPath, term } from '../../api';
import EventsTab from '../events/EventsTab';
import { PermissionsTab } from '../permissions';
import { StatisticsTab, type StatKind } from '../statistics';
import GeneralPanel from './GeneralPanel';
import TagsTab from './TagsTab';
import { subHref } from './transitional';
import type { XmlObject } from '../../xsd/parse';
import type { DetailTab } from './types';
import { tk } from '../../i18n';

export const generalTab = (): DetailTab => ({
  key: 'general', label: tk('General'), render: ({ collection, object }) => <GeneralPanel collection={collection} object={object} />,
});

export const permissionsTab = (): DetailTab => ({
  key: 'permissions', label: tk('Permissions'), rel: 'permissions', render: ({ collection, id }) => <PermissionsTab key={id} collection={collection} id={id} />,
});

export const tagsTab = (): DetailTab => ({
  key: 'tags', label: tk('Tags'), rel: 'tags', render: ({ collection, id }) => <TagsTab key={id} collection={collection} id={id} />,
});

/**
 * Events of the object: `field` is the events search field naming it (guide 25.4.1), e.g. `host.name`;
 * `value` picks what names the object (default its name).
 */
export const eventsTab = (field: string, value: (o: XmlObject) => unknown = (o) => o.name): DetailTab => ({
  key: 'events', label: tk('Events'), render: ({ object, id }) => <EventsTab key={id} search={term(field, String(value(object) ?? id))} />,
});

export const statisticsTab = (kind: StatKind): DetailTab => ({
  key: 'statistics', label: tk('Statistics'), rel: 'statistics',
  render: ({ collection, object, id }) => <StatisticsTab key={id} href={apiPath(subHref(collection, object, 'statistics'))} kind={kind} />,
});
