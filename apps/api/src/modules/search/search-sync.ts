import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { succeeded } from './meili.provider';
import { isSearchUnavailable, SEARCH_HEALTH, SearchHealth, SearchTaskFailedError } from './search-health';
import { type ListingDocument, type OrganizationDocument, type SolutionDocument } from './search-documents';
import { SearchDocuments } from './search-documents.repository';
import { SearchOutboxRepository, type ClaimedRow } from './search-outbox.repository';
import { INDEX_KINDS, IndexKind, SearchIndexes } from './search-indexes';
import type { OutboxEntity } from './search-outbox.entity';

const CLAIM_BATCH = 500;
const LEASE_SECONDS = 60;
const MAX_ATTEMPTS = 10;
const IDLE_POLL_MS = 150;
const ORGANIZATION_BATCH_MS = 2_000;
const TASK_TIMEOUT_MS = 120_000;

/** Which index each outbox entity lands in. */
const INDEX_OF: Record<OutboxEntity, IndexKind> = {
  solution: 'solutions',
  organization: 'organizations',
  need: 'listings',
  offer: 'listings',
};
const ENTITIES_OF = (kind: IndexKind) =>
  (Object.keys(INDEX_OF) as OutboxEntity[]).filter((entity) => INDEX_OF[entity] === kind);
type AnyDocument = SolutionDocument | OrganizationDocument | ListingDocument;

/** Advisory lock keys: one reindex or reconcile at a time across all API processes. */
const LOCK_REINDEX = 734_201;

export interface ReindexReport {
  kind: IndexKind;
  documents: number;
  replayed: number;
  seconds: number;
}

/**
 * Keeps Meilisearch in step with PostgreSQL: drains the transactional outbox (claim with SKIP LOCKED
 * and a lease, re-read current state, upsert or delete, wait for the Meilisearch task, then mark
 * done); rebuilds indexes and swaps them in; reconciles drift. Safe with any number of API processes.
 *
 * Two kinds of failure: Meilisearch unavailable (unreachable, timing out, 5xx) says nothing about the
 * rows, so they stay pending, uncounted, and the loop retries with capped backoff for as long as it
 * takes; a task that failed judged a document, and only that counts toward dead-lettering (after
 * MAX_ATTEMPTS). Reconcile runs at start, whenever Meilisearch comes back, and every
 * SEARCH_RECONCILE_EVERY_MS; a run that failed is retried after SEARCH_RECONCILE_RETRY_MS.
 */
