// The tags whose parent is this tag (guide 24.4.1: tags are one flat collection with parent references).
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { RefLink } from '../../components/detail';
import QueryState from '../../components/QueryState';
import SubTable from '../../components/SubTable';
import { allQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';

const parentOf = (t: XmlObject) => (t.parent?.tag?.id ?? t.parent?.id) as string | undefined;

export default function ChildTags({ id }: { id: string }) {
  const tags = useQuery(allQuery('tags'));
  return (
    <QueryState query={tags} label={t('Loading tags')} isEmpty={(all) => !all.some((t) => parentOf(t) === id && t.id !== id)}
      empty={<Typography color="text.secondary">{t('No child tags.')}</Typography>}>
      {(all) => (
        <SubTable label={t('Child tags')} items={all.filter((t) => parentOf(t) === id && t.id !== id)} columns={[
          { header: t('Name'), value: (t) => <RefLink collection="tags" id={t.id} name={String(t.name ?? t.id)} /> },
          { header: t('Description'), value: (t) => String(t.description ?? '') },
        ]} />
      )}
    </QueryState>
  );
}
