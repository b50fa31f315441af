import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface WireRequest {
  method: string;
  /** Path and query, already percent-encoded as it goes on the wire. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface WireResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Set when no complete answer came: a refused or dropped connection, or no answer in time. */
  error?: string;
}

/**
 * One HTTP exchange over loopback with node:http (Node's fetch is slow on loopback here, and it
 * would tidy the hostile URLs we mean to send as they are).
 */
export class WireClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 4 });

  constructor(
    readonly port: number,
    private readonly timeoutMs = 15_000,
  ) {}

  send(req: WireRequest): Promise<WireResponse> {
    return new Promise((resolve) => {
      let settled = false;
      const done = (res: WireResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(res);
      };
      const timer = setTimeout(() => {
        done({ status: 0, headers: {}, body: Buffer.alloc(0), error: `no answer within ${this.timeoutMs} ms` });
        outgoing.destroy();
      }, this.timeoutMs);
      let outgoing: ReturnType<typeof httpRequest>;
      try {
        outgoing = httpRequest(
          {
            host: '127.0.0.1',
            port: this.port,
            method: req.method,
            path: req.path,
            headers: { ...req.headers, ...(req.body ? { 'Content-Length': String(req.body.length) } : {}) },
            agent: this.agent,
          },
          (incoming) => {
            const chunks: Buffer[] = [];
            incoming.on('data', (c: Buffer) => chunks.push(c));
            incoming.on('end', () =>
              done({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
            );
            incoming.on('error', (err) =>
              done({
                status: incoming.statusCode ?? 0,
                headers: incoming.headers,
                body: Buffer.concat(chunks),
                error: `answer cut off: ${err.message}`,
              }),
            );
            incoming.on('aborted', () =>
              done({
                status: incoming.statusCode ?? 0,
                headers: incoming.headers,
                body: Buffer.concat(chunks),
                error: 'answer cut off (connection dropped mid-body)',
              }),
            );
          },
        );
      } catch (err) {
        // Node's own client refuses some requests (e.g. a header it cannot encode): nothing was sent.
        clearTimeout(timer);
        settled = true;
        resolve({ status: -1, headers: {}, body: Buffer.alloc(0), error: `not sent: ${(err as Error).message}` });
        return;
      }
      outgoing.on('error', (err) => done({ status: 0, headers: {}, body: Buffer.alloc(0), error: err.message }));
      outgoing.end(req.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Cookies from Set-Cookie headers, name → value. */
export function cookiesOf(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of headers['set-cookie'] ?? []) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}
