// Runs the hostile engine in its own process (the demo engine needs Node's loader, not the test runner's):
// prints one JSON line with its URLs, then serves until killed.
import { startHostileEngine } from './hostileEngine';

const h = await startHostileEngine();
console.log(JSON.stringify({ url: h.url, foreign: h.foreign }));
