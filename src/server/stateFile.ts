// Keeps the demo engine's state in a file across restarts (`--state FILE`). Writes go to a temporary
// file that is flushed and then renamed over the old one, so the file is never half-written.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Store } from '../demo-engine/store';

export function loadState(file: string): Store | undefined {
  if (!existsSync(file)) return undefined;
  return Store.fromJSON(JSON.parse(readFileSync(file, 'utf8')));
}

export function saveState(file: string, store: Store): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(store));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

export function removeState(file: string): void {
  rmSync(file, { force: true });
}

/** Saves at most once per `delayMs` after changes, and once more on exit. */
export function stateSaver(file: string, store: Store, delayMs = 500) {
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    saveState(file, store);
  };
  return {
    changed() {
      if (!timer) timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}
