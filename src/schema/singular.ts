// A collection's label in the singular ("Virtual machines" → "Virtual machine"), for titles and task labels.
/** "Virtual Machines" → "Virtual Machine", "VM Pools" → "VM Pool", "Quotas" → "Quota". */
export function singular(label: string): string {
  if (label.endsWith('ies')) return `${label.slice(0, -3)}y`;
  return label.endsWith('s') ? label.slice(0, -1) : label;
}
