import { Injectable, Logger } from '@nestjs/common';
import type { Suggestion } from '@galaxy/contracts';
import { AREA_REFS, findArea } from '@galaxy/contracts/reference';
import { meiliFilter, SearchQueries, type IndexKind } from '../search';
import { CandidatesRepository, type OrganizationCandidate } from './candidates.repository';
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

/** An organization with the countries it works in: its own and where it operates. */
type OrganizationFacts = Omit<OrganizationCandidate, 'country' | 'operating'> & { countries: string[] };

/**
 * Suggestions for a need: candidates come from search (organizations, solutions and open offers
 * that match the need's text or SDGs and region), then each is scored by `scoreCandidate` — plain
 * arithmetic with reasons — and the best are returned.
 */
@Injectable()
export class SuggestionsService {
  private readonly logger = new Logger('Suggestions');

  constructor(
    private readonly candidatesRepository: CandidatesRepository,
    private readonly queries: SearchQueries,
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
      const [hits] = await this.queries.ranked([
        { index: index[candidate.kind], q: need.title, filter: meiliFilter({ id: [candidate.id] }), limit: 1 },
      ]);
      textScore = hits[0]?.score ?? 0;
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
    const queries: { kind: Found['kind']; index: IndexKind; q: string; filter: string[] }[] = [
      { kind: 'organization', index: 'organizations', q: need.title, filter: sdgFilter('expertiseSdgs') },
      {
        kind: 'organization',
        index: 'organizations',
        q: '',
        filter: [...sdgFilter('expertiseSdgs'), ...meiliFilter({ regions })],
      },
      { kind: 'solution', index: 'solutions', q: need.title, filter: sdgFilter('sdgs') },
      { kind: 'solution', index: 'solutions', q: words, filter: sdgFilter('sdgs') },
      {
        kind: 'offer',
        index: 'listings',
        q: need.title,
        filter: meiliFilter({
          kind: ['offer'],
          status: ['open'],
          visibility: options.includeStaffOffers ? ['public', 'registered', 'staff'] : ['public', 'registered'],
        }),
      },
    ];
    try {
      const results = await this.queries.ranked(queries.map((q) => ({ ...q, limit: CANDIDATES_PER_QUERY })));
      const best = new Map<string, Found>();
      results.forEach((hits, i) => {
        for (const hit of hits) {
          // A filter-only query ranks nothing: it finds, it does not vouch for the text.
          const textScore = queries[i].q ? hit.score : 0;
          const key = `${queries[i].kind}:${hit.id}`;
          const seen = best.get(key);
          if (!seen || seen.textScore < textScore) best.set(key, { kind: queries[i].kind, id: hit.id, textScore });
        }
      });
      return [...best.values()];
    } catch (error) {
      // Without search, candidates come from the database by SDG alone.
      this.logger.warn(`suggestions without search: ${String(error)}`);
      const ids = await this.candidatesRepository.organizationIdsWithExpertise(need.sdgs);
      return ids.map((id) => ({ kind: 'organization' as const, id, textScore: 0 }));
    }
  }

  private async score(need: NeedForMatching, found: Found[], limit: number, keepAll = false): Promise<Suggestion[]> {
    const ids = (kind: Found['kind']) => found.filter((f) => f.kind === kind).map((f) => f.id);
    const solutions = await this.candidatesRepository.publishedSolutions(ids('solution'));
    const offers = await this.candidatesRepository.openOffers(ids('offer'));
    const organizationIds = [
      ...new Set([
        ...ids('organization'),
        ...solutions.map((s) => s.providerId).filter((p): p is string => !!p),
        ...offers.map((o) => o.organizationId),
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
      const org = s.providerId ? orgs.get(s.providerId) : undefined;
      if (!org) continue;
      push('solution', s.id, s.title, org, {
        sdgs: s.sdgs,
        sdgTargets: s.sdgTargets,
        countries: s.providerCountries.length ? s.providerCountries : org.countries,
        languages: [...new Set([s.language, ...org.languages])],
        modalities: org.modalities,
      });
    }
    for (const o of offers) {
      const org = orgs.get(o.organizationId);
      const admitted = offerAdmits(
        {
          eligibleCountries: o.eligibleCountries,
          eligibleGroups: o.eligibleGroups,
          eligibleRegions: o.eligibleRegions,
        },
        need.countries,
      );
      // An offer whose rules leave out every country of the need is not suggested at all.
      if (!org || !admitted.countries.length) continue;
      push('offer', o.id, o.title, org, {
        sdgs: o.sdgs,
        sdgTargets: o.sdgTargets,
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
    const rows = await this.candidatesRepository.organizations(ids, need.sdgs, regionCountries);
    return new Map(
      rows.map(({ country, operating, ...r }) => [
        r.id,
        { ...r, countries: [...new Set([...(country ? [country] : []), ...operating])] },
      ]),
    );
  }
}