@Injectable()
export class SearchSync implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchSync');
  private running = false;
  private loop?: Promise<unknown>;
  /** When the next automatic reconcile is due: at once on start. */
  private nextReconcileAt = 0;
  /** Per loop, the wait before retrying while Meilisearch is unavailable (0 while it answers). */
  private readonly outageDelay = new Map<IndexKind, number>();
  /** For tests and drills: retries while Meilisearch was unavailable, reconcile runs and failures. */
  readonly stats = { outageRetries: 0, reconciles: 0, reconcileFailures: 0 };

  constructor(
    private readonly outbox: SearchOutboxRepository,
    private readonly documents: SearchDocuments,
    private readonly indexes: SearchIndexes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(SEARCH_HEALTH) health?: SearchHealth,
  ) {
    // Whatever was written or lost while search was away is repaired as soon as it is back.
    health?.onRecovered(() => this.reconcileSoon());
  }

  /** Asks the running indexer to reconcile on its next turn. */
  reconcileSoon(): void {
    this.nextReconcileAt = 0;
  }

  onApplicationBootstrap(): void {
    if (this.config.INDEXER_ENABLED) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    // One loop per kind: a solution becomes searchable without waiting behind organization
    // documents (which count solutions and are slower to build and index).
    this.loop = this.ensureIndexesUntilDone().then(() => Promise.all(INDEX_KINDS.map((kind) => this.run(kind))));
  }

  private async ensureIndexesUntilDone(): Promise<void> {
    let delay = this.config.SEARCH_RETRY_BASE_MS;
    while (this.running) {
      try {
        await this.ensureIndexes();
        return;
      } catch (error) {
        this.logger.warn(`search sync paused: ${String(error)}`);
        await sleep(delay);
        delay = Math.min(this.config.SEARCH_RETRY_MAX_MS, delay * 2);
      }
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(kind: IndexKind): Promise<void> {
    while (this.running) {
      let processed = 0;
      try {
        processed = await this.drainOnce(ENTITIES_OF(kind));
        this.outageDelay.set(kind, 0);
        if (kind === 'solutions' && Date.now() >= this.nextReconcileAt) await this.reconcileOnSchedule();
      } catch (error) {
        if (isSearchUnavailable(error)) {
          // Capped exponential backoff; the rows stay pending and nothing is counted against them.
          const delay = Math.min(
            this.config.SEARCH_RETRY_MAX_MS,
            Math.max(this.config.SEARCH_RETRY_BASE_MS, (this.outageDelay.get(kind) ?? 0) * 2),
          );
          this.outageDelay.set(kind, delay);
          this.stats.outageRetries++;
          if (delay >= this.config.SEARCH_RETRY_MAX_MS || this.stats.outageRetries === 1)
            this.logger.warn(
              `search unavailable, ${kind} waits in the outbox (retry in ${delay} ms): ${String(error)}`,
            );
          await sleep(delay);
          continue;
        }
        this.logger.warn(`search sync paused: ${String(error)}`);
        await sleep(Math.min(2_000, this.config.SEARCH_RETRY_MAX_MS));
      }
      if (!processed) await sleep(IDLE_POLL_MS);
      // Organization documents only carry counts: gather their changes for a while, so that one
      // Meilisearch task holds many and solution tasks do not queue behind a task per write.
      else if (kind === 'organizations') await sleep(ORGANIZATION_BATCH_MS);
    }
  }

  /**
   * One automatic reconcile; when it cannot run (search down again, another process holds the lock),
   * it is tried again soon rather than a whole period later.
   */
  private async reconcileOnSchedule(): Promise<void> {
    try {
      const reports = await this.reconcileAll();
      this.stats.reconciles++;
      this.nextReconcileAt = Date.now() + this.config.SEARCH_RECONCILE_EVERY_MS;
      const repaired = reports.reduce((n, r) => n + r.upserted + r.deleted, 0);
      if (repaired) this.logger.log(`reconcile repaired ${repaired} document(s)`);
    } catch (error) {
      this.stats.reconcileFailures++;
      this.nextReconcileAt = Date.now() + this.config.SEARCH_RECONCILE_RETRY_MS;
      this.logger.log(`reconcile not done, retrying in ${this.config.SEARCH_RECONCILE_RETRY_MS} ms: ${String(error)}`);
    }
  }

  async ensureIndexes(): Promise<void> {
    for (const kind of INDEX_KINDS) await this.indexes.ensure(kind);
  }

  /**
   * Claims a batch of pending outbox rows (of one kind, or any) and applies them. Returns how many
   * rows it handled.
   */
  async drainOnce(entities?: readonly OutboxEntity[]): Promise<number> {
    // Claiming counts no attempt: only a definite failure does (see below).
    const claimed = await this.outbox.claim(CLAIM_BATCH, LEASE_SECONDS, entities);
    if (!claimed.length) return 0;
    try {
      await this.applyRows(claimed);
      await this.markDone(claimed);
    } catch (error) {
      if (isSearchUnavailable(error)) {
        // Not the rows' fault: hand them back untouched, for the next try after the backoff.
        await this.release(claimed, error);
        throw error;
      }
      if (!(error instanceof SearchTaskFailedError) || claimed.length === 1) {
        await this.countFailure(claimed, error);
        throw error;
      }
      // One bad document fails the whole batch's task: apply the rows one by one, so that only the
      // one at fault counts an attempt.
      for (const [i, row] of claimed.entries()) {
        try {
          await this.applyRows([row]);
          await this.markDone([row]);
        } catch (rowError) {
          if (isSearchUnavailable(rowError)) {
            await this.release(claimed.slice(i), rowError);
            throw rowError;
          }
          await this.countFailure([row], rowError);
        }
      }
    }
    return claimed.length;
  }

  private async applyRows(rows: ClaimedRow[]): Promise<void> {
    const solutionIds = [...new Set(rows.filter((r) => r.entity === 'solution').map((r) => r.entity_id))];
    const organizationIds = [...new Set(rows.filter((r) => r.entity === 'organization').map((r) => r.entity_id))];
    if (solutionIds.length) {
      await this.apply('solutions', solutionIds);
      // An organization's document counts its published solutions: queue those linked to the
      // changed solutions for the organization loop, so solutions never wait behind them.
      await this.outbox.enqueueOrganizationsOfSolutions(solutionIds);
    }
    if (organizationIds.length) await this.apply('organizations', organizationIds);
    const listingIds = [...new Set(rows.filter((r) => INDEX_OF[r.entity] === 'listings').map((r) => r.entity_id))];
    if (listingIds.length) await this.apply('listings', listingIds);
  }

  private markDone(rows: ClaimedRow[]): Promise<void> {
    return this.outbox.markDone(rows);
  }

  private release(rows: ClaimedRow[], error: unknown): Promise<void> {
    return this.outbox.release(rows, error);
  }

  /** A definite failure: count it, back off, dead-letter after MAX_ATTEMPTS. */
  private countFailure(rows: ClaimedRow[], error: unknown): Promise<void> {
    return this.outbox.countFailure(rows, error, {
      maxAttempts: MAX_ATTEMPTS,
      baseMs: this.config.SEARCH_RETRY_BASE_MS,
      maxMs: this.config.SEARCH_RETRY_MAX_MS,
    });
  }

  /** Upserts the current published state of these ids into the live index; deletes the rest. */
  private async apply(kind: IndexKind, ids: string[], indexUid = this.indexes.name(kind)): Promise<void> {
    const docs: AnyDocument[] =
      kind === 'solutions'
        ? await this.documents.solutions(ids)
        : kind === 'organizations'
          ? await this.documents.organizations(ids)
          : await this.documents.listings(ids);
    const present = new Set(docs.map((d) => d.id));
    const gone = ids.filter((id) => !present.has(id));
    const index = this.indexes.admin.index(indexUid);
    if (docs.length) await succeeded(index.addDocuments(docs, { primaryKey: 'id' }), TASK_TIMEOUT_MS);
    if (gone.length) await succeeded(index.deleteDocuments(gone), TASK_TIMEOUT_MS);
  }

  /** Processes every pending row until none is left (tests, seed, CLI). */
  async drainAll(): Promise<number> {
    let total = 0;
    for (let n = await this.drainOnce(); n > 0; n = await this.drainOnce()) total += n;
    return total;
  }

  /** Pending rows, for readiness reporting and tests. */
  async pending(): Promise<{ pending: number; dead: number }> {
    return this.outbox.counts();
  }

  /**
   * Builds each index anew under a temporary name, swaps it in atomically, then replays what changed
   * meanwhile. Searches keep answering from the old index until the swap.
   */
  async reindex(): Promise<ReindexReport[]> {
    await this.indexes.ensureKeys();
    return this.withLock(LOCK_REINDEX, async () => {
      const reports: ReindexReport[] = [];
      for (const kind of INDEX_KINDS) reports.push(await this.reindexOne(kind));
      return reports;
    });
  }

  private async reindexOne(kind: IndexKind): Promise<ReindexReport> {
    const started = Date.now();
    const entities = ENTITIES_OF(kind);
    const mark = await this.outbox.mark();
    const live = this.indexes.name(kind);
    const building = `${live}_build_${Date.now()}`;
    await this.indexes.ensure(kind, building);
    const target = this.indexes.admin.index(building);
    let documents = 0;
    let afterId: string | null = null;
    const tasks = [];
    for (;;) {
      const page = await this.pageOf(kind, afterId);
      if (!page.length) break;
      tasks.push(target.addDocuments(page, { primaryKey: 'id' }));
      documents += page.length;
      afterId = page[page.length - 1].id;
    }
    for (const task of tasks) await succeeded(task, 10 * TASK_TIMEOUT_MS);
    await this.indexes.ensure(kind);
    await succeeded(this.indexes.admin.swapIndexes([{ indexes: [live, building], rename: false }]), TASK_TIMEOUT_MS);
    await succeeded(this.indexes.admin.deleteIndex(building), TASK_TIMEOUT_MS);
    // Rows up to the mark are covered by the build; rows after it may have been applied to the old
    // index while building, so apply them again to the new one.
    const changed = await this.outbox.settleRebuild(entities, mark);
    if (changed.length) await this.apply(kind, changed);
    return { kind, documents, replayed: changed.length, seconds: (Date.now() - started) / 1000 };
  }

  /** Compares ids and content hashes between PostgreSQL and each index, and repairs what differs. */
  async reconcileAll(): Promise<{ kind: IndexKind; upserted: number; deleted: number }[]> {
    await this.indexes.ensureKeys();
    return this.withLock(LOCK_REINDEX, async () => {
      const reports = [];
      for (const kind of INDEX_KINDS) reports.push({ kind, ...(await this.reconcile(kind)) });
      return reports;
    });
  }

  private async reconcile(kind: IndexKind): Promise<{ upserted: number; deleted: number }> {
    const index = this.indexes.adminIndex(kind);
    const indexed = new Map<string, string>();
    for (let offset = 0; ; offset += 1_000) {
      const page = await index.getDocuments<{ id: string; hash: string }>({
        fields: ['id', 'hash'],
        limit: 1_000,
        offset,
      });
      for (const doc of page.results) indexed.set(doc.id, doc.hash);
      if (page.results.length < 1_000) break;
    }
    const stale: string[] = [];
    let afterId: string | null = null;
    for (;;) {
      const page = await this.pageOf(kind, afterId);
      if (!page.length) break;
      for (const doc of page) {
        if (indexed.get(doc.id) !== doc.hash) stale.push(doc.id);
        indexed.delete(doc.id);
      }
      afterId = page[page.length - 1].id;
    }
    const extra = [...indexed.keys()];
    if (stale.length || extra.length) {
      this.logger.warn(`reconcile ${kind}: ${stale.length} missing or stale, ${extra.length} not published`);
      await this.apply(kind, [...stale, ...extra]);
    }
    return { upserted: stale.length, deleted: extra.length };
  }

  private pageOf(kind: IndexKind, afterId: string | null): Promise<AnyDocument[]> {
    return kind === 'solutions'
      ? this.documents.solutionsPage(afterId, 2_000)
      : kind === 'organizations'
        ? this.documents.organizationsPage(afterId, 2_000)
        : this.documents.listingsPage(afterId, 2_000);
  }

  private withLock<T>(key: number, work: () => Promise<T>): Promise<T> {
    return this.outbox.withLock(key, work);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
