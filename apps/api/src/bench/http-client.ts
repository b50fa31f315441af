import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of many shapes, read field by field
  body: any;
  /** X-Served-By: which replica answered. */
  servedBy?: string;
}

/**
 * A browser-like client over node:http for the drills: keeps cookies, echoes the CSRF cookie on
 * unsafe requests as the SPA does, keep-alive connections (`maxSockets`: how many at once).
 */
export class Client {
  static readonly TIMEOUT_MS = 10_000;
  private cookies = new Map<string, string>();
  private csrf = '';
  private readonly agent: Agent;

  constructor(
    private readonly base: string,
    options: { maxSockets?: number; timeoutMs?: number; retryClosedConnections?: boolean } = {},
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 32 });
    this.timeoutMs = options.timeoutMs ?? Client.TIMEOUT_MS;
    this.retryClosedConnections = options.retryClosedConnections ?? false;
  }

  private readonly timeoutMs: number;
  private readonly retryClosedConnections: boolean;

  /**
   * Idempotent requests retried once because the keep-alive connection they were sent on had been
   * closed by the server meanwhile (nginx's old workers close idle connections at a reload): what
   * browsers do, and what Node documents for `req.reusedSocket`.
   */
  retriedOnClosedConnection = 0;

  async call(method: string, path: string, body?: unknown): Promise<Answer> {
    try {
      return await this.send(method, path, body);
    } catch (error) {
      const { code, reusedSocket } = error as { code?: string; reusedSocket?: boolean };
      if (!this.retryClosedConnections || !reusedSocket || code !== 'ECONNRESET' || !['GET', 'HEAD'].includes(method))
        throw error;
      this.retriedOnClosedConnection++;
      return this.send(method, path, body);
    }
  }

  private send(method: string, path: string, body?: unknown): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.base}${path}`,
        {
          method,
          agent: this.agent,
          headers: {
            cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
            ...(method !== 'GET' ? { 'x-csrf-token': this.cookies.get('galaxy_csrf') ?? this.csrf } : {}),
          },
        },
        (res) => {
          for (const c of res.headers['set-cookie'] ?? []) {
            const [pair] = c.split(';');
            const i = pair.indexOf('=');
            this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
          }
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // not JSON
            }
            const servedBy = res.headers['x-served-by'];
            resolve({
              status: res.statusCode ?? 0,
              body: parsed,
              servedBy: typeof servedBy === 'string' ? servedBy : undefined,
            });
          });
          res.on('error', reject);
        },
      );
      req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      req.end(payload);
    });
  }

  async login(email: string, password: string): Promise<void> {
    this.cookies.clear();
    this.csrf = (await this.call('GET', '/api/v1/auth/csrf')).body.token;
    const res = await this.call('POST', '/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login as ${email}: HTTP ${res.status}`);
  }

  close(): void {
    this.agent.destroy();
  }
}
