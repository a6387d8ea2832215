// The tab table: what a detail page shows for one collection, one entry per tab (STYLE: one
// declarative table drives the page; the page component stays generic).
import type { ReactNode } from 'react';
import type { XmlObject } from '../../xsd/parse';
import type { SubColumn } from '../SubTable';
import type { Scope } from './scope';

/** Resolves a referenced id to a name from the lookups the tab declared. */
export type Names = (collection: string, id: unknown) => string;

/**
 * An action offered on each row of a sub-collection: POST `<row href>/<rel>` (guide 7.4.7), or DELETE the
 * row (a detach). When the row carries `actions` links the engine's links decide; `when` limits further.
 */
export interface RowAction {
  label: string;
  rel?: string;
  method?: 'POST' | 'DELETE';
  when?: (item: XmlObject) => boolean;
  /**
   * Ask before running: `ask` shows what will happen, `typeName` also makes the user type the item's name
   * (for what is hard to undo, e.g. detaching a storage domain from its data center).
   */
  confirm?: 'ask' | 'typeName';
  /** The consequence, shown in the confirmation ("vm01 will lose access to …"). */
  consequence?: (item: XmlObject, ctx: TabContext) => string;
}

/** Attach an existing resource to the sub-collection: POST `<sub href>` with `<element id=…/>`. */
export interface AttachExisting {
  label: string;
  /** The collection the choices come from. */
  collection: string;
  /** Root element of the body (`storage_domain`, `network`, `tag`). */
  element: string;
  /** Only the choices the engine would accept (an affinity group takes VMs of its own cluster). */
  filter?: (candidate: XmlObject, ctx: TabContext) => boolean;
}

export interface TabContext {
  collection: string;
  id: string;
  object: XmlObject;
  /** Where the object lives (its parent when it is an item of a sub-collection). */
  scope: Scope;
}

export interface DetailTab {
  /** The `?tab=` value; for a sub-collection tab also the `link rel` fetched. */
  key: string;
  label: string;
  /** Sub-collection tab: its columns (default: the element table named `table`, else name/description). */
  columns?: (names: Names) => SubColumn[];
  /** Element table of the items (defaults to `key`). */
  table?: string;
  /** Small collections listed once to name references in rows. */
  lookups?: string[];
  /** The rows are resources of this collection: their name links to their page. */
  linkTo?: string;
  /** The rows have their own page under this object (`/datacenters/{dc}/quotas/{quota}`): their name links there. */
  linkItems?: boolean;
  rowActions?: RowAction[];
  /** How a row is named in its actions' labels and confirmations (default: name, alias, id). */
  itemName?: (item: XmlObject, names: Names) => string;
  attach?: AttachExisting;
  /**
   * The `link rel` the tab shows (default: `key` for sub-collection tabs, none for `render` tabs). When the
   * engine sent links and none has this rel, the tab is not offered (the resource has no such sub-collection).
   */
  rel?: string;
  /** Any other content: general, permissions, tags, events, statistics, a derived list. */
  render?: (ctx: TabContext) => ReactNode;
}

export interface DetailConfig {
  /** API segment (`hosts`); for an item of a sub-collection, the element table describing it (`quotas`). */
  collection: string;
  /**
   * The object is an item of a parent's sub-collection: page `/<collection>/:parentId/<sub>/:id`, reached from the
   * parent's `<sub>` tab; next/previous walk that tab's items.
   */
  parent?: { collection: string; sub: string; noun: string };
  /** The action table's segment when it differs from `collection` (`datacenters/quotas`). */
  actionSegment?: string;
  /** Singular noun for headings and labels ("Host"). */
  noun: string;
  tabs: DetailTab[];
  /** States in which the object is changing: the page polls until it leaves them. */
  transitional?: readonly string[];
  /** The list's default sort (as in its `useListParams`), for next/previous without `sort=` in the URL. */
  defaultSort?: string;
  /** Heading text (default: `name`, else `id`). */
  title?: (object: XmlObject) => string;
  /** Offer the generic action buttons (status → actions table) in the header. Default true. */
  actions?: boolean;
  /** The collection's own action bar in place of the generic buttons (VMs: run once, migrate, console dialogs). */
  headerActions?: (object: XmlObject) => ReactNode;
}
