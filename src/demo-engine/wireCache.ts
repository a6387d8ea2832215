// Serialized representations of top-level entities, kept until the store's state changes (store.ts:
// `version`). A list page of 100 VMs is then 100 string look-ups instead of 100 representations
// written element by element; the bytes are exactly those `represent` + `toXml` write.
import { listItemXml, listXml, toXml } from '../xsd/serialize';
import type { CollectionDef } from './collections';
import { representTop } from './represent';
import type { Store } from './store';
import type { Entity, EngineResponse } from './types';

interface Kept { version: number; xml: Map<string, string> }
const kept = new WeakMap<Entity, Kept>();

function cached(store: Store, entity: Entity, key: string, write: () => string): string {
  let k = kept.get(entity);
  if (!k || k.version !== store.version) {
    k = { version: store.version, xml: new Map() };
    kept.set(entity, k);
  }
  let xml = k.xml.get(key);
  if (xml === undefined) {
    xml = write();
    k.xml.set(key, xml);
  }
  return xml;
}

const ok = (body: string, encoded?: Uint8Array): EngineResponse =>
  ({ status: 200, headers: { 'Content-Type': 'application/xml' }, body, encoded });
const utf8 = new TextEncoder();

/** `GET /<segment>/<id>`: the entity as its own document. */
export function topEntityXml(store: Store, def: CollectionDef, entity: Entity, base: string): EngineResponse {
  return ok(cached(store, entity, `doc ${base}/${def.segment}`, () => toXml(def.item, representTop(def.segment, entity, base))));
}

// Whole list documents, by the entities they hold: joining 100 fragments copies 400 KiB, so a page asked
// for again (the portal polls) is answered with the document already joined. A few dozen are kept.
const LISTS_KEPT = 32;

/** `GET /<segment>`: the list document of `items`. */
export function topListXml(store: Store, def: CollectionDef, items: readonly Entity[], base: string): EngineResponse {
  const key = `${base}/${def.segment}`;
  const doc = store.memoIn('xml:lists', LISTS_KEPT, `${key}\n${items.map((e) => e.id).join(',')}`, () => {
    const body = listXml(def.list, items.map((e) => cached(store, e, `item ${key}`, () => listItemXml(def.list, def.item, representTop(def.segment, e, base)))));
    return { body, encoded: utf8.encode(body) };
  });
  return ok(doc.body, doc.encoded);
}
