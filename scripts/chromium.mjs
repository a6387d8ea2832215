// Which Chromium the end-to-end tests launch: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else undefined (Playwright's own downloaded browser).
import { existsSync } from 'node:fs';

export function chromiumExecutable() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}
