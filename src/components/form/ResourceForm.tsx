// The one form engine: an element table becomes a create or edit form (STYLE.md "Forms"). Create hides
// read-only elements and requires what the RSDL requires; edit disables what cannot change and sends only the
// changed, updatable elements. Saves go through runTask (task panel); a fault shows here with the input kept.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isEmpty } from '../../schema/paths';
import {
  applyFollows, formFields, fromEntity, groupFields, isRequired, isVisible, validate,
  type FormField, type FormValue, type FormValues, type Mode, type ResourceTable,
} from '../../schema';
import type { Compat } from '../../query/capabilities';
import { runTask } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import ApiCallButton from '../apicall/ApiCallButton';
import ErrorAlert from '../ErrorAlert';
import FieldInput from './FieldInput';
import FormSection from './FormSection';
import type { FormContext, RefSource } from './fieldProps';
import { saveRequest } from './saveRequest';
import UnsavedChangesGuard from './UnsavedChangesGuard';
import { useCompat } from './useCompat';
import { useQuotaSources } from './useQuotaSource';
import { useFormDraft } from './useFormDraft';
import { t, tSchema } from '../../i18n';

export interface ResourceFormProps {
  table: ResourceTable;
  mode: Mode;
  /** API path of the collection: `/vms`, or a sub-collection such as `/vms/<id>/nics`. */
  collectionPath: string;
  /** Top-level collection the change belongs to (task panel, cache refresh); the table's segment by default. */
  collection?: string;
  /** The resource being edited, as the engine returned it. */
  initial?: XmlObject;
  /** Starting values of a new resource. */
  defaults?: FormValues;
  /** Elements another creation path leaves out (a page's choice, e.g. VM from a snapshot). */
  hidden?: readonly string[];
  /** Elements a page's creation path requires beyond the table (the snapshot of "VM from a snapshot"). */
  required?: readonly string[];
  refSources?: Record<string, RefSource | undefined>;
  compat?: Compat;
  /** The cluster or data center the object belongs to through its parent (a VM's NIC: the VM's cluster). */
  context?: FormContext;
  /** Content above the sections, given the current values (a creation-path chooser). */
  header?: (form: { values: FormValues; set: (path: string, v: FormValue) => void }) => ReactNode;
  submitLabel?: string;
  onSaved?: (saved: XmlObject) => void;
  onCancel?: () => void;
}

function shownFields(table: ResourceTable, mode: Mode, values: FormValues, hidden: readonly string[]): FormField[] {
  return formFields(table, mode).filter((f) =>
    !f.readOnly && !hidden.includes(f.path) && isVisible(f, values) && !(mode === 'edit' && f.disabled && isEmpty(values[f.path])));
}

const omit = (values: FormValues, hidden: readonly string[]): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([k]) => !hidden.includes(k)));

