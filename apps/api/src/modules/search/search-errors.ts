/** The errors of talking to Meilisearch, shared by its HTTP client and the health tracker. */

/** A Meilisearch task that ended `failed`: a definite failure of the documents it carried. */
export class SearchTaskFailedError extends Error {}

/** Thrown at once, without a request, while Meilisearch is known to be down. */
export class SearchUnavailableError extends Error {
  constructor() {
    super('Meilisearch is down (circuit open): not waiting on it');
  }
}

/** A non-2xx answer from Meilisearch, with its error code when it sent one. */
export class MeiliHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(`Meilisearch answered ${status}: ${message}`);
  }
}
