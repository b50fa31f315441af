import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const ID_KEY = Symbol('galaxyRequestId');
type Tagged = IncomingMessage & { [ID_KEY]?: string };

/**
 * One id per request, shared by Fastify and the logger: a well-formed X-Request-Id from a proxy
 * is kept, otherwise a new UUID. Memoized on the raw request so every caller sees the same id.
 */
export function requestIdFor(req: IncomingMessage): string {
  const tagged = req as Tagged;
  if (!tagged[ID_KEY]) {
    const given = req.headers['x-request-id'];
    tagged[ID_KEY] = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  }
  return tagged[ID_KEY];
}
