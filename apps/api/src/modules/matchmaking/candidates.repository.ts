import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A published solution as scoring sees it. */
export interface SolutionCandidate {
  id: string;
  slug: string;
  title: string;
  language: string;
  sdgs: number[];
  sdgTargets: string[];
  /** Countries other than recipients. */
  providerCountries: string[];
  /** Its owner, else its first implementing organization. */
  providerId: string | null;
}

/** An open offer as scoring sees it. */
export interface OfferCandidate {
  id: string;
  title: string;
  organizationId: string;
  sdgs: number[];
  sdgTargets: string[];
  modalities: string[];
  languages: string[];
  eligibleCountries: string[];
  eligibleGroups: string[];
  eligibleRegions: string[];
}

/** An organization as scoring sees it. */
export interface OrganizationCandidate {
  id: string;
  slug: string;
  name: string;
  country: string | null;
  operating: string[];
  languages: string[];
  verification: string;
  sdgs: number[];
  targets: string[];
  /** The modalities of its open offers. */
  modalities: string[];
  /** Its published solutions on the need's goals in the need's region. */
  track: number;
}

/** The facts of suggestion candidates (organizations, solutions, open offers), read for scoring. */
@Injectable()
export class CandidatesRepository {
  constructor(private readonly db: DataSource) {}

  /** Without search: organizations with expertise in one of these goals, 100 at most. */
  async organizationIdsWithExpertise(sdgs: readonly number[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM organizations WHERE expertise_sdgs && $1::smallint[] ORDER BY id LIMIT 100`,
      [sdgs],
    );
    return rows.map((r) => r.id);
  }

  async publishedSolutions(ids: readonly string[]): Promise<SolutionCandidate[]> {
    const rows: {
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
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      language: r.language,
      sdgs: r.sdgs,
      sdgTargets: r.sdg_targets,
      providerCountries: r.provider_countries,
      providerId: r.provider_id,
    }));
  }

  async openOffers(ids: readonly string[]): Promise<OfferCandidate[]> {
    const rows: {
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
    }[] = await this.db.query(
      `SELECT id, title, organization_id, sdgs, sdg_targets, modalities, languages, eligible_countries,
         eligible_groups, eligible_regions
       FROM offers WHERE id = ANY($1::uuid[]) AND status = 'open'`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      organizationId: r.organization_id,
      sdgs: r.sdgs,
      sdgTargets: r.sdg_targets,
      modalities: r.modalities,
      languages: r.languages,
      eligibleCountries: r.eligible_countries,
      eligibleGroups: r.eligible_groups,
      eligibleRegions: r.eligible_regions,
    }));
  }

  /** Its track record counts published solutions on `sdgs` in one of `regionCountries`. */
  async organizations(
    ids: readonly string[],
    sdgs: readonly number[],
    regionCountries: readonly string[],
  ): Promise<OrganizationCandidate[]> {
    if (!ids.length) return [];
    const rows: OrganizationCandidate[] = await this.db.query(
      `SELECT o.id, o.slug, o.name, trim(o.country) AS country, o.operating_countries AS operating, o.languages,
         o.verification, o.expertise_sdgs AS sdgs, o.expertise_targets AS targets,
         ARRAY(SELECT DISTINCT unnest(f.modalities) FROM offers f WHERE f.organization_id = o.id AND f.status = 'open') AS modalities,
         (SELECT count(DISTINCT s.id)::int FROM solution_organizations so
            JOIN solutions s ON s.id = so.solution_id AND s.curation_status = 'published'
          WHERE so.organization_id = o.id AND so.attached AND s.sdgs && $2::smallint[]
            AND EXISTS (SELECT 1 FROM solution_countries sc WHERE sc.solution_id = s.id AND sc.country = ANY($3))) AS track
       FROM organizations o WHERE o.id = ANY($1::uuid[])`,
      [ids, sdgs, regionCountries],
    );
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      country: r.country,
      operating: r.operating,
      languages: r.languages,
      verification: r.verification,
      sdgs: r.sdgs,
      targets: r.targets,
      modalities: r.modalities,
      track: r.track,
    }));
  }

  /** A published solution's owner and implementing organizations, or null when it is not published. */
  async publishedSolutionProviders(solutionId: string): Promise<string[] | null> {
    const [solution]: { implementers: string[] | null; owner_organization_id: string | null }[] = await this.db.query(
      `SELECT s.id, array_agg(so.organization_id) FILTER (WHERE so.role = 'implementing') AS implementers, s.owner_organization_id
       FROM solutions s LEFT JOIN solution_organizations so ON so.solution_id = s.id
       WHERE s.id = $1 AND s.curation_status = 'published' GROUP BY s.id`,
      [solutionId],
    );
    if (!solution) return null;
    return [solution.owner_organization_id, ...(solution.implementers ?? [])].filter((id): id is string => !!id);
  }

  async organizationExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT id FROM organizations WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}
