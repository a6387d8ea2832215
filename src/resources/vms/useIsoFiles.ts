// The ISO images a VM can boot or mount: the files collection of the ISO storage domain(s) (guide 12.x
// storage domain files; 15.6.4 CD-ROMs take a file id).
import { useQueries, useQuery } from '@tanstack/react-query';
import { allQuery, subQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';

export function useIsoFiles(): { files: XmlObject[]; pending: boolean; error: unknown } {
  const domains = useQuery(allQuery('storagedomains'));
  const iso = (domains.data ?? []).filter((d) => d.type === 'iso');
  const files = useQueries({ queries: iso.map((d) => ({ ...subQuery('storagedomains', String(d.id), 'files'), retry: false })) });
  return {
    files: files.flatMap((f) => f.data ?? []),
    pending: domains.isPending || files.some((f) => f.isPending),
    error: domains.error ?? files.find((f) => f.error)?.error,
  };
}
