// Form values with a draft behind them: restored after a reload, written while the form differs from its
// starting point, removed once saved or discarded.
import { useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { FormValues, ResourceTable } from '../../schema';
import { isEmpty } from '../../schema/paths';
import { clearDraft, readDraft, writeDraft } from './draft';

export interface FormDraft {
  values: FormValues;
  setValues: Dispatch<SetStateAction<FormValues>>;
  dirty: boolean;
  /** For the leave guard, read at navigation time. */
  dirtyRef: RefObject<boolean>;
  restoredAt?: number;
  discard: () => void;
  saved: () => void;
}

/** Values as a comparable string, an emptied field counting as never filled in. */
const canonical = (v: FormValues) =>
  JSON.stringify(Object.entries(v).filter(([, x]) => !isEmpty(x)).sort(([a], [b]) => a.localeCompare(b)));

export function useFormDraft(table: ResourceTable, key: string, base: FormValues): FormDraft {
  const [restored] = useState(() => readDraft(key));
  const [values, setValues] = useState<FormValues>(() => (restored ? { ...base, ...restored.values } : base));
  const [restoredAt, setRestoredAt] = useState(restored?.savedAt);
  const done = useRef(false);
  const dirty = canonical(values) !== canonical(base);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty && !done.current;

  useEffect(() => {
    if (done.current) return;
    if (dirty) writeDraft(key, table, values);
    else clearDraft(key);
  }, [key, table, values, dirty]);

  return {
    values, setValues, dirty, dirtyRef, restoredAt,
    discard: () => {
      clearDraft(key);
      setRestoredAt(undefined);
      setValues(base);
    },
    saved: () => {
      done.current = true;
      dirtyRef.current = false;
      clearDraft(key);
    },
  };
}
