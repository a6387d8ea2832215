// The events of one entity, for detail pages: `search` in the engine's language, e.g. `vm.name=web01`,
// `host.name=h1`, `event_storage=data1` (events search fields, guide 25.4.1).
import EventsView from './EventsView';
import { t } from '../../i18n';

export default function EventsTab({ search }: { search: string }) {
  return <EventsView criteria={search} label={t('Events')} />;
}
