// @vitest-environment node
// Events (guide 25): custom events, removal, and the Correlation-Id of a request on the events it causes.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

describe('events', () => {
  it('POST /events adds a custom event that lists first, with its correlation id', () => {
    const w = wireEngine();
    const r = w.post('/events', '<event><description>Backup finished</description><severity>normal</severity><origin>backup-tool</origin><custom_id>42</custom_id></event>',
      { 'correlation-id': 'backup-run-7' });
    expect(r.status).toBe(201);
    expect(r.headers.Location).toBe(`${w.base}/events/${r.xml.id}`);
    const first = w.get('/events').xml.event[0];
    expect(first).toMatchObject({ id: r.xml.id, description: 'Backup finished', origin: 'backup-tool', custom_id: 42, correlation_id: 'backup-run-7', severity: 'normal' });
  });

  it('names the missing elements of a custom event', () => {
    const w = wireEngine();
    const r = w.post('/events', '<event><description>x</description></event>');
    expect(r.status).toBe(400);
    expect(r.xml).toEqual({ reason: 'Incomplete parameters', detail: 'Event [severity, origin, custom_id] required for add' });
  });

  it('DELETE /events/{id} removes the event', () => {
    const w = wireEngine();
    const id = w.get('/events').xml.event[0].id;
    expect(w.del(`/events/${id}`).status).toBe(200);
    expect(w.get(`/events/${id}`).status).toBe(404);
  });

  it('POST /events/undelete shows every removed event again, in its place', () => {
    const w = wireEngine();
    const before = w.get('/events').xml.event.map((e: any) => e.id);
    expect(w.del(`/events/${before[0]}`).status).toBe(200);
    expect(w.del(`/events/${before[3]}`).status).toBe(200);
    expect(w.get('/events').xml.event.map((e: any) => e.id)).not.toContain(before[3]);
    const r = w.post('/events/undelete', '<action/>');
    expect([r.status, r.xml.status.state]).toEqual([200, 'complete']);
    expect(w.get('/events').xml.event.map((e: any) => e.id)).toEqual(before);
    expect(w.get(`/events/${before[3]}`).xml.id).toBe(before[3]);
    expect(w.post('/events/undelete', '<action/>').status).toBe(200);
  });

  it('records the request Correlation-Id on every event a VM start causes, also the later ones', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    w.post(`/vms/${vm.id}/start`, '<action/>', { 'correlation-id': 'start-123' });
    w.tick(5000);
    const mine = w.engine.store.list('events').filter((e) => e.correlation_id === 'start-123');
    expect(mine.map((e) => e.code).sort()).toEqual([153, 32].sort());
    expect(mine.every((e) => e.vm?.id === vm.id && e.host?.id && e.cluster?.id === vm.cluster.id)).toBe(true);
  });
});
