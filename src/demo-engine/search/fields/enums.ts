// Enum values the search validates, from the engine's capabilities (data/capabilities.json:
// vm_states, host_states, storage_domain_states, disk_states, template_states, data_center_states).

export const VM_STATES = ['unassigned', 'down', 'up', 'powering_up', 'paused', 'migrating', 'unknown',
  'not_responding', 'wait_for_launch', 'reboot_in_progress', 'saving_state', 'restoring_state', 'suspended',
  'image_locked', 'powering_down'] as const;

export const HOST_STATES = ['down', 'error', 'initializing', 'installing', 'install_failed', 'maintenance',
  'non_operational', 'non_responsive', 'pending_approval', 'preparing_for_maintenance', 'connecting', 'reboot',
  'unassigned', 'up', 'installing_os', 'kdumping'] as const;

export const STORAGE_DOMAIN_STATES = ['active', 'inactive', 'locked', 'mixed', 'unattached', 'maintenance',
  'preparing_for_maintenance', 'detaching', 'activating', 'unknown'] as const;

export const DISK_STATES = ['illegal', 'locked', 'ok'] as const;
export const TEMPLATE_STATES = ['illegal', 'locked', 'ok'] as const;
export const DATA_CENTER_STATES = ['uninitialized', 'up', 'maintenance', 'not_operational', 'problematic', 'contend'] as const;

/** guide 25.4.1: "Severity levels include normal, warning, error and alert", compared in that order. */
export const EVENT_SEVERITIES = ['normal', 'warning', 'error', 'alert'] as const;
