import { Injectable, Logger } from '@nestjs/common';
import type { Suggestion } from '@galaxy/contracts';
import { AREA_REFS, findArea } from '@galaxy/contracts/reference';
import type { MultiSearchQuery } from 'meilisearch';
import { DataSource } from 'typeorm';
import { meiliFilter } from '../catalog/meili-filter';
import { SearchIndexes } from '../catalog/search-indexes';
import { offerAdmits, scoreCandidate, type CandidateProfile, type NeedProfile } from './scoring';

export interface NeedForMatching extends NeedProfile {
  id?: string;
  organizationId: string;
  title: string;
  problemStatement: string;
}

/** A candidate as found: what it is, who provides it, and how well its text matched (0–1). */
interface Found {
  kind: Suggestion['kind'];
  id: string;
  textScore: number;
}

const CANDIDATES_PER_QUERY = 40;
const MAX_SUGGESTIONS = 25;

interface OrganizationFacts {
  id: string;
  slug: string;
  name: string;
  countries: string[];
  languages: string[];
  verification: string;
  sdgs: number[];
  targets: string[];
  modalities: string[];
  track: number;
}

/**
 * Suggestions for a need: candidates come from search (organizations, solutions and open offers
 * that match the need's text or SDGs and region), then each is scored by `scoreCandidate` — plain
 * arithmetic with reasons — and the best are returned.
 */
@Injectable()
export class SuggestionsService {
  private readonly logger = new Logger('Suggestions');

  constructor(
    private readonly db: DataSource,
    private readonly indexes: SearchIndexes,
  ) {}

  async suggest(need: NeedForMatching, options: { includeStaffOffers: boolean }): Promise<Suggestion[]> {
    const found = await this.candidates(need, options);
    return this.score(need, found, MAX_SUGGESTIONS);
  }

  /** Scores one named candidate for a need (a broker's own pick). */
  async scoreOne(
    need: NeedForMatching,
    candidate: { kind: Suggestion['kind']; id: string },
  ): Promise<Suggestion | undefined> {
    const index = { organization: 'organizations', solution: 'solutions', offer: 'listings' } as const;
    let textScore = 0;
    try {
      const result = await this.indexes.index(index[candidate.kind]).search(need.title, {
        filter: [`id = "${candidate.id}"`],
        showRankingScore: true,
        matchingStrategy: 'last',
        limit: 1,
      });
      textScore = (result.hits[0] as { _rankingScore?: number } | undefined)?._rankingScore ?? 0;
    } catch (error) {
      this.logger.warn(`text relevance unavailable: ${String(error)}`);
    }
    const [scored] = await this.score(need, [{ ...candidate, textScore }], 1, true);
    return scored;
  }

  private async candidates(need: NeedForMatching, options: { includeStaffOffers: boolean }): Promise<Found[]> {
    const regions = [...new Set(need.countries.map((c) => findArea(c)?.region).filter((r): r is string => !!r))];
    const sdgFilter = (attribute: string) => meiliFilter({ [attribute]: need.sdgs });
    const words = need.problemStatement.split(/\s+/).slice(0, 10).join(' ');
    const queries: (MultiSearchQuery & { kind: Found['kind'] })[] = [
      {
        kind: 'organization',
        indexUid: this.indexes.name('organizations'),
        q: need.title,
        filter: sdgFilter('expertiseSdgs'),
      },
      {
        kind: 'organization',
        indexUid: this.indexes.name('organizations'),
        q: '',
        filter: [...sdgFilter('expertiseSdgs'), ...meiliFilter({ regions })],
      },
      { kind: 'solution', indexUid: this.indexes.name('solutions'), q: need.title, filter: sdgFilter('sdgs') },
      { kind: 'solution', indexUid: this.indexes.name('solutions'), q: words, filter: sdgFilter('sdgs') },
      {
        kind: 'offer',
        indexUid: this.indexes.name('listings'),
        q: need.title,
        filter: [
          'kind = "offer"',
          'status = "open"',
          ...meiliFilter({
            visibility: options.includeStaffOffers ? ['public', 'registered', 'staff'] : ['public', 'registered'],
          }),
        ],
      },
    ];
    try {
      const { results } = await this.indexes.client.multiSearch({
        queries: queries.map(({ kind: _kind, ...q }) => ({
          ...q,
          limit: CANDIDATES_PER_QUERY,
          showRankingScore: true,
          matchingStrategy: 'last' as const,
          attributesToRetrieve: ['id'],
        })),
      });
      const best = new Map<string, Found>();
      results.forEach((result, i) => {
        for (const hit of result.hits as { id: string; _rankingScore?: number }[]) {
          // A filter-only query ranks nothing: it finds, it does not vouch for the text.
          const textScore = queries[i].q ? (hit._rankingScore ?? 0) : 0;
          const key = `${queries[i].kind}:${hit.id}`;
          const seen = best.get(key);
          if (!seen || seen.textScore < textScore) best.set(key, { kind: queries[i].kind, id: hit.id, textScore });
        }
      });
      return [...best.values()];
    } catch (error) {
      // Without search, candidates come from the database by SDG alone.
      this.logger.warn(`suggestions without search: ${String(error)}`);
      const rows: { id: string }[] = await this.db.query(
        `SELECT id FROM organizations WHERE expertise_sdgs && $1::smallint[] ORDER BY id LIMIT 100`,
        [need.sdgs],
      );
      return rows.map((r) => ({ kind: 'organization' as const, id: r.id, textScore: 0 }));
    }
  }

