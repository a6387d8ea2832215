// Jobs: one per command, started while its state change runs on the engine clock, then finished;
// refused commands leave none; external jobs are ended and cleared by the client.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const jobs = (w: ReturnType<typeof wireEngine>, text: string) => (w.get('/jobs').xml.job ?? []).filter((j: any) => j.description.includes(text));

describe('jobs', () => {
  it('records a VM start as a job that finishes when the VM is up', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    w.post(`/vms/${vm.id}/start`, '<action/>');
    const [job] = jobs(w, `Launching VM ${vm.name}`);
    expect(job.status.state).toBe('started');
    expect(w.get(`/jobs/${job.id}/steps`).xml.step.map((s: any) => [s.type, s.status.state])).toEqual([['validating', 'finished'], ['executing', 'started']]);
    w.tick(5000);
    expect(w.get(`/jobs/${job.id}`).xml.status.state).toBe('finished');
    expect(w.get(`/jobs/${job.id}`).xml.end_time).toBeDefined();
  });

  it('leaves no job for a refused command', () => {
    const w = wireEngine();
    const vm = w.vmIn('up');
    expect(w.post(`/vms/${vm.id}/start`, '<action/>').status).toBe(409);
    expect(jobs(w, `Launching VM ${vm.name}`)).toEqual([]);
  });

  it('records creations (a snapshot) and finishes them with the creation', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    w.post(`/vms/${vm.id}/snapshots`, '<snapshot><description>nightly</description></snapshot>');
    expect(jobs(w, 'Creating VM Snapshot nightly')[0].status.state).toBe('started');
    w.tick(3000);
    expect(jobs(w, 'Creating VM Snapshot nightly')[0].status.state).toBe('finished');
  });

  it('lets a client run an external job with steps, end it and clear it', () => {
    const w = wireEngine();
    const job = w.post('/jobs', '<job><description>Backup of web-001</description></job>');
    expect([job.status, job.xml.status.state, job.xml.external]).toEqual([201, 'started', true]);
    const step = w.post(`/jobs/${job.xml.id}/steps`, '<step><type>executing</type><description>Copy image</description></step>');
    expect(w.post(`/jobs/${job.xml.id}/steps/${step.xml.id}/end`, '<action><succeeded>true</succeeded></action>').status).toBe(200);
    expect(w.post(`/jobs/${job.xml.id}/clear`, '<action/>').status).toBe(409);
    expect(w.post(`/jobs/${job.xml.id}/end`, '<action><status><state>finished</state></status><succeeded>true</succeeded></action>').status).toBe(200);
    expect(w.get(`/jobs/${job.xml.id}`).xml.status.state).toBe('finished');
    expect(w.post(`/jobs/${job.xml.id}/clear`, '<action/>').status).toBe(200);
    expect(w.get(`/jobs/${job.xml.id}`).status).toBe(404);
  });
});
