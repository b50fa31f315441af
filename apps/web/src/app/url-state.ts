import { useCallback } from 'react';
import { useNavigate, type NavigateOptions } from 'react-router';
import type { ZodType } from 'zod';

/**
 * Search state lives in the URL: a link shows the same results, the back button undoes a filter.
 * These helpers read and change that state; each filter change goes back to page 1.
 */

/** The values of a repeatable parameter (`?sdg=6&sdg=7` or `?sdg=6,7`), valid ones only, deduplicated. */
export function readList(params: URLSearchParams, key: string, item?: ZodType): string[] {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '' && (!item || item.safeParse(v).success));
  return [...new Set(values)];
}

export function withList(params: URLSearchParams, key: string, values: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(key);
  for (const value of values) next.append(key, value);
  next.delete('page');
  return next;
}

export function toggleInList(params: URLSearchParams, key: string, value: string, item?: ZodType): URLSearchParams {
  const current = readList(params, key, item);
  return withList(params, key, current.includes(value) ? current.filter((v) => v !== value) : [...current, value]);
}

export function withValue(params: URLSearchParams, key: string, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === undefined || value === '') next.delete(key);
  else next.set(key, value);
  if (key !== 'page') next.delete('page');
  return next;
}

export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

/**
 * Changes the address's search parameters, starting from the address as it is now. The router
 * draws a change in a transition, so until then `useSearchParams` still gives the old parameters:
 * a second change made from those (a facet ticked right after another, the sort changed right
 * after a filter was removed) would quietly undo the first.
 */
export function useUpdateSearchParams(): (
  change: (current: URLSearchParams) => URLSearchParams,
  options?: NavigateOptions,
) => void {
  const navigate = useNavigate();
  return useCallback(
    (change, options) => void navigate(`?${change(new URLSearchParams(window.location.search))}`, options),
    [navigate],
  );
}
