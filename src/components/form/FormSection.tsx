// One of the guide's groups as a folding section, so a VM form is not a wall of fields.
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { t } from '../../i18n';

interface Props { title: string; expanded: boolean; onToggle: (open: boolean) => void; errorCount: number; children: ReactNode }

export default function FormSection({ title, expanded, onToggle, errorCount, children }: Props) {
  const id = `section-${title.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  return (
    <Accordion expanded={expanded} onChange={(_e, open) => onToggle(open)} disableGutters slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`${id}-content`} id={`${id}-header`}>
        <Typography sx={{ fontWeight: 500 }}>{title}</Typography>
        {errorCount ? <Chip size="small" color="error" label={t('{{errorCount}} to fix', { errorCount })} sx={{ ml: 1 }} /> : null}
      </AccordionSummary>
      <AccordionDetails>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>{children}</Box>
      </AccordionDetails>
    </Accordion>
  );
}