  private async score(need: NeedForMatching, found: Found[], limit: number, keepAll = false): Promise<Suggestion[]> {
    const ids = (kind: Found['kind']) => found.filter((f) => f.kind === kind).map((f) => f.id);
    const solutions: {
      id: string;
      slug: string;
      title: string;
      language: string;
      sdgs: number[];
      sdg_targets: string[];
      provider_countries: string[];
      provider_id: string | null;
    }[] = await this.db.query(
      `SELECT s.id, s.slug, s.title, s.language, s.sdgs, s.sdg_targets,
         ARRAY(SELECT trim(country) FROM solution_countries c WHERE c.solution_id = s.id AND c.role <> 'recipient') AS provider_countries,
         coalesce(s.owner_organization_id, (SELECT so.organization_id FROM solution_organizations so
           WHERE so.solution_id = s.id AND so.role = 'implementing' ORDER BY so.position LIMIT 1)) AS provider_id
       FROM solutions s WHERE s.id = ANY($1::uuid[]) AND s.curation_status = 'published'`,
      [ids('solution')],
    );
    const offers: {
      id: string;
      title: string;
      organization_id: string;
      sdgs: number[];
      sdg_targets: string[];
      modalities: string[];
      languages: string[];
      eligible_countries: string[];
      eligible_groups: string[];
      eligible_regions: string[];
    }[] = await this.db.query(`SELECT * FROM offers WHERE id = ANY($1::uuid[]) AND status = 'open'`, [ids('offer')]);
    const organizationIds = [
      ...new Set([
        ...ids('organization'),
        ...solutions.map((s) => s.provider_id).filter((p): p is string => !!p),
        ...offers.map((o) => o.organization_id),
      ]),
    ].filter((id) => id !== need.organizationId);
    const orgs = await this.organizationFacts(organizationIds, need);
    const textOf = new Map(found.map((f) => [`${f.kind}:${f.id}`, f.textScore]));
    const out: Suggestion[] = [];
    const push = (
      kind: Suggestion['kind'],
      id: string,
      title: string,
      org: OrganizationFacts,
      profile: Omit<CandidateProfile, 'trackRecord' | 'verification' | 'textScore'>,
    ) => {
      const { score, reasons } = scoreCandidate(need, {
        ...profile,
        trackRecord: org.track,
        verification: org.verification,
        textScore: textOf.get(`${kind}:${id}`) ?? 0,
      });
      if (score > 0 || keepAll)
        out.push({ kind, id, title, score, reasons, organization: { id: org.id, slug: org.slug, name: org.name } });
    };
    for (const id of ids('organization')) {
      const org = orgs.get(id);
      if (!org) continue;
      push('organization', id, org.name, org, {
        sdgs: org.sdgs,
        sdgTargets: org.targets,
        countries: org.countries,
        languages: org.languages,
        modalities: org.modalities,
      });
    }
    for (const s of solutions) {
      const org = s.provider_id ? orgs.get(s.provider_id) : undefined;
      if (!org) continue;
      push('solution', s.id, s.title, org, {
        sdgs: s.sdgs,
        sdgTargets: s.sdg_targets,
        countries: s.provider_countries.length ? s.provider_countries : org.countries,
        languages: [...new Set([s.language, ...org.languages])],
        modalities: org.modalities,
      });
    }
    for (const o of offers) {
      const org = orgs.get(o.organization_id);
      const admitted = offerAdmits(
        {
          eligibleCountries: o.eligible_countries,
          eligibleGroups: o.eligible_groups,
          eligibleRegions: o.eligible_regions,
        },
        need.countries,
      );
      // An offer whose rules leave out every country of the need is not suggested at all.
      if (!org || !admitted.countries.length) continue;
      push('offer', o.id, o.title, org, {
        sdgs: o.sdgs,
        sdgTargets: o.sdg_targets,
        countries: org.countries,
        languages: o.languages,
        modalities: o.modalities,
        ...(admitted.restricted ? { eligibleCountries: admitted.countries } : {}),
      });
    }
    const kindOrder = { organization: 0, solution: 1, offer: 2 };
    return out
      .sort((a, b) => b.score - a.score || kindOrder[a.kind] - kindOrder[b.kind] || a.id.localeCompare(b.id))
      .slice(0, limit);
  }

  /** Where each organization works, its languages, verification, offered modalities and track record. */
  private async organizationFacts(ids: string[], need: NeedForMatching): Promise<Map<string, OrganizationFacts>> {
    if (!ids.length) return new Map();
    const regions = new Set(need.countries.map((c) => findArea(c)?.region).filter((r): r is string => !!r));
    const regionCountries = AREA_REFS.filter((a) => a.region && regions.has(a.region)).map((a) => a.iso2);
    const rows: (Omit<OrganizationFacts, 'countries'> & { country: string | null; operating: string[] })[] =
      await this.db.query(
        `SELECT o.id, o.slug, o.name, trim(o.country) AS country, o.operating_countries AS operating, o.languages,
           o.verification, o.expertise_sdgs AS sdgs, o.expertise_targets AS targets,
           ARRAY(SELECT DISTINCT unnest(f.modalities) FROM offers f WHERE f.organization_id = o.id AND f.status = 'open') AS modalities,
           (SELECT count(DISTINCT s.id)::int FROM solution_organizations so
              JOIN solutions s ON s.id = so.solution_id AND s.curation_status = 'published'
            WHERE so.organization_id = o.id AND so.attached AND s.sdgs && $2::smallint[]
              AND EXISTS (SELECT 1 FROM solution_countries sc WHERE sc.solution_id = s.id AND sc.country = ANY($3))) AS track
         FROM organizations o WHERE o.id = ANY($1::uuid[])`,
        [ids, need.sdgs, regionCountries],
      );
    return new Map(
      rows.map((r) => [r.id, { ...r, countries: [...new Set([...(r.country ? [r.country] : []), ...r.operating])] }]),
    );
  }
}