export default function ResourceForm(props: ResourceFormProps) {
  const { table, mode, collectionPath, initial, hidden = [], required = [], onSaved, onCancel } = props;
  const original = useMemo(() => (initial ? fromEntity(table, initial) : undefined), [table, initial]);
  // A new resource starts with its following choices in line (the initialization method for no OS: cloud-init).
  const base = useMemo(() => original ?? applyFollows(table, props.defaults ?? {}, new Set()), [table, original, props.defaults]);
  /** Following elements the user chose, which stop following (an explicit Sysprep stays on an OS change). */
  const chosen = useRef(new Set<string>());
  const id = typeof initial?.id === 'string' ? initial.id : undefined;
  const resourcePath = typeof initial?.href === 'string' ? initial.href : undefined;
  const draft = useFormDraft(table, `${mode}:${collectionPath}${id ? `/${id}` : ''}`, base);
  const { values, setValues, dirty } = draft;
  const compat = useCompat(values, props.compat, props.context);
  const quotaSources = useQuotaSources(table, values, props.context);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [fault, setFault] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState(false);

  const fields = shownFields(table, mode, values, hidden);
  const groups = groupFields(fields);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(groups
    .filter(([, fs], i) => i === 0 || (mode === 'create' && fs.some((f) => isRequired(f, base, mode)))).map(([g]) => g)));

  const set = (path: string, v: FormValue) => {
    if (table.elements.some((e) => e.path === path && e.follows)) chosen.current.add(path);
    setValues((prev) => applyFollows(table, { ...prev, [path]: v }, chosen.current, path));
    setNotice(undefined);
    if (errors[path]) setErrors(({ [path]: _gone, ...rest }) => rest);
  };

  /** What saving sends now: the submit and the "API call" view both take it from here. */
  const request = () => saveRequest({ table, mode, collectionPath, resourcePath, id, collection: props.collection ?? table.segment }, omit(values, hidden), original);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const sendable = omit(values, hidden);
    const shown = new Set(fields.map((f) => f.path));
    const errs = Object.fromEntries(Object.entries(validate(table, sendable, mode)).filter(([k]) => shown.has(k.replace(/\[\d+\]\..*$/, ''))));
    for (const p of required) if (shown.has(p) && isEmpty(sendable[p])) errs[p] = 'Required';
    setErrors(errs);
    setFault(undefined);
    if (Object.keys(errs).length) {
      const bad = new Set(fields.filter((f) => Object.keys(errs).some((k) => k === f.path || k.startsWith(`${f.path}[`))).map((f) => f.group));
      setExpanded((prev) => new Set([...prev, ...bad]));
      return;
    }
    const req = request();
    if (!req) {
      setNotice('Nothing has changed, so nothing was sent.');
      return;
    }
    setSaving(true);
    try {
      const { response } = await runTask(req);
      draft.saved();
      onSaved?.(response.value);
    } catch (err) {
      setFault(err); // everything typed stays in `values`
    } finally {
      setSaving(false);
    }
  }

  const rowErrors = (path: string) => Object.fromEntries(Object.entries(errors)
    .filter(([k]) => k.startsWith(`${path}[`)).map(([k, v]) => [k.slice(path.length + 1).replace(/\]\./, '.'), v]));
  const errorCount = Object.keys(errors).length;

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={`${mode === 'create' ? t('New') : t('Edit')} ${tSchema(table.label)}`}>
      <UnsavedChangesGuard dirty={draft.dirtyRef} />
      <Stack spacing={2}>
        {draft.restoredAt ? (
          <Alert severity="info" action={<Button color="inherit" size="small" onClick={draft.discard}>{t('Discard draft')}</Button>}>
            {t('Restored the input you had not saved ({{value}}).', { value: new Date(draft.restoredAt).toLocaleTimeString() })} </Alert>
        ) : null}
        {props.header?.({ values, set })}
        <div>
          {groups.map(([group, fs]) => (
            <FormSection key={group} title={group} expanded={expanded.has(group)} errorCount={fs.filter((f) => Object.keys(errors).some((k) => k === f.path || k.startsWith(`${f.path}[`))).length}
              onToggle={(open) => setExpanded((prev) => { const n = new Set(prev); if (open) n.add(group); else n.delete(group); return n; })}>
              {fs.map((f) => (
                <Box key={f.path} sx={(f.type === 'list' && !f.ref) || f.type === 'text' || f.local ? { gridColumn: '1 / -1' } : undefined}>
                  <FieldInput el={f} value={values[f.path]} onChange={(v) => set(f.path, v)} disabled={f.disabled || saving}
                    required={isRequired(f, values, mode) || required.includes(f.path)} error={errors[f.path]} rowErrors={rowErrors(f.path)} compat={compat}
                    refSource={props.refSources?.[f.path] ?? quotaSources[f.path]} />
                </Box>
              ))}
            </FormSection>
          ))}
        </div>
        {errorCount ? <Alert severity="error">{errorCount === 1 ? t('One field needs') : t('{{errorCount}} fields need', { errorCount })} {t('your attention before saving.')}</Alert> : null}
        {fault ? <ErrorAlert error={fault} title={t('The engine did not accept the change')} /> : null}
        {notice ? <Alert severity="info">{notice}</Alert> : null}
        <Stack direction="row" spacing={1} sx={{ justifyContent: "flex-end" }}>
          <ApiCallButton request={request} disabled={saving} />
          {onCancel ? <Button onClick={onCancel} disabled={saving}>{t('Cancel')}</Button> : null}
          <Button type="submit" variant="contained" disabled={saving || (mode === 'edit' && !dirty)}>
            {saving ? t('Saving…') : props.submitLabel ?? (mode === 'create' ? t('Create') : t('Save'))}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
