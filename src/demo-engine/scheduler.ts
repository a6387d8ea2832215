// The engine's clock. State changes are scheduled at engine times and applied when the engine next
// looks (on every request, and on `advance` calls from a host timer), so the core needs no timers.

interface Job { at: number; seq: number; run: () => void }

export class Scheduler {
  private jobs: Job[] = [];
  private seq = 0;
  /** Called after each state change that came due (the engine marks its store as changed). */
  onRun?: () => void;
  /** Wall time at which engine time and wall time agreed (the first start, when kept in a state file). */
  readonly origin: number;

  constructor(private readonly wallNow: () => number, private readonly speed = 1, origin?: number) {
    this.origin = origin ?? wallNow();
  }

  /** Engine time: wall time since the origin multiplied by the clock speed. */
  now(): number {
    return this.origin + (this.wallNow() - this.origin) * this.speed;
  }

  /** Runs `run` after `delayMs` of engine time. */
  after(delayMs: number, run: () => void): void {
    this.jobs.push({ at: this.now() + delayMs, seq: this.seq++, run });
  }

  /** Applies everything that has come due, in time order. */
  advance(): void {
    const now = this.now();
    for (;;) {
      let next: Job | undefined;
      for (const j of this.jobs) if (j.at <= now && (!next || j.at < next.at || (j.at === next.at && j.seq < next.seq))) next = j;
      if (!next) return;
      this.jobs.splice(this.jobs.indexOf(next), 1);
      next.run();
      this.onRun?.();
    }
  }

  get pending(): number {
    return this.jobs.length;
  }
}
