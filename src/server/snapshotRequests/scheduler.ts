// The scheduler: every tick it finds what has come due and runs that request's step (steps.ts).
// Alone (SQLite), it walks the open requests itself. Sharing a PostgreSQL database with other servers, a
// `pass` is plugged in (sharedWork.ts): the due requests go through pg-boss, so each step runs on exactly
// one server.
import type { EngineClient } from './engineClient';
import { TERMINAL } from './rules';
import { RequestSteps } from './steps';
import { StaleRequest, type RequestRow, type RequestStore } from './store';
import { when } from './when';

export { RETRY_DELETE_MS, WAIT_FOR_VM_MS } from './steps';
export { when };

export interface SchedulerDeps {
  requests: RequestStore;
  now: () => number;
  clientFor: (row: RequestRow) => EngineClient | undefined;
  log?: (text: string) => void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class SnapshotScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Since when some portal server has run without a break: this one's start, or the earliest of those alive. */
  upSince: number;
  readonly steps: RequestSteps;
  /** One pass over what is due; replaced by the shared work when servers share a database. */
  pass: () => Promise<void> = () => this.localPass();

  constructor(private readonly deps: SchedulerDeps) {
    this.upSince = deps.now();
    this.steps = new RequestSteps({ ...deps, upSince: () => this.upSince });
  }

  /** Notes on every open request that the work resumes (unless other servers were running it), then ticks every `intervalMs`. */
  async start(intervalMs = 1000, resumeNotes = true): Promise<void> {
    if (resumeNotes) {
      for (const row of await this.deps.requests.open()) {
        await this.deps.requests.change(row.id, row.status, undefined, {}, [['info', `The portal server started at ${when(this.upSince)}; resuming this request (${row.status}).`]])
          .catch((e) => { if (!(e instanceof StaleRequest)) throw e; });
      }
    }
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass; overlapping calls share the pass in flight. */
  tick(): Promise<void> {
    this.running ??= this.pass().catch((e) => this.deps.log?.(`snapshot requests: ${errorText(e)}`)).finally(() => { this.running = undefined; });
    return this.running;
  }

  /** Runs request `id`'s due step, if it still has one. */
  async stepById(id: number): Promise<void> {
    const row = await this.deps.requests.get(id);
    if (row && !TERMINAL.has(row.status)) await this.stepSafely(row);
  }

  private async localPass(): Promise<void> {
    for (const row of await this.deps.requests.open()) await this.stepSafely(row);
  }

  private async stepSafely(row: RequestRow): Promise<void> {
    try {
      await this.steps.step(row);
    } catch (e) {
      if (e instanceof StaleRequest) return; // cancelled or changed by the user meanwhile
      this.deps.log?.(`snapshot request ${row.id}: ${errorText(e)}`);
    }
  }
}
