// /vms/:id — the generic detail page with the VM's own action bar (run once, migrate, export, console) and
// tab table; the page re-reads the VM while it is in a transitional state, so each action's state changes
// (wait_for_launch → powering_up → up, migrating, saving_state, image_locked ...) show as the engine reports them.
import { useMemo, type ReactNode } from 'react';
import { DetailPage, type DetailConfig } from '../../components/detail';
import { VM_TRANSITIONAL_STATES } from '../../schema/actions/vms';
import VmActions from './VmActions';
import { VM_TABS } from './vmTabs';
import { t } from '../../i18n';

/** A tab another feature adds to every VM (the app composes them; this folder does not know the features). */
export interface VmExtraTab { value: string; label: string; render: (vmId: string, vmName: string) => ReactNode }

export function vmDetail(extraTabs: readonly VmExtraTab[] = []): DetailConfig {
  return {
    collection: 'vms',
    noun: t('Virtual machine'),
    defaultSort: 'name',
    transitional: VM_TRANSITIONAL_STATES,
    headerActions: (vm) => <VmActions vm={vm} />,
    tabs: [
      ...VM_TABS,
      ...extraTabs.map((t) => ({ key: t.value, label: t.label, render: ({ id, object }: { id: string; object: Record<string, unknown> }) => t.render(id, String(object.name ?? id)) })),
    ],
  };
}

export default function VmDetailPage({ extraTabs = [] }: { extraTabs?: readonly VmExtraTab[] }) {
  const config = useMemo(() => vmDetail(extraTabs), [extraTabs]);
  return <DetailPage config={config} />;
}
