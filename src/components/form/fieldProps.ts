// What every field component receives from the form engine.
import type { Compat } from '../../query/capabilities';
import type { XmlObject } from '../../xsd/parse';
import type { ElementDef, FormValue } from '../../schema';

export interface RefSource {
  collection: string;
  /** The parent's id; empty while the form does not know it yet (see `waitingFor`). */
  id: string;
  sub: string;
  /** What the user picks first for the list to exist ("cluster"), shown while `id` is empty. */
  waitingFor?: string;
  /** Items never offered: the engine would refuse them here (a VM's "Active VM" snapshot as a clone source). */
  exclude?: (item: XmlObject) => boolean;
}

/** What a form's object belongs to when its own elements do not say (a VM's NIC: the VM's cluster). */
export interface FormContext { cluster?: string; dataCenter?: string }

export interface FieldProps {
  el: ElementDef;
  value: FormValue;
  onChange: (v: FormValue) => void;
  required: boolean;
  disabled: boolean;
  /** Validation message for this field. */
  error?: string;
  /** Compatibility version for enum values (the object's cluster or data center). */
  compat?: Compat;
  /** List references from a sub-collection instead of the top-level one (a VM's snapshots). */
  refSource?: RefSource;
  /** Errors of list rows, keyed `row.sub`. */
  rowErrors?: Record<string, string>;
}

/** The id of a form element's input, stable for labels and tests. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

export const asText = (v: FormValue): string => (v === undefined || v === null || typeof v === 'object' ? '' : String(v));
