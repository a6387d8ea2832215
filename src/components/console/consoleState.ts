// What the in-browser console says about its connection, from the proxy's close codes (server consoleProxy)
// and noVNC's events. Kept apart from the view so it can be tested without a browser.
import { tk } from '../../i18n';
export type ConsoleState = 'ticket' | 'connecting' | 'connected' | 'expired' | 'down' | 'refused' | 'disconnected' | 'spice';

const CODES: Record<number, ConsoleState> = {
  4401: 'refused', 4403: 'refused', 4404: 'refused', 4400: 'refused', 4429: 'refused', 4502: 'refused', 4415: 'spice',
  4409: 'down', 4000: 'down', 4410: 'expired', 4408: 'disconnected',
};

/** Catalog keys (shown through `t()`). */
export const STATE_TEXT: Record<ConsoleState, string> = {
  ticket: tk('Getting a console ticket…'), connecting: tk('Connecting…'), connected: tk('Connected'), expired: tk('Ticket expired'),
  down: tk('VM down'), refused: tk('Refused'), disconnected: tk('Disconnected'), spice: tk('SPICE display'),
};

/** The state after the WebSocket closed with `code`; `expired` when the ticket's time is up whatever the code. */
export function stateAfterClose(code: number, ticketLeft: number): ConsoleState {
  if (ticketLeft <= 0) return 'expired';
  return CODES[code] ?? 'disconnected';
}

/** X11 keysym of a character (Latin-1 directly, other Unicode as 0x01000000 + code point; RFC 6143 7.5.4). */
export function keysymOf(ch: string): number {
  if (ch === '\n' || ch === '\r') return 0xff0d;
  if (ch === '\t') return 0xff09;
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x20 && cp <= 0xff ? cp : 0x01000000 + cp;
}
