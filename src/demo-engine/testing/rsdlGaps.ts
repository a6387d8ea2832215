// RSDL links the demo engine does not answer yet (routes/rsdlLinks.test.ts), each with why. The walk fails
// when a link outside this list stops answering, and when one on it starts to (then it leaves the list), so
// the list is always exactly what is missing. Issue 17 asks for none; these are what is left.
const WHY = {
  noStatistics: "a step's statistics are those of the gluster rebalance or brick removal it tracks (StepStatisticalQuery); the demo's gluster tasks record no job steps",
  keptEmpty: "an item of a collection the demo keeps empty and cannot add to: its list answers, empty, with the schema's element, and there is no item to address",
  register: 'registering an unregistered VM or template of a domain is not simulated',
  sriov: 'SR-IOV virtual functions are not simulated',
  readOnlyPermits: 'permits of a role reached through a user are read-only in the demo',
  snapshotDisk: 'removing one disk from a snapshot is not simulated',
} as const;

/** `METHOD template` → why the demo engine does not answer it. */
export const RSDL_GAPS: Record<string, string> = {
  'DELETE /datacenters/{datacenter}/iscsibonds/{iscsibond}/networks/{network}/labels/{label}': WHY.keptEmpty,
  'GET /datacenters/{datacenter}/iscsibonds/{iscsibond}/networks/{network}/labels/{label}': WHY.keptEmpty,
  'DELETE /groups/{group}/roles/{role}': WHY.keptEmpty,
  'POST /groups/{group}/roles/{role}/permits': WHY.keptEmpty,
  'GET /groups/{group}/roles/{role}/permits': WHY.keptEmpty,
  'DELETE /groups/{group}/roles/{role}/permits/{permit}': WHY.keptEmpty,
  'GET /groups/{group}/roles/{role}/permits/{permit}': WHY.keptEmpty,
  'POST /hosts/{host}/nics/{nic}/updatevirtualfunctionsconfiguration': WHY.sriov,
  'DELETE /hosts/{host}/nics/{nic}/virtualfunctionallowedlabels/{virtualfunctionallowedlabel}': WHY.keptEmpty,
  'GET /hosts/{host}/nics/{nic}/virtualfunctionallowedlabels/{virtualfunctionallowedlabel}': WHY.keptEmpty,
  'DELETE /hosts/{host}/nics/{nic}/virtualfunctionallowednetworks/{virtualfunctionallowednetwork}': WHY.keptEmpty,
  'GET /hosts/{host}/nics/{nic}/virtualfunctionallowednetworks/{virtualfunctionallowednetwork}': WHY.keptEmpty,
  'GET /jobs/{job}/steps/{step}/statistics/{statistic}': WHY.noStatistics,
  'GET /storagedomains/{storagedomain}/templates/{template}/disks/{disk}': WHY.keptEmpty,
  'POST /storagedomains/{storagedomain}/templates/{template}/register': WHY.register,
  'POST /storagedomains/{storagedomain}/vms/{vm}/register': WHY.register,
  'DELETE /users/{user}/roles/{role}/permits/{permit}': WHY.readOnlyPermits,
  'DELETE /vms/{vm}/snapshots/{snapshot}/disks/{disk}': WHY.snapshotDisk,
};
