import { Inject, Injectable } from '@nestjs/common';
import type { ExportQuery } from '@galaxy/contracts';
import { PassThrough, type Readable } from 'node:stream';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { SolutionsRepository } from '../solutions';
import type { SolutionEntity } from '../solutions';
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
    private readonly solutions: SolutionsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = iatiSettings(config);
  }

  /** Every published solution matching the filters (those of the search page). */
  activities(query: ExportQuery): Readable {
    const solutions = this.solutions;
    return this.stream(
      (async function* () {
        let afterId: string | null = null;
        for (;;) {
          const ids = await solutions.publishedIdsPage(query, afterId, PAGE);
          yield* (await solutions.findPublishedByIds(ids)).map(toIatiSolution);
          if (ids.length < PAGE) return;
          afterId = ids[ids.length - 1];
        }
      })(),
    );
  }

  /** One published solution; 404 before anything is written when there is none. */
  async activity(idOrSlug: string): Promise<Readable> {
    const solution = await this.solutions.findPublished(UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug });
    if (!solution) throw AppError.notFound('Solution');
    return this.stream([toIatiSolution(solution)]);
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

/** A published solution with its countries and organizations, as the IATI writer reads it. */
export function toIatiSolution(s: SolutionEntity): IatiSolution {
  const byPosition = <T extends { position: number }>(rows: T[] | undefined) =>
    [...(rows ?? [])].sort((a, b) => a.position - b.position);
  return {
    id: s.id,
    slug: s.slug,
    language: s.language,
    title: s.title,
    summary: s.summary,
    challenge: s.challenge,
    towardsSolution: s.towardsSolution,
    resultsImpact: s.resultsImpact,
    sustainability: s.sustainability,
    replicability: s.replicability,
    lessonsLearned: s.lessonsLearned,
    beneficiaries: s.beneficiaries,
    sdgs: s.sdgs,
    sdgTargets: s.sdgTargets,
    countries: byPosition(s.countries).map((c) => ({ country: c.country.trim(), role: c.role })),
    modality: s.modality,
    themes: s.themes,
    organizations: byPosition(s.organizations).flatMap(({ organization: o, role }) =>
      o ? [{ name: o.name, type: o.type, role }] : [],
    ),
    funders: s.funders,
    projectStatus: s.projectStatus,
    startYear: s.startYear,
    endYear: s.endYear,
    budgetRange: s.budgetRange,
    links: s.links,
    updatedAt: s.updatedAt,
  };
}
