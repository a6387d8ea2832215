// What the engine is sent for what was typed in the login form (guide 2.2: `user@domain`).
import { describe, expect, it } from 'vitest';
import { loginName } from './auth';

describe('loginName', () => {
  it.each([
    ['admin', 'internal', 'admin', 'internal'],
    ['admin@internal', 'internal', 'admin', 'internal'],
    ['admin@internal', 'other', 'admin', 'internal'],
    ['  mary@internal ', '', 'mary', 'internal'],
    ['jo@example.com@corp', 'internal', 'jo@example.com', 'corp'],
    ['admin@', 'internal', 'admin', 'internal'],
    [' admin ', ' internal ', 'admin', 'internal'],
  ])('%j with domain %j logs in as %s@%s', (user, domain, name, dom) => {
    expect(loginName(user, domain)).toEqual({ name, domain: dom });
  });
});
