// guide 25.1: an event's severity is normal, warning, error or alert.
export const SEVERITIES = ['normal', 'warning', 'error', 'alert'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const isSeverity = (v: unknown): v is Severity => (SEVERITIES as readonly unknown[]).includes(v);
