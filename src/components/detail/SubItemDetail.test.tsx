// An item of a sub-collection on its own page (`/datacenters/{dc}/quotas/{quota}`): fetched under its parent,
// back to the parent's tab by the parent's name, next/previous among the parent's items, and its own
// sub-collections fetched from its links.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { quotaDetail } from '../../resources/quotas/QuotaDetailPage';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import DetailPage from './DetailPage';

afterEach(() => vi.unstubAllGlobals());

const DC = '/ovirt-engine/api/datacenters/dc1';
const quota = (id: string, name: string) => `<quota href="${DC}/quotas/${id}" id="${id}"><name>${name}</name>
  <link href="${DC}/quotas/${id}/quotaclusterlimits" rel="quotaclusterlimits"/><data_center id="dc1"/></quota>`;

describe('a sub-collection item\'s page', () => {
  it('shows the quota under its data center with siblings and its cluster limits', async () => {
    const { calls } = fakeFetch([
      { path: '/', answer: () => xmlResponse(api41) },
      { path: '/datacenters/dc1', answer: () => xmlResponse(`<data_center href="${DC}" id="dc1"><name>Default</name><link href="${DC}/quotas" rel="quotas"/></data_center>`) },
      { path: '/datacenters/dc1/quotas', answer: () => xmlResponse(`<quotas>${quota('q1', 'gold')}${quota('q2', 'silver')}${quota('q3', 'bronze')}</quotas>`) },
      { path: '/datacenters/dc1/quotas/q2', answer: () => xmlResponse(quota('q2', 'silver')) },
      { path: '/datacenters/dc1/quotas/q2/quotaclusterlimits', answer: () => xmlResponse(
        '<cluster_quota_limits><cluster_quota_limit id="l1"><memory_limit>-1</memory_limit><memory_usage>2</memory_usage><vcpu_limit>8</vcpu_limit><vcpu_usage>3</vcpu_usage></cluster_quota_limit></cluster_quota_limits>') },
    ]);
    renderPage(<DetailPage config={quotaDetail} />, { url: '/datacenters/dc1/quotas/q2?tab=quotaclusterlimits', path: '/datacenters/:parentId/quotas/:id' });
    expect(await screen.findByRole('heading', { name: 'silver' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Data center Default' })).getAttribute('href')).toBe('/datacenters/dc1?tab=quotas');
    const nav = screen.getByRole('navigation', { name: 'Other quotas' });
    expect((await within(nav).findByRole('link', { name: 'Previous quota: gold' })).getAttribute('href')).toBe('/datacenters/dc1/quotas/q1');
    expect(within(nav).getByRole('link', { name: 'Next quota: bronze' }).getAttribute('href')).toBe('/datacenters/dc1/quotas/q3');
    // Tabs follow the item's links: no storage limits or permissions link, no such tab.
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['General', 'Cluster limits']);
    const limits = await screen.findByRole('table', { name: 'Cluster limits' });
    expect(within(limits).getByText('Unlimited')).toBeTruthy();
    expect(within(limits).getByText('All clusters')).toBeTruthy();
    expect(within(limits).getByText('8')).toBeTruthy();
    expect(calls.some((c) => c.path === '/datacenters/dc1/quotas/q2/quotaclusterlimits')).toBe(true);
  });
});
