// `Expect: 201-created` (guide 7.3.11) is the engine's own use of the header: Node's HTTP server would answer
// any expectation other than `100-continue` with 417 before the request reaches the engine, so such
// requests go to the ordinary handler, which honours them like the engine does.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export function passExpectations(server: Server, handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>): Server {
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => void handler(req, res));
  return server;
}
