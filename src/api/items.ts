// Reading collections and references without knowing each collection's element names.
import type { XmlObject } from '../xsd/parse';

/** The items of a collection document (`vms.vm[]`, `data_centers.data_center[]`); [] when empty. */
export function itemsOf(collection: XmlObject | undefined): XmlObject[] {
  if (!collection || typeof collection !== 'object') return [];
  for (const [key, v] of Object.entries(collection)) {
    if (key === 'link' || key === 'actions') continue;
    if (Array.isArray(v)) return v.filter((x): x is XmlObject => !!x && typeof x === 'object');
  }
  // An element the schema does not declare repeating (unknown to the parser): a single object child.
  const only = Object.entries(collection).filter(([k, v]) => k !== 'link' && k !== 'actions' && v && typeof v === 'object');
  return only.length === 1 && typeof only[0][1].id === 'string' ? [only[0][1]] : [];
}

/** The href of `<link rel="...">` inside a resource. */
export function linkHref(resource: XmlObject | undefined, rel: string): string | undefined {
  const links = resource?.link;
  const list = Array.isArray(links) ? links : links ? [links] : [];
  return list.find((l: XmlObject) => l?.rel === rel)?.href;
}

/** A map id → name from a list of resources, to resolve references without one request per row. */
export function namesById(items: readonly XmlObject[]): Map<string, string> {
  return new Map(items.filter((i) => i.id).map((i) => [String(i.id), String(i.name ?? i.id)]));
}
