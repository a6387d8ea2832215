import { describe, expect, it } from 'vitest';
import { actionOf, canCancel, canDeleteNow, canMove, parseFromDate, TERMINAL, validateInput, vmRefusal, type Status } from './rules';

const NOW = Date.parse('2026-03-01T08:00:00Z');
const ok = { vm_id: 'vm-1', from_date: 'now', valid_for: 12, description: 'before upgrading' };

describe('validateInput', () => {
  it.each([
    ['a start in the past', { from_date: '2026-03-01T07:00:00Z' }, 'from_date', /in the past/],
    ['an unreadable start', { from_date: 'tomorrow-ish' }, 'from_date', /date and time/],
    ['a validity of 0 hours', { valid_for: 0 }, 'valid_for', /between 1 and 72/],
    ['a validity of 73 hours', { valid_for: 73 }, 'valid_for', /between 1 and 72/],
    ['a fractional validity', { valid_for: 1.5 }, 'valid_for', /whole number/],
    ['a validity that is not a number', { valid_for: 'twelve' }, 'valid_for', /whole number/],
    ['no VM', { vm_id: '' }, 'vm_id', /virtual machine/],
    ['no description', { description: '   ' }, 'description', /what the snapshot is for/],
  ])('refuses %s', (_name, change, field, message) => {
    const { value, errors } = validateInput({ ...ok, ...change }, NOW);
    expect(value).toBeUndefined();
    expect(errors[field]).toMatch(message);
  });

  it.each([
    ['now', 'now', NOW],
    ['an ISO date-time', '2026-03-02T10:00:00Z', Date.parse('2026-03-02T10:00:00Z')],
    ["the spec's format", '2026-03-02 22:00', Date.parse('2026-03-02T22:00:00Z')],
    ['a start a few seconds ago (clock skew)', '2026-03-01T07:59:30Z', NOW],
  ])('accepts %s as the start', (_name, from_date, expected) => {
    const { value, errors } = validateInput({ ...ok, from_date }, NOW);
    expect(errors).toEqual({});
    expect(value?.fromDate).toBe(expected);
  });

  it('accepts 1 and 72 hours, also as text from a form', () => {
    expect(validateInput({ ...ok, valid_for: 1 }, NOW).value?.validFor).toBe(1);
    expect(validateInput({ ...ok, valid_for: '72' }, NOW).value?.validFor).toBe(72);
  });

  it('reads the spec date as UTC and "now" when empty', () => {
    expect(parseFromDate('', NOW)).toBe(NOW);
    expect(parseFromDate('2016-07-29 22:00', NOW)).toBe(Date.parse('2016-07-29T22:00:00Z'));
  });
});

describe('vmRefusal', () => {
  it.each(['up', 'down', 'paused', 'suspended'])('lets a VM that is %s be snapshotted', (state) => {
    expect(vmRefusal({ status: { state } })).toBeUndefined();
  });
  it.each(['migrating', 'image_locked', 'powering_up', 'not_responding'])('refuses a VM that is %s', (state) => {
    expect(vmRefusal({ status: { state } })).toMatch(new RegExp(state.replace(/_/g, ' ')));
  });
  it('refuses a stateless VM whatever its state', () => {
    expect(vmRefusal({ status: { state: 'up' }, stateless: true })).toMatch(/stateless/);
  });
});

describe('state transitions', () => {
  const all: Status[] = ['submitted', 'scheduled', 'taking', 'taken', 'deleting', 'deleted', 'failed', 'cancelled'];
  it('ends in deleted, failed or cancelled, from which nothing moves', () => {
    for (const from of TERMINAL) for (const to of all) expect(canMove(from, to)).toBe(false);
  });
  it('follows the lifecycle submitted → scheduled → taking → taken → deleting → deleted', () => {
    expect(canMove('submitted', 'scheduled') && canMove('scheduled', 'taking') && canMove('taking', 'taken')
      && canMove('taken', 'deleting') && canMove('deleting', 'deleted')).toBe(true);
  });
  it('cancels only what has not run, deletes early only what is taken', () => {
    expect(all.filter(canCancel)).toEqual(['submitted', 'scheduled']);
    expect(all.filter(canDeleteNow)).toEqual(['taken']);
    expect(canMove('taken', 'cancelled')).toBe(false);
    expect(canMove('taking', 'cancelled')).toBe(false);
  });
  it("sets the spec's action: Create until taken, Delete while the snapshot exists", () => {
    expect(all.map(actionOf)).toEqual(['Create', 'Create', 'Create', 'Delete', 'Delete', 'None', 'None', 'None']);
  });
});
