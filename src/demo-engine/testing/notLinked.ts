// GET routes of the guide's index that no document links, in the real engine as in the demo engine, and why.
// A crawl from the entry point cannot reach them; a client builds them from what it was told elsewhere.
export const NOT_LINKED: Record<string, string> = {
  '/?rsdl': 'guide 4.5 invokes it by a known URL; the recorded 4.1 entry point (002_get_root.xml) has no rsdl link',
  '/?schema': 'linked only from the RSDL document (`<schema href="?schema">`), which is itself not linked',
  '/v3': 'guide 3.1 (L473): a URL prefix alternative to the `Version: 3` header; the entry point never links itself',
  '/events?search={query}': 'the real entry point links events search as `events;from={event_id}?search={query}` (recorded 002_get_root.xml)',
  '/domains/{domain}/users?search={query}': 'RSDL: `search` is a query parameter of domains/{domain:id}/users; a domain links users and groups only',
  '/domains/{domain}/groups?search={query}': 'RSDL: `search` is a query parameter of domains/{domain:id}/groups; a domain links users and groups only',
  '/storagedomains/{sd}/disks;unregistered': 'RSDL: `unregistered` is a matrix parameter (context="matrix") of storagedomains/{storagedomain:id}/disks',
  '/vms/{vm}/creation_status/{creation_status}': 'guide 7.4.7: only in the 202 answer to the POST that created the VM',
  '/disks/{disk}/creation_status/{creation_status}': 'guide 7.4.7: only in the 202 answer to the POST that created the disk',
  '/templates/{template}/creation_status/{creation_status}': 'guide 7.4.7: only in the 202 answer to the POST that created the template',
  '/vms/{vm}/snapshots/{snapshot}/creation_status/{creation_status}': 'guide 7.4.7: only in the 202 answer to the POST that created the snapshot',
  '/vms/{vm}/ticket/{action_id}': 'guide 7.4.7: an async action\'s href is only in the answer to that POST',
};
