// Which tabs of the table this resource offers: guide 7.4.5, a resource lists its sub-collections as
// `link rel`s, so a tab whose sub-collection the engine did not link is not shown (older engines, objects
// without that sub-collection). A resource without any links keeps the whole table.
import { linkHref } from '../../api';
import type { XmlObject } from '../../xsd/parse';
import type { DetailTab } from './types';

export function visibleTabs(tabs: readonly DetailTab[], object: XmlObject): DetailTab[] {
  if (!object.link) return [...tabs];
  return tabs.filter((t) => {
    const rel = t.rel ?? (t.render ? undefined : t.key);
    return !rel || !!linkHref(object, rel);
  });
}
