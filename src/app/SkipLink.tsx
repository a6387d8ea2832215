// "Skip to main content": the first stop of Tab, hidden until it has the focus (WCAG 2.4.1 bypass blocks).
import Box from '@mui/material/Box';
import { t } from '../i18n';

export default function SkipLink({ target }: { target: string }) {
  return (
    <Box component="a" href={`#${target}`}
      onClick={(e: React.MouseEvent) => { e.preventDefault(); document.getElementById(target)?.focus(); }}
      sx={{
        position: 'fixed', left: 8, top: -100, zIndex: (th) => th.zIndex.tooltip + 1, px: 2, py: 1, borderRadius: 1,
        bgcolor: 'background.paper', color: 'primary.main', boxShadow: 3, fontWeight: 600,
        '&:focus': { top: 8 },
      }}>
      {t('Skip to main content')}
    </Box>
  );
}
