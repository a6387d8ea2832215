// RSDL links the demo engine does not answer yet (routes/rsdlLinks.test.ts), each with why. The walk fails
// when a link outside this list stops answering, and when one on it starts to (then it leaves the list), so
// the list is always exactly what is missing. Issue 17 asks for none; these are what is left.
const WHY = {
  noStatistics: "a step's statistics are those of the gluster rebalance or brick removal it tracks (StepStatisticalQuery); the demo's gluster tasks record no job steps",
  keptEmpty: "an item of a collection the demo keeps empty and cannot add to: its list answers, empty, with the schema's element, and there is no item to address",
  derivedConsole: "a VM's graphics console is derived from its display, not removable on its own",
} as const;

/** `METHOD template` → why the demo engine does not answer it. */
export const RSDL_GAPS: Record<string, string> = {
  'GET /externalhostproviders/{externalhostprovider}/hosts/{host}': WHY.keptEmpty,
  'POST /externalhostproviders/{externalhostprovider}/importcertificates': WHY.keptEmpty,
  'POST /externalhostproviders/{externalhostprovider}/testconnectivity': WHY.keptEmpty,
  'DELETE /instancetypes/{instancetype}/graphicsconsoles/{graphicsconsole}': WHY.keptEmpty,
  'GET /instancetypes/{instancetype}/graphicsconsoles/{graphicsconsole}': WHY.keptEmpty,
  'GET /instancetypes/{instancetype}/nics/{nic}': WHY.keptEmpty,
  'PUT /instancetypes/{instancetype}/nics/{nic}': WHY.keptEmpty,
  'GET /jobs/{job}/steps/{step}/statistics/{statistic}': WHY.noStatistics,
  'GET /openstackimageproviders/{openstackimageprovider}/images/{image}': WHY.keptEmpty,
  'POST /openstackimageproviders/{openstackimageprovider}/images/{image}/import': WHY.keptEmpty,
  'POST /openstackimageproviders/{openstackimageprovider}/importcertificates': WHY.keptEmpty,
  'POST /openstackimageproviders/{openstackimageprovider}/testconnectivity': WHY.keptEmpty,
  'POST /openstacknetworkproviders/{openstacknetworkprovider}/importcertificates': WHY.keptEmpty,
  'GET /openstacknetworkproviders/{openstacknetworkprovider}/networks/{network}': WHY.keptEmpty,
  'POST /openstacknetworkproviders/{openstacknetworkprovider}/networks/{network}/subnets': WHY.keptEmpty,
  'GET /openstacknetworkproviders/{openstacknetworkprovider}/networks/{network}/subnets': WHY.keptEmpty,
  'DELETE /openstacknetworkproviders/{openstacknetworkprovider}/networks/{network}/subnets/{subnet}': WHY.keptEmpty,
  'GET /openstacknetworkproviders/{openstacknetworkprovider}/networks/{network}/subnets/{subnet}': WHY.keptEmpty,
  'POST /openstacknetworkproviders/{openstacknetworkprovider}/testconnectivity': WHY.keptEmpty,
  'POST /openstackvolumeproviders/{openstackvolumeprovider}/importcertificates': WHY.keptEmpty,
  'POST /openstackvolumeproviders/{openstackvolumeprovider}/testconnectivity': WHY.keptEmpty,
  'DELETE /schedulingpolicies/{schedulingpolicy}/balances/{balance}': WHY.keptEmpty,
  'GET /schedulingpolicies/{schedulingpolicy}/balances/{balance}': WHY.keptEmpty,
  'DELETE /schedulingpolicies/{schedulingpolicy}/filters/{filter}': WHY.keptEmpty,
  'GET /schedulingpolicies/{schedulingpolicy}/filters/{filter}': WHY.keptEmpty,
  'DELETE /schedulingpolicies/{schedulingpolicy}/weights/{weight}': WHY.keptEmpty,
  'GET /schedulingpolicies/{schedulingpolicy}/weights/{weight}': WHY.keptEmpty,
  'DELETE /templates/{template}/graphicsconsoles/{graphicsconsole}': WHY.derivedConsole,
  'DELETE /users/{user}/sshpublickeys/{sshpublickey}': WHY.keptEmpty,
  'GET /users/{user}/sshpublickeys/{sshpublickey}': WHY.keptEmpty,
  'PUT /users/{user}/sshpublickeys/{sshpublickey}': WHY.keptEmpty,
  'DELETE /vms/{vm}/graphicsconsoles/{graphicsconsole}': WHY.derivedConsole,
  'DELETE /vms/{vm}/hostdevices/{hostdevice}': WHY.keptEmpty,
  'GET /vms/{vm}/hostdevices/{hostdevice}': WHY.keptEmpty,
};
