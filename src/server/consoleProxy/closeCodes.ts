// WebSocket close codes the console proxy uses (4000-4999 are the application's, RFC 6455 7.4.2). The portal's
// console reads them to say why it is not connected; the reason text says the same in words.
export const CLOSE = {
  badAddress: 4400,
  notLoggedIn: 4401,
  noTicket: 4403,
  notVisible: 4404,
  idle: 4408,
  vmDown: 4409,
  ticketExpired: 4410,
  notVnc: 4415,
  tooMany: 4429,
  unreachable: 4502,
  displayClosed: 4000,
} as const;
