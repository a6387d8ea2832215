// The actions a resource's state allows (its collection's status → actions table), as buttons; past `max`
// the rest go in a "More actions" menu. Each opens the ActionDialog.
import MoreVertIcon from '@mui/icons-material/MoreVert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { actionTableFor, allowedActions, removable } from '../../schema/actions';
import type { XmlObject } from '../../xsd/parse';
import ActionDialog from './ActionDialog';
import { choiceLabel, resourceName, type ActionChoice } from './runAction';
import { t } from '../../i18n';

export interface ActionButtonsProps {
  /** API segment of the resource's collection; selects the action table. */
  segment: string;
  /** The resource as the engine sent it (its `status.state` decides what is offered; its `href` is used). */
  resource: XmlObject;
  /** Called after an action completed (a removal too: a detail page navigates away). */
  onDone?: (choice: ActionChoice) => void;
  /** Buttons shown before the rest move into a menu (default 4). */
  max?: number;
  size?: 'small' | 'medium';
}

/** What a resource in its current state offers: allowed actions, then Remove. */
export function choicesFor(segment: string, resource: XmlObject): ActionChoice[] {
  const table = actionTableFor(segment);
  if (!table) return [];
  const state = resource.status?.state === undefined ? undefined : String(resource.status.state);
  const out: ActionChoice[] = allowedActions(table, state);
  if (removable(table, state)) out.push('remove');
  return out;
}

export default function ActionButtons({ segment, resource, onDone, max = 4, size = 'small' }: ActionButtonsProps) {
  const [choice, setChoice] = useState<ActionChoice | null>(null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const choices = choicesFor(segment, resource);
  if (!choices.length) return null;
  const shown = choices.length > max + 1 ? choices.slice(0, max) : choices;
  const more = choices.slice(shown.length);
  const key = (c: ActionChoice) => (c === 'remove' ? 'remove' : c.name);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      role="group" aria-label={t('Actions for {{resource}}', { resource: resourceName(resource) })}>
      {shown.map((c) => (
        <Button key={key(c)} size={size} variant="outlined" color={c === 'remove' ? 'error' : 'primary'} onClick={() => setChoice(c)}>
          {choiceLabel(c)}
        </Button>
      ))}
      {more.length ? (
        <>
          <IconButton size={size} aria-label={t('More actions')} aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>
            <MoreVertIcon fontSize="small" />
          </IconButton>
          <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
            {more.map((c) => (
              <MenuItem key={key(c)} onClick={() => { setAnchor(null); setChoice(c); }}>{choiceLabel(c)}</MenuItem>
            ))}
          </Menu>
        </>
      ) : null}
      <ActionDialog segment={segment} resource={resource} choice={choice} onClose={() => setChoice(null)} onDone={onDone} />
    </Stack>
  );
}
