// The list's view in the URL, read ahead (issue 12): the URL changes once the new view is read, or after
// NAVIGATE_WITHIN_MS when the engine is slow; a change made meanwhile builds on the one still reading; a cached view shows at once.
import { act, render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ListParams } from '../query';
import { NAVIGATE_WITHIN_MS, readAhead, useListParams } from './useListParams';

let api: ReturnType<typeof useListParams> & { search: string };
function Probe({ prefetch }: { prefetch?: (p: ListParams) => Promise<unknown> | void }) {
  api = { ...useListParams('name', prefetch), search: useLocation().search };
  return null;
}
const mount = (prefetch?: (p: ListParams) => Promise<unknown> | void) =>
  render(<MemoryRouter initialEntries={['/vms']}><Probe prefetch={prefetch} /></MemoryRouter>);

afterEach(() => vi.useRealTimers());

describe('useListParams', () => {
  it('changes the URL once the new view is read; a change made meanwhile supersedes it and builds on it', async () => {
    const reads: { params: ListParams; done: () => void }[] = [];
    mount((params) => new Promise<void>((done) => reads.push({ params, done })));
    act(() => api.update({ page: 2 }));
    act(() => api.update({ order: 'desc' }));
    expect(api.search).toBe('');
    expect(reads.map((r) => [r.params.page, r.params.order])).toEqual([[2, 'asc'], [2, 'desc']]);
    await act(async () => reads[0].done());
    expect(api.search).toBe(''); // superseded by the second click
    await act(async () => reads[1].done());
    expect(api.search).toBe('?order=desc&page=2');
    expect(api.params).toMatchObject({ page: 2, sortBy: 'name', order: 'desc', criteria: '' });
  });

  it('does not wait on a slow engine longer than NAVIGATE_WITHIN_MS', async () => {
    vi.useFakeTimers();
    mount(() => new Promise(() => {}));
    act(() => api.update({ criteria: 'status=up', page: 1 }));
    await act(async () => { await vi.advanceTimersByTimeAsync(NAVIGATE_WITHIN_MS - 50); });
    expect(api.search).toBe('');
    await act(async () => { await vi.advanceTimersByTimeAsync(100); });
    expect(api.search).toBe('?q=status%3Dup');
  });

  it('reads ahead only what the cache lacks', async () => {
    const client = new QueryClient();
    const queryFn = vi.fn(async () => 'rows');
    expect(readAhead(client, { queryKey: ['vms', 'list', 2], queryFn })).toBeInstanceOf(Promise);
    await client.getQueryCache().find({ queryKey: ['vms', 'list', 2] })?.promise;
    expect(readAhead(client, { queryKey: ['vms', 'list', 2], queryFn })).toBeUndefined();
    expect(queryFn).toHaveBeenCalledTimes(1);
  });
});
