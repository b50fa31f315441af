import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

/** One HTTP request as the load generator sends it. */
export interface HttpCall {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarize(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: latencies.length / seconds,
  };
}

function send(agent: Agent, call: HttpCall): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(call.url);
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: call.method,
        headers: call.headers,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    if (call.body) req.write(call.body);
    req.end();
  });
}

/**
 * Sends `total` requests with `concurrency` in flight over keep-alive connections, cycling through
 * the calls, and measures each request's latency. Bounded in count: it stops by itself.
 */
export async function runLoad(calls: HttpCall[], total: number, concurrency: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    return await runLoadFn(
      calls.map((call) => async () => {
        const status = await send(agent, call);
        if (status >= 400) throw new Error(`HTTP ${status}`);
      }),
      total,
      concurrency,
    );
  } finally {
    agent.destroy();
  }
}

/** Runs the functions `total` times with `concurrency` in flight; failures count as errors, not latencies. */
export async function runLoadFn(
  fns: (() => Promise<unknown>)[],
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const fn = fns[next++ % fns.length];
        const t0 = performance.now();
        try {
          await fn();
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}
