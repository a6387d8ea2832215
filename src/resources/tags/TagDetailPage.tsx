// /tags/:id — guide chapter 24 (tags): general (parent tag link) and child tags (24.4: the flat
// collection's `parent` references).
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';
import ChildTags from './ChildTags';
import { tk } from '../../i18n';

export const tagDetail: DetailConfig = {
  collection: 'tags',
  noun: tk('Tag'),
  tabs: [generalTab(), { key: 'children', label: tk('Child tags'), render: ({ id }) => <ChildTags id={id} /> }],
};

export default function TagDetailPage() {
  return <DetailPage config={tagDetail} />;
}
