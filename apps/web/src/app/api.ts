import { ProblemSchema, type Problem } from '@galaxy/contracts';
import type { ZodType } from 'zod';

/** An API error with the problem+json body the API sent, so callers branch on `problem.code`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

/** GETs JSON from the API and checks it against the contract schema. */
export async function apiGet<T>(path: string, schema: ZodType<T>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`/api/v1${path}`, { headers: { Accept: 'application/json' }, signal });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = ProblemSchema.safeParse(body);
    throw new ApiError(response.status, problem.success ? problem.data : undefined);
  }
  return schema.parse(body);
}
