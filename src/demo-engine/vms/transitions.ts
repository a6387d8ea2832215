// State changes over engine time: a chain of steps scheduled on the engine clock. A newer chain for the
// same VM cancels the steps of an older one (stop during powering_up wins), so every chain bumps a token.
import type { Ctx } from '../context';
import type { Entity } from '../types';
import { chainOfJob } from '../jobs/tracker';

export type Step = [delayMs: number, apply: (vm: Entity) => void];

export function runChain(ctx: Ctx, key: string, id: string, steps: Step[]): void {
  const token = ctx.store.get('_chains', id) ?? ctx.store.put('_chains', { id, n: 0 });
  const mine = ++token.n;
  const jobDone = steps.some(([delay]) => delay > 0) ? chainOfJob(ctx) : undefined;
  let at = 0;
  steps.forEach(([delay, apply], i) => {
    at += delay;
    const run = () => {
      const vm = ctx.store.get(key, id);
      if (vm && ctx.store.get('_chains', id)?.n === mine) apply(vm);
      if (i === steps.length - 1) jobDone?.();
    };
    if (at === 0) run();
    else ctx.scheduler.after(at, run);
  });
}

export const setState = (vm: Entity, state: string) => {
  vm.status = { state };
};
