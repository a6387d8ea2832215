// /bookmarks/:id — saved searches kept by the engine (entry point `rel="bookmarks"`): the name, the search,
// and a link that runs it in the portal's list.
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { DetailPage, GeneralPanel, type DetailConfig } from '../../components/detail';
import { bookmarkPath } from './bookmarkSearch';
import { t, tk } from '../../i18n';

export const bookmarkDetail: DetailConfig = {
  collection: 'bookmarks',
  noun: tk('Bookmark'),
  defaultSort: '',
  tabs: [{
    key: 'general', label: tk('General'), render: ({ collection, object }) => {
      const to = bookmarkPath(object.value);
      return (
        <Stack spacing={2}>
          <GeneralPanel collection={collection} object={object} />
          {to
            ? <Link component={RouterLink} to={to}>{t('Run this search')}</Link>
            : <Typography color="text.secondary">{t('The portal has no list for this search\'s object type.')}</Typography>}
        </Stack>
      );
    },
  }],
};

export default function BookmarkDetailPage() {
  return <DetailPage config={bookmarkDetail} />;
}
