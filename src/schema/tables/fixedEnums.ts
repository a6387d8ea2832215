// The few enumerated elements whose values /capabilities does not list (api.xsd types them xs:string and the
// real document, ../shared/spec/engine/capabilities.xml, has no category for them): their values here, once,
// with where they come from. Every other enumerated element names its capabilities list (`enumSource`).

/** VmBase `origin`: the engine's OriginType as the guide lists it (Table 15.1). */
export const ORIGINS = ['rhev', 'ovirt', 'vmware', 'xen'] as const;
/** Cluster and VmBase `cpu.architecture`: the engine's ArchitectureType; capabilities only lists it per CPU. */
export const ARCHITECTURES = ['X86_64', 'PPC64'] as const;
/** VM `numa_tune_mode`: libvirt's NUMA memory modes (guide Table 15.1). */
export const NUMA_TUNE_MODES = ['interleave', 'strict', 'preferred'] as const;
/** VmBase `usb.type` (api.xsd Usb). */
export const USB_TYPES = ['native', 'legacy'] as const;
/** VmBase `sso.methods.method` id (api.xsd Method): the engine's SsoMethod. */
export const SSO_METHODS = ['GUEST_AGENT'] as const;
/** VnicProfile `pass_through.mode` (api.xsd VnicPassThrough). */
export const PASS_THROUGH_MODES = ['enabled', 'disabled'] as const;
/** Event `severity` (guide Table 25.1). */
export const SEVERITIES = ['normal', 'warning', 'error', 'alert'] as const;
/** Disk `lun_storage.type`: the storage_types that carry direct LUNs (guide 16.1). */
export const LUN_STORAGE_TYPES = ['iscsi', 'fcp'] as const;
/** Host `type`, reported only (api.xsd Host type). */
export const HOST_TYPES = ['rhel', 'ovirt_node'] as const;
/** Job `status.state` an external job may end in (guide 7.5; capabilities lists no job states). */
export const JOB_END_STATES = ['finished', 'failed', 'aborted'] as const;

/** Every fixed list: a test holds each table's fixed `enumSource` to one of these. */
export const FIXED_ENUMS: readonly (readonly string[])[] = [ORIGINS, ARCHITECTURES, NUMA_TUNE_MODES, USB_TYPES, SSO_METHODS,
  PASS_THROUGH_MODES, SEVERITIES, LUN_STORAGE_TYPES, HOST_TYPES, JOB_END_STATES];
