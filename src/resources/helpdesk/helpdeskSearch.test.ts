import { describe, expect, it } from 'vitest';
import { helpdeskCriteria } from './helpdeskSearch';

describe('helpdeskCriteria', () => {
  it.each([
    ['web-001', 'name=web-001* or user=web-001* or tag=web-001*'],
    ['  mary ', 'name=mary* or user=mary* or tag=mary*'],
    ['fin*', 'name=fin* or user=fin* or tag=fin*'],
    ['my vm', 'name="my vm*" or user="my vm*" or tag="my vm*"'],
    ['status=up and tag=web', 'status=up and tag=web'],
    ['name!=x', 'name!=x'],
    ['', ''],
  ])('%j → %j', (typed, criteria) => expect(helpdeskCriteria(typed)).toBe(criteria));
});
