// The one loading/error/empty/data component, in its four states.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import QueryState from './QueryState';

const base = { data: undefined as string[] | undefined, error: null as Error | null, isPending: false, refetch: vi.fn() };
const fault = new ApiError({ status: 409, kind: 'fault', reason: 'Operation Failed', detail: '[Cannot run VM.]' });

describe('QueryState', () => {
  it('shows data, with a warning when a background refresh failed', () => {
    render(<QueryState query={{ ...base, data: ['a'], error: fault } as never}>{(d: string[]) => <p>{d.join()}</p>}</QueryState>);
    expect(screen.getByText('a')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Operation Failed');
  });

  it('shows the fault reason and detail with Retry', () => {
    const refetch = vi.fn();
    render(<QueryState query={{ ...base, error: fault, refetch } as never}>{() => <p>data</p>}</QueryState>);
    expect(screen.getByRole('alert')).toHaveTextContent('Operation Failed');
    expect(screen.getByRole('alert')).toHaveTextContent('[Cannot run VM.]');
    screen.getByRole('button', { name: 'Retry' }).click();
    expect(refetch).toHaveBeenCalled();
  });

  it('shows a skeleton while loading and an empty state when there is nothing', () => {
    const { rerender } = render(<QueryState query={{ ...base, isPending: true } as never}>{() => <p>data</p>}</QueryState>);
    expect(screen.getByRole('progressbar', { name: 'Loading' })).toBeInTheDocument();
    rerender(<QueryState query={{ ...base, data: [] } as never} isEmpty={(d: string[]) => d.length === 0} empty={<p>No disks.</p>}>{() => <p>data</p>}</QueryState>);
    expect(screen.getByText('No disks.')).toBeInTheDocument();
  });
});
