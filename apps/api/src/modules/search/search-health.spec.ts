import { MeiliHttpError } from './meili-http-client';
import {
  isSearchUnavailable,
  isSearchUnreachable,
  SearchHealth,
  SearchTaskFailedError,
  SearchUnavailableError,
} from './search-health';

/** As the Meilisearch client wraps what its HTTP client throws. */
const wrapped = (cause: unknown) => Object.assign(new Error('Request to http://x has failed'), { cause });
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7700'), { code: 'ECONNREFUSED' });

describe('what counts as Meilisearch being unavailable', () => {
  it('sees refused connections, time-outs and 5xx as unavailable (not the documents’ fault)', () => {
    expect(isSearchUnavailable(wrapped(refused()))).toBe(true);
    expect(isSearchUnavailable(wrapped(new Error('Meilisearch did not answer within 5000 ms')))).toBe(true);
    expect(isSearchUnavailable(wrapped(new MeiliHttpError(503, 'busy')))).toBe(true);
    expect(isSearchUnavailable(Object.assign(new Error('x'), { name: 'MeilisearchTaskTimeOutError' }))).toBe(true);
    expect(isSearchUnavailable(new SearchUnavailableError())).toBe(true);
  });

  it('does not count a refused key against documents, but does not open the circuit for it either', () => {
    expect(isSearchUnavailable(wrapped(new MeiliHttpError(403, 'invalid key')))).toBe(true);
    expect(isSearchUnreachable(wrapped(new MeiliHttpError(403, 'invalid key')))).toBe(false);
  });

  it('sees a failed task and other answers as definite', () => {
    expect(isSearchUnavailable(new SearchTaskFailedError('task 3 failed: invalid document id'))).toBe(false);
    expect(isSearchUnavailable(wrapped(new MeiliHttpError(400, 'bad filter')))).toBe(false);
    expect(isSearchUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});

describe('SearchHealth', () => {
  it('opens on unreachability, ignores other failures, and tells listeners when it is back', () => {
    const health = new SearchHealth({ url: 'http://127.0.0.1:9', baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const recovered = jest.fn();
    health.onRecovered(recovered);
    expect(health.reportFailure(wrapped(new MeiliHttpError(404, 'index not found')))).toBe(false);
    expect(health.available).toBe(true);
    expect(health.reportFailure(wrapped(refused()))).toBe(true);
    expect(health.available).toBe(false);
    health.reportSuccess();
    expect(health.available).toBe(true);
    expect(recovered).toHaveBeenCalledTimes(1);
    health.close();
  });
});
