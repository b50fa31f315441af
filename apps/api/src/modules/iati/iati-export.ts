import { Inject, Injectable } from '@nestjs/common';
import type { ExportQuery } from '@galaxy/contracts';
import { PassThrough, type Readable } from 'node:stream';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { IatiRepository } from './iati.repository';
import { ACTIVITIES_END, activitiesStart, activityXml, type IatiSolution, type WriteContext } from './iati-writer';

const PAGE = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IatiSettings {
  reportingOrg: { ref: string; name: string; type: string };
  publicUrl: string;
}

export const iatiSettings = (config: AppConfig): IatiSettings => ({
  reportingOrg: {
    ref: config.IATI_REPORTING_ORG_REF,
    name: config.IATI_REPORTING_ORG_NAME,
    type: config.IATI_REPORTING_ORG_TYPE,
  },
  publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
});

/** Published solutions as an IATI 2.03 activities file, written as it is read, one page at a time. */
@Injectable()
export class IatiExport {
  private readonly settings: IatiSettings;

  constructor(
    private readonly repository: IatiRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = iatiSettings(config);
  }

  /** Every published solution matching the filters (those of the search page). */
  activities(query: ExportQuery): Readable {
    const repository = this.repository;
    return this.stream(
      (async function* () {
        let afterId: string | null = null;
        for (;;) {
          const page = await repository.exportPage(query, afterId, PAGE);
          yield* page;
          if (page.length < PAGE) return;
          afterId = page[page.length - 1].id;
        }
      })(),
    );
  }

  /** One published solution; 404 before anything is written when there is none. */
  async activity(idOrSlug: string): Promise<Readable> {
    const solution = await this.repository.published(idOrSlug, UUID.test(idOrSlug));
    if (!solution) throw AppError.notFound('Solution');
    return this.stream([solution]);
  }

  private stream(solutions: AsyncIterable<IatiSolution> | Iterable<IatiSolution>): Readable {
    const out = new PassThrough();
    const ctx: WriteContext = { ...this.settings, today: new Date().toISOString().slice(0, 10) };
    void (async () => {
      try {
        out.write(activitiesStart(new Date()));
        for await (const solution of solutions) {
          if (out.write(activityXml(solution, ctx))) continue;
          // The client reads slower than we write: wait instead of buffering the whole catalog.
          await new Promise<void>((resolve) => {
            const done = () => {
              out.off('drain', done);
              out.off('close', done);
              resolve();
            };
            out.on('drain', done);
            out.on('close', done);
          });
          if (out.destroyed) return;
        }
        out.end(ACTIVITIES_END);
      } catch (error) {
        out.destroy(error as Error);
      }
    })();
    return out;
  }
}
